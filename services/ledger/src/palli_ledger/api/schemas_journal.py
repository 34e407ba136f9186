"""Bodies of /v1/ledger/journal-entries and /v1/ledger/manual-entries. Money is a decimal taka string."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from palli_common.money import MoneyIn, MoneyOut
from palli_ledger.api.schemas import Code

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ManualLineIn(StrictModel):
    account_code: Code
    debit: MoneyIn | None = Field(default=None, description='decimal taka, e.g. "1250.00"; give a debit or a credit')
    credit: MoneyIn | None = None
    memo: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None


class ManualEntryIn(StrictModel):
    posted_on: date = Field(description="the business date the entry belongs to (today or earlier)")
    branch_id: uuid.UUID | None = Field(default=None, description="null: a head-office entry")
    description: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    reference: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    lines: list[ManualLineIn] = Field(max_length=200, description="at least two; debits must equal credits")


class RejectIn(StrictModel):
    reason: Reason


class ReverseIn(StrictModel):
    reason: Reason
    posted_on: date | None = Field(default=None, description="default: today (or the entry's own date if later)")


class LineOut(BaseModel):
    line_no: int
    account_code: str
    debit: MoneyOut
    credit: MoneyOut
    memo: str | None = None


class EntryOut(BaseModel):
    id: uuid.UUID
    kind: str
    status: str
    source_event_id: uuid.UUID | None
    source_event_type: str | None
    aggregate_type: str | None
    aggregate_id: str | None
    rule_id: uuid.UUID | None
    branch_id: uuid.UUID | None
    posted_on: date
    original_posted_on: date | None = Field(
        default=None, description="the date its event asked for, when that month was closed (the entry went to the first open day)")
    description: str
    reference: str | None
    correlation_id: str | None
    reverses_entry_id: uuid.UUID | None
    total: MoneyOut
    created_by: str | None
    approved_by: str | None = Field(description="who approved it (posted) or rejected it (rejected)")
    rejection_reason: str | None
    version: int
    created_at: datetime
    posted_at: datetime | None
    lines: list[LineOut]


Month = Annotated[str, StringConstraints(pattern=r"^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$")]


class PeriodCloseIn(StrictModel):
    branch_id: uuid.UUID | None = Field(default=None, description="null: head office's own entries (those without a branch)")
    month: Month = Field(description='the month to close, e.g. "2026-11"; it must have ended')


class ReopenIn(StrictModel):
    reason: Reason


class PeriodCloseOut(BaseModel):
    id: uuid.UUID
    branch_id: uuid.UUID | None
    month: str = Field(description="YYYY-MM")
    status: str = Field(description="closed | reopened")
    entry_count: int = Field(description="posted entries dated in the month when it was closed")
    debit_total: MoneyOut = Field(description="their total when it was closed")
    closed_by: str
    closed_at: datetime
    reopened_by: str | None
    reopened_at: datetime | None
    reopen_reason: str | None
    version: int
