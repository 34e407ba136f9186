"""Assertions every service's API tests share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx

PROBLEM = "application/problem+json"


def assert_problem(r: httpx.Response, status: int, field: str | None = None) -> dict:
    """An RFC 9457 problem with this status and, when given, an `errors` entry naming `field`."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM), r.headers["content-type"]
    body = r.json()
    assert body["status"] == status
    if field is not None:
        assert field in [e["field"] for e in body.get("errors") or []], body
    return body


async def get_json(client: httpx.AsyncClient, path: str, **params: Any) -> Any:
    r = await client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


async def each_case(cases: Iterable[tuple], check: Callable[..., Awaitable[None]]) -> None:
    """Await `check(*case[1:])` for every case; fail once at the end listing every failing case."""
    failures = []
    for case_id, *args in cases:
        try:
            await check(*args)
        except AssertionError as exc:
            failures.append(f"{case_id}: {exc}")
    assert not failures, "\n".join(failures)
