"""/v1/ledger/journal-entries: the journal, each entry with its lines, limited to the caller's
branches; and the reversal of a posted entry (a new entry, pending a second accountant)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, status

from palli_common.app import DB
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_common.idempotency import Idempotent
from palli_ledger.api.schemas_journal import EntryOut, LineOut, ReverseIn
from palli_ledger.service import journal, manual_entries
from palli_ledger.service.journal import EntryFilters, EntryView

router = APIRouter(prefix="/v1/ledger", tags=["ledger: journal"])
Kind = Annotated[str | None, Query(pattern="^(event|manual|reversal)$")]
Status = Annotated[str | None, Query(pattern="^(posted|pending_approval|rejected)$")]
Text = Annotated[str | None, Query(max_length=100)]


def entry_out(view: EntryView) -> EntryOut:
    lines = [LineOut(line_no=l.line_no, account_code=l.account_code, debit=l.debit, credit=l.credit, memo=l.memo) for l in view.lines]
    return EntryOut.model_validate({**view.entry.model_dump(), "lines": lines})


def page_of(views: list[EntryView], page) -> Page:  # noqa: ANN001
    return make_page(views, page, lambda v: [v.entry.posted_on.isoformat(), str(v.entry.id)], entry_out)


@router.get("/journal-entries", response_model=Page[EntryOut], summary="Journal entries with their lines, by business date")
async def list_entries(
    db: DB, who: CurrentIdentity, page: PageQuery, branch_id: uuid.UUID | None = None,
    from_: Annotated[date | None, Query(alias="from")] = None, to: date | None = None, account: Text = None,
    aggregate_id: Text = None, source_event_id: uuid.UUID | None = None, kind: Kind = None, status: Status = None,
):
    filters = EntryFilters(branch_id=branch_id, from_=from_, to=to, account=account, aggregate_id=aggregate_id,
                           source_event_id=source_event_id, kind=kind, status=status)
    return page_of(await journal.list_entries(db, who, page, filters), page)


@router.get("/journal-entries/{entry_id}", response_model=EntryOut, summary="A journal entry and its lines")
async def get_entry(entry_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return entry_out(await journal.get_entry(db, entry_id, who))


@router.post("/journal-entries/{entry_id}/reverse", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=EntryOut,
             summary="Reverse a posted entry: a reversal entry with the sides swapped, pending approval (once per entry)")
async def reverse_entry(entry_id: uuid.UUID, body: ReverseIn, db: DB, who: CurrentIdentity):
    return entry_out(await manual_entries.reverse(db, entry_id, who, reason=body.reason, posted_on=body.posted_on))
