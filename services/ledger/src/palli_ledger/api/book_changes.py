"""/v1/ledger/book-changes: proposed changes to posting rules and the chart of accounts, approved
(applied) by a second admin or rejected with a reason."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Response

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_ledger.adapters.tables import BookChange
from palli_ledger.api.schemas import BookChangeOut, BookChangeRejectIn
from palli_ledger.service import book_changes

router = APIRouter(prefix="/v1/ledger", tags=["ledger: book changes"])


def change_out(change: BookChange) -> BookChangeOut:
    return BookChangeOut.model_validate(change.model_dump())


def _one(change: BookChange, response: Response) -> BookChangeOut:
    set_etag(response, change.version)
    return change_out(change)


def pending(change: BookChange, response: Response) -> BookChangeOut:
    """A proposal's answer: 202 with where to follow it."""
    response.headers["Location"] = f"/v1/ledger/book-changes/{change.id}"
    return _one(change, response)


@router.get("/book-changes", response_model=Page[BookChangeOut], summary="Proposed changes to rules and accounts, oldest first")
async def list_changes(db: DB, who: CurrentIdentity, page: PageQuery, status: Literal["pending", "applied", "rejected"] | None = None,
                       target: Literal["posting_rule", "account"] | None = None):
    rows = await book_changes.list_changes(db, page, status=status, target=target)
    return make_page(rows, page, lambda c: [str(c.id)], change_out)


@router.get("/book-changes/{change_id}", response_model=BookChangeOut, summary="One proposed change (ETag: its version)")
async def get_change(change_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _one(await book_changes.get(db, change_id), response)


@router.post("/book-changes/{change_id}/approve", response_model=BookChangeOut,
             summary="Approve and apply a change another admin proposed")
async def approve(change_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await book_changes.approve(db, change_id, who, expected_version=if_match), response)


@router.post("/book-changes/{change_id}/reject", response_model=BookChangeOut, summary="Reject a pending change, saying why")
async def reject(change_id: uuid.UUID, body: BookChangeRejectIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await book_changes.reject(db, change_id, who, reason=body.reason, expected_version=if_match), response)
