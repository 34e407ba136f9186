"""Events on `ledger.journal`: an entry posted (from an event, by hand, or a reversal), a manual
entry or reversal waiting for a second accountant, and one rejected. Money is decimal taka strings."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from palli_common.events import EventContract


class LineFact(BaseModel):
    account_code: str
    debit: str
    credit: str


class JournalPosted(EventContract):
    event_type = "ledger.journal.posted"
    entry_id: str
    kind: str  # event | manual | reversal
    source_event_id: str | None = None
    source_event_type: str | None = None
    aggregate_id: str | None = None
    branch_id: str | None = None
    posted_on: date
    total: str
    lines: list[LineFact]
    reverses_entry_id: str | None = None


class JournalSubmitted(EventContract):
    event_type = "ledger.journal.submitted"
    entry_id: str
    kind: str  # manual | reversal
    branch_id: str | None = None
    posted_on: date
    description: str
    total: str
    lines: list[LineFact]
    created_by: str | None = None
    reverses_entry_id: str | None = None


class JournalRejected(EventContract):
    event_type = "ledger.journal.rejected"
    entry_id: str
    kind: str
    branch_id: str | None = None
    posted_on: date
    reason: str
    created_by: str | None = None
    rejected_by: str
