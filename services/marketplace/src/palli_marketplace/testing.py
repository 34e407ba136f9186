"""Helpers for the marketplace's tests."""

from __future__ import annotations

import httpx


async def post_ok(c: httpx.AsyncClient, path: str, body: dict | None = None, code: int | tuple = (200, 201)) -> dict | list:
    r = await c.post(path, json=body or {})
    assert r.status_code in ((code,) if isinstance(code, int) else code), f"{path}: {r.status_code} {r.text}"
    return r.json()
