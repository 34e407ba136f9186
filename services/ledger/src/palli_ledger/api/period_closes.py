"""/v1/ledger/period-closes: months of the books closed per branch (or head office). Closing needs
the month ended and nothing in it waiting for approval; reopening is for an admin, with a reason."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_ledger.adapters.tables import PeriodClose
from palli_ledger.api.schemas_journal import Month, PeriodCloseIn, PeriodCloseOut, ReopenIn
from palli_ledger.domain.periods import month_label
from palli_ledger.service import periods

router = APIRouter(prefix="/v1/ledger", tags=["ledger: period close"])


def _first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def close_out(row: PeriodClose) -> PeriodCloseOut:
    return PeriodCloseOut.model_validate({**row.model_dump(), "month": month_label(row.month)})


def _one(row: PeriodClose, response: Response) -> PeriodCloseOut:
    set_etag(response, row.version)
    return close_out(row)


@router.post("/period-closes", status_code=status.HTTP_201_CREATED, response_model=PeriodCloseOut,
             summary="Close a month for a branch (or head office): nothing more is posted into it")
async def close_month(body: PeriodCloseIn, db: DB, who: CurrentIdentity, response: Response):
    return _one(await periods.close(db, who, branch_id=body.branch_id, month=_first_day(body.month)), response)


@router.get("/period-closes", response_model=Page[PeriodCloseOut], summary="Closed (and reopened) months, newest first")
async def list_closes(db: DB, who: CurrentIdentity, page: PageQuery, branch_id: uuid.UUID | None = None,
                      month: Annotated[Month | None, Query()] = None, status: Literal["closed", "reopened"] | None = None):
    rows = await periods.list_closes(db, who, page, branch_id=branch_id, month=_first_day(month) if month else None, status=status)
    return make_page(rows, page, lambda r: [r.month.isoformat(), str(r.id)], close_out)


@router.get("/period-closes/{close_id}", response_model=PeriodCloseOut, summary="One period close (ETag: its version)")
async def get_close(close_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _one(await periods.get(db, close_id, who), response)


@router.post("/period-closes/{close_id}/reopen", response_model=PeriodCloseOut,
             summary="Reopen a closed month (admin only, saying why); the close is kept as history")
async def reopen(close_id: uuid.UUID, body: ReopenIn, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    return _one(await periods.reopen(db, close_id, who, reason=body.reason, expected_version=if_match), response)
