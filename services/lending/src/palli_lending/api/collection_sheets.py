"""Collection sheets: a samity meeting's dues, and posting what was collected in one go."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Header, Response, status
from pydantic import BaseModel, ConfigDict, Field

from palli_common.identity import CurrentIdentity
from palli_lending.api.deps import DB, Settings
from palli_lending.api.loan_schemas import BACKDATING, BackdateReason, Channel, Reference
from palli_common.money import MoneyIn
from palli_lending.service import collection_sheets

router = APIRouter(prefix="/v1/collection-sheets", tags=["collection sheets"])


class LineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    loan_id: uuid.UUID
    amount: MoneyIn
    channel: Channel = "cash"
    reference: Reference | None = None


class SavingsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account_id: uuid.UUID
    amount: MoneyIn


class SheetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    group_id: uuid.UUID
    meeting_on: date = Field(description=f"the meeting's date, {BACKDATING}; every line is paid on it")
    lines: Annotated[list[LineIn], Field(max_length=200)] = Field(default_factory=list, description="installments collected")
    savings: Annotated[list[SavingsIn], Field(max_length=200)] = Field(
        default_factory=list, description="savings collected, each for one of her accounts (savings credits them from the sheet's event)")
    backdate_reason: BackdateReason | None = Field(default=None, description="why the meeting is entered beyond the back-dating window (managers only)")


@router.get("", summary="A group's dues for a meeting date: each member's installment, arrears and savings due")
async def get_sheet(group_id: uuid.UUID, meeting_on: date, db: DB, who: CurrentIdentity) -> dict[str, Any]:
    return await collection_sheets.sheet(db, group_id, meeting_on, who)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Post a meeting's collections in one transaction (Idempotency-Key required)")
async def post_sheet(
    body: SheetIn, db: DB, who: CurrentIdentity, response: Response, settings: Settings,
    idempotency_key: Annotated[str, Header(min_length=1, max_length=255, description="the same key replays the first result")],
) -> dict[str, Any]:
    lines = [collection_sheets.Line(loan_id=x.loan_id, amount=x.amount, channel=x.channel, reference=x.reference) for x in body.lines]
    savings = [collection_sheets.SavingsLine(account_id=x.account_id, amount=x.amount) for x in body.savings]
    result, replayed = await collection_sheets.post(db, body.group_id, body.meeting_on, lines, who, key=idempotency_key,
                                                    backdate_reason=body.backdate_reason, settings=settings, savings=savings)
    if replayed:
        response.status_code = status.HTTP_200_OK
        response.headers["Idempotent-Replayed"] = "true"
    return result
