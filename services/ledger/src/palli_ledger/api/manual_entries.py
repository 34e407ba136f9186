"""/v1/ledger/manual-entries: entries accountants write, and reversals, with maker-checker: one
submits, a different one approves (posted) or either rejects."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery
from palli_common.idempotency import Idempotent
from palli_ledger.api.journal_entries import Kind, Status, entry_out, page_of
from palli_ledger.api.schemas_journal import EntryOut, ManualEntryIn, RejectIn
from palli_ledger.service import journal, manual_entries
from palli_ledger.service.journal import MANUAL_KINDS, EntryFilters, EntryView

router = APIRouter(prefix="/v1/ledger", tags=["ledger: manual entries"])


def _one(view: EntryView, response: Response) -> EntryOut:
    set_etag(response, view.entry.version)
    return entry_out(view)


@router.post("/manual-entries", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=EntryOut,
             summary="Submit a balanced manual entry; it waits for a second accountant's approval")
async def submit(body: ManualEntryIn, db: DB, who: CurrentIdentity, response: Response):
    lines = [(l.account_code, l.debit, l.credit, l.memo) for l in body.lines]
    view = await manual_entries.submit(db, who, posted_on=body.posted_on, branch_id=body.branch_id, description=body.description,
                                       reference=body.reference, lines=lines)
    return _one(view, response)


@router.get("/manual-entries", response_model=Page[EntryOut], summary="Manual entries and reversals (status=pending_approval: the queue)")
async def list_manual(db: DB, who: CurrentIdentity, page: PageQuery, status: Status = None, kind: Kind = None,
                      branch_id: uuid.UUID | None = None, from_: Annotated[date | None, Query(alias="from")] = None, to: date | None = None):
    filters = EntryFilters(branch_id=branch_id, from_=from_, to=to, kind=kind, status=status, kinds=MANUAL_KINDS)
    return page_of(await journal.list_entries(db, who, page, filters), page)


@router.get("/manual-entries/{entry_id}", response_model=EntryOut, summary="A manual entry or reversal (ETag: its version)")
async def get_manual(entry_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _one(await journal.get_entry(db, entry_id, who, kinds=MANUAL_KINDS), response)


@router.post("/manual-entries/{entry_id}/approve", dependencies=[Idempotent], response_model=EntryOut,
             summary="Approve and post an entry someone else submitted")
async def approve(entry_id: uuid.UUID, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await manual_entries.approve(db, entry_id, who, expected_version=if_match), response)


@router.post("/manual-entries/{entry_id}/reject", response_model=EntryOut, summary="Reject a pending entry, saying why")
async def reject(entry_id: uuid.UUID, body: RejectIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await manual_entries.reject(db, entry_id, who, reason=body.reason, expected_version=if_match), response)
