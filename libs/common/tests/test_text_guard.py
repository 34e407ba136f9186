"""U+0000 in a body, a query or a path is a 422 naming each field, before any route runs
(PostgreSQL cannot store it, so it would otherwise fail deep in the driver as a 500)."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

from palli_common.text_guard import RefuseNulText, nul_fields


class Entry(BaseModel):
    description: str
    lines: list[dict]


def app_with_guard() -> tuple[FastAPI, list]:
    app, seen = FastAPI(), []

    @app.post("/entries")
    async def create(entry: Entry) -> dict:
        seen.append(entry)
        return {"ok": True}

    @app.get("/entries/{code}")
    async def read(code: str, q: str | None = None) -> dict:
        seen.append(code)
        return {"code": code}

    app.add_middleware(RefuseNulText)
    return app, seen


def test_nul_fields_walks_nested_json():
    body = {"description": "ok", "lines": [{"memo": "fine"}, {"memo": "bad\x00", "tags": ["x", "y\x00"]}], "k\x00": 1}
    assert nul_fields(body) == ["lines.1.memo", "lines.1.tags.1", "k\x00"]
    assert nul_fields("a\x00") == ["body"] and nul_fields({"a": [1, None, True]}) == []


async def test_body_query_and_path_with_nul_are_refused_naming_the_field():
    app, seen = app_with_guard()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.post("/entries", content=b'{"description": "cash\\u0000", "lines": [{"memo": "x\\u0000y"}]}',
                         headers={"content-type": "application/json"})
        assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
        assert [(e["field"], e["in"]) for e in r.json()["errors"]] == [("description", "body"), ("lines.0.memo", "body")]
        assert r.json()["errors"][1]["pointer"] == "/lines/0/memo"
        r = await c.get("/entries/abc", params={"q": "a\x00b"})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "q"
        r = await c.get("/entries/ab%00c")
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "path"
        assert seen == []  # no route ran


async def test_clean_and_non_json_bodies_reach_the_route_unchanged():
    app, seen = app_with_guard()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.post("/entries", json={"description": "নগদ জমা \\u0000 as text", "lines": [{"memo": "ok"}]})
        assert r.status_code == 200 and seen[0].description == "নগদ জমা \\u0000 as text"  # an escaped backslash is no NUL
        r = await c.post("/entries", content=b'{"description": broken', headers={"content-type": "application/json"})
        assert r.status_code == 422 and len(seen) == 1  # FastAPI's own validation answers malformed JSON
        r = await c.get("/entries/abc", params={"q": "fine"})
        assert r.status_code == 200


async def test_out_of_range_input_is_refused_before_any_route_naming_the_field():
    """Found in review as 500s: 2,000-deep JSON, a year-9999 date, and (also checked) integers beyond
    BIGINT and lone surrogates, which PostgreSQL's driver cannot encode."""
    app, seen = app_with_guard()
    deep = b'{"description": "x", "lines": [' + b"[" * 2000 + b"]" * 2000 + b"]}"
    cases = [
        (deep, "body"),
        (b'{"description": "9999-12-20", "lines": []}', "description"),
        (b'{"description": "x", "lines": [{"n": 99999999999999999999}]}', "lines.0.n"),
        (b'{"description": "bad \\ud800 text", "lines": []}', "description"),
        (b'{"description": "x", "lines": [{"\\udfff": 1}]}', "lines.0.\udfff"),
    ]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        for body, field in cases:
            r = await c.post("/entries", content=body, headers={"content-type": "application/json"})
            assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json", r.text
            assert field in [e["field"] for e in r.json()["errors"]], (field, r.text)
        r = await c.get("/entries/abc", params={"q": "9999-12-31"})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "q"
        ok = await c.post("/entries", json={"description": "2026-12-05", "lines": [{"n": 2**62, "deep": [[[["fine"]]]]}]})
        assert ok.status_code == 200
    assert len(seen) == 1  # only the clean request reached the route
