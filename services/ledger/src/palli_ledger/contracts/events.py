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
    original_posted_on: date | None = None  # the event's own date, when its month was closed
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


class PeriodClosed(EventContract):
    """A month closed for one branch (branch_id null: head office); nothing more is posted into it."""

    event_type = "ledger.period.closed"
    period_close_id: str
    branch_id: str | None = None
    month: str  # YYYY-MM
    entry_count: int
    debit_total: str
    closed_by: str


class PeriodReopened(EventContract):
    event_type = "ledger.period.reopened"
    period_close_id: str
    branch_id: str | None = None
    month: str
    reason: str
    reopened_by: str


class BookChangeProposed(EventContract):
    """A change to a posting rule or the chart, waiting for a second admin."""

    event_type = "ledger.book_change.proposed"
    change_id: str
    target: str  # posting_rule | account
    action: str  # create | update
    target_key: str | None = None
    changes: dict
    proposed_by: str


class BookChangeApplied(EventContract):
    event_type = "ledger.book_change.applied"
    change_id: str
    target: str
    action: str
    target_key: str
    result: dict  # the rule or account as applied
    proposed_by: str
    approved_by: str


class BookChangeRejected(EventContract):
    event_type = "ledger.book_change.rejected"
    change_id: str
    target: str
    action: str
    target_key: str | None = None
    reason: str
    proposed_by: str
    rejected_by: str
