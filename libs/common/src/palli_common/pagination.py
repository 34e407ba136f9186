"""Cursor pagination: `?limit=&cursor=` in, `{"items": [...], "next_cursor": ...}` out.

The cursor is the opaque, url-safe encoding of the last row's sort key, so pages stay stable
while rows are added (no offsets that shift under concurrent inserts).
"""

from __future__ import annotations

import base64
import json
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

from palli_common.errors import ValidationFailed

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class PageParams(BaseModel):
    limit: int
    after: list[Any] | None  # the decoded sort key of the last row already seen


def encode_cursor(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except Exception as exc:
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc
    if not isinstance(key, list):
        raise ValidationFailed("cursor is not one this API issued", field="cursor")
    return key


def page_params(
    limit: Annotated[int, Query(ge=1, le=200, description="Items per page (1-200)")] = 50,
    cursor: Annotated[str | None, Query(description="next_cursor from the previous page")] = None,
) -> PageParams:
    return PageParams(limit=limit, after=decode_cursor(cursor) if cursor else None)


PageQuery = Annotated[PageParams, Depends(page_params)]


def make_page(rows: list[Any], params: PageParams, key: Any, to_item: Any) -> Page:
    """`rows` were fetched with limit+1; `key(row)` gives the sort key list for the cursor."""
    more = len(rows) > params.limit
    rows = rows[: params.limit]
    return Page(items=[to_item(r) for r in rows], next_cursor=encode_cursor(key(rows[-1])) if more and rows else None)
