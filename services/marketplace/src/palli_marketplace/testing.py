"""Helpers for the marketplace's tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx


async def post_ok(c: httpx.AsyncClient, path: str, body: dict | None = None, code: int | tuple = (200, 201)) -> dict | list:
    r = await c.post(path, json=body or {})
    assert r.status_code in ((code,) if isinstance(code, int) else code), f"{path}: {r.status_code} {r.text}"
    return r.json()


def sale_body(product: dict, quantity: int = 1, client: str | None = None, channel: str = "cash", **over) -> dict:  # noqa: ANN003
    """A till's sale of one product, sold now, with a fresh client id unless given."""
    return {"client_id": client or f"till-{uuid.uuid4().hex[:8]}", "sold_at": datetime.now(UTC).isoformat(), "channel": channel,
            "lines": [{"product_id": product["id"], "quantity": quantity}], **over}
