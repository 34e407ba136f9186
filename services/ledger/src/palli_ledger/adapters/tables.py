"""The ledger's own tables. Money is integer poisha (BIGINT), one debit or credit per line.

Posted lines are written once and never changed (PostgreSQL triggers refuse UPDATE and DELETE on
`journal_lines` and on posted entries): a correction is a reversing entry. Each line repeats its
entry's branch and date so every report is one indexed scan of `journal_lines`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, Column, Index, Integer, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401  (same metadata: migrations create them)

ACCOUNT_TYPES = ("asset", "liability", "equity", "income", "expense")
DEBIT_NORMAL = ("asset", "expense")  # the other three are credit-normal


class Account(SQLModel, table=True):
    """The chart of accounts. `code` is what rules, reports and people use; sub-accounts per
    product are `<parent>-<PRODUCT CODE>` (1310-ME), made on first use under their parent."""

    __tablename__ = "accounts"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=160)
    name_bn: str | None = Field(default=None, max_length=160)
    type: str = Field(max_length=20)  # asset | liability | equity | income | expense
    parent_code: str | None = Field(default=None, max_length=40, index=True)
    # a header groups sub-accounts in reports and takes no postings of its own
    is_header: bool = False
    # contra accounts (loan-loss provision) sit under a type but hold the opposite balance
    contra: bool = False
    active: bool = True
    description: str | None = Field(default=None, sa_column=Column(Text))
    version: int = 1
    created_by: str | None = Field(default=None, max_length=100)
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class PostingRule(SQLModel, table=True):
    """Which accounts an event debits and credits, as data. `channel` null matches any channel
    the event has no rule of its own for. `lines` empty = the event moves no money (applied,
    approved, overdue...): recorded as seen, nothing posted. An event with no rule at all is
    refused (and parked on the DLQ) rather than silently skipped.

    A line: {"side": "debit"|"credit", "account": "1310-{product_code}", "amount": "principal"}
    where `amount` names a decimal field of the event's payload (amount, principal, interest,
    penalty, ...) and `account` may use {product_code} and other payload fields."""

    __tablename__ = "posting_rules"
    __table_args__ = (UniqueConstraint("event_type", "channel", name="uq_posting_rules_event_channel"),)

    id: uuid.UUID = Field(primary_key=True)
    event_type: str = Field(max_length=200, index=True)
    channel: str | None = Field(default=None, max_length=40)
    description: str = Field(max_length=300)
    lines: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    active: bool = True
    version: int = 1
    created_by: str | None = Field(default=None, max_length=100)
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class JournalEntry(SQLModel, table=True):
    """One balanced entry. From an event (`source_event_id` unique: a redelivery posts nothing)
    or manual (`status` pending_approval -> posted | rejected; the approver must not be the maker)."""

    __tablename__ = "journal_entries"
    __table_args__ = (
        Index("ix_journal_entries_aggregate", "aggregate_id"),
        Index("ix_journal_entries_branch_date", "branch_id", "posted_on"),
        Index("ix_journal_entries_status", "status", "created_at"),
    )

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7: sorts by creation
    kind: str = Field(max_length=20)  # event | manual | reversal
    status: str = Field(max_length=20)  # posted | pending_approval | rejected
    source_event_id: uuid.UUID | None = Field(default=None, unique=True)
    source_event_type: str | None = Field(default=None, max_length=200)
    aggregate_type: str | None = Field(default=None, max_length=100)  # loan, savings account...
    aggregate_id: str | None = Field(default=None, max_length=100)
    rule_id: uuid.UUID | None = None
    branch_id: uuid.UUID | None = None
    posted_on: date  # the business date the entry belongs to (the event's `on`, else its Dhaka day)
    # the date the event asked for when its month was closed: the entry went to the first open day
    original_posted_on: date | None = None
    description: str = Field(max_length=500)
    reference: str | None = Field(default=None, max_length=200)
    correlation_id: str | None = Field(default=None, max_length=200)
    reverses_entry_id: uuid.UUID | None = None
    total: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # sum of debits (= sum of credits)
    # a manual entry's lines while it waits for approval; copied to journal_lines when posted
    proposed_lines: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_by: str | None = Field(default=None, max_length=100)
    approved_by: str | None = Field(default=None, max_length=100)
    rejection_reason: str | None = Field(default=None, max_length=500)
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    posted_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class JournalLine(SQLModel, table=True):
    __tablename__ = "journal_lines"
    __table_args__ = (
        CheckConstraint("(debit > 0 AND credit = 0) OR (credit > 0 AND debit = 0)", name="ck_journal_lines_one_side"),
        Index("ix_journal_lines_account_date", "account_code", "posted_on", "id"),
        Index("ix_journal_lines_branch_account_date", "branch_id", "account_code", "posted_on"),
        Index("ix_journal_lines_date", "posted_on", "id"),
        Index("ix_journal_lines_aggregate", "aggregate_id", "account_code"),
    )

    # BIGINT on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY
    id: int | None = Field(default=None, sa_column=Column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True))
    entry_id: uuid.UUID = Field(foreign_key="journal_entries.id", index=True)
    line_no: int
    account_code: str = Field(max_length=40)
    branch_id: uuid.UUID | None = None
    posted_on: date
    debit: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    credit: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    aggregate_id: str | None = Field(default=None, max_length=100)  # the loan or account: the subledger key
    memo: str | None = Field(default=None, max_length=300)


class LoanPosition(SQLModel, table=True):
    """What lending last said a loan's outstanding principal was (from its own events, newest
    aggregate version wins): the source figure reconciliation checks the ledger against. Also
    the loan-loss provision the ledger holds for the loan in 1390, set by classification changes
    and used or released by the write-off or close (see domain/provisions.py)."""

    __tablename__ = "loan_positions"

    loan_id: str = Field(primary_key=True, max_length=100)
    branch_id: uuid.UUID | None = None
    product_code: str = Field(max_length=40)
    status: str = Field(max_length=40)
    outstanding_principal: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    # poisha held in 1390 for this loan; changed only by the newest event, with the entry that moves it
    provision: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    # the aggregate version of the event that last moved `provision` (0: none); it guards the
    # provision apart from aggregate_version, so an older classification change replayed after a
    # newer repayment still books
    provision_version: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    classification: str | None = Field(default=None, max_length=40)  # lending's last classification_changed
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class SavingsPosition(SQLModel, table=True):
    """What savings last said an account's balance was (from its own events, newest aggregate
    version wins): the source figure the savings reconciliation checks 2110-2140 against."""

    __tablename__ = "savings_positions"
    __table_args__ = (Index("ix_savings_positions_branch_kind", "branch_id", "kind"),)

    account_id: str = Field(primary_key=True, max_length=100)
    branch_id: uuid.UUID | None = None
    kind: str = Field(max_length=20)
    status: str = Field(max_length=20)
    balance: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class MarketplacePosition(SQLModel, table=True):
    """What the marketplace last said a producer is owed (the `balances` on its events; the highest
    `version`, its count of her balance's changes, wins): what the marketplace reconciliation checks
    2310 against. No branch: her payables are raised at outlets' branches and paid at hers."""

    __tablename__ = "marketplace_positions"

    producer_id: uuid.UUID = Field(primary_key=True)
    balance: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # may be below zero
    version: int
    updated_at: datetime = Field(sa_column=utc_column())


class PeriodClose(SQLModel, table=True):
    """A month an accountant closed for one branch (`scope` = the branch id, or `head_office` for
    entries without a branch). Nothing is posted into a closed month: manual entries are refused,
    event postings go to the first open day keeping their own date. Reopened only by an admin,
    with a reason; the row is kept (status `reopened`) and a later close is a new row."""

    __tablename__ = "period_closes"
    __table_args__ = (
        # one standing close per scope and month; reopened rows stay as history
        Index("uq_period_closes_standing", "scope", "month", unique=True,
              postgresql_where=text("status = 'closed'"), sqlite_where=text("status = 'closed'")),
    )

    id: uuid.UUID = Field(primary_key=True)
    scope: str = Field(max_length=40)
    branch_id: uuid.UUID | None = None
    month: date  # its first day
    status: str = Field(max_length=20)  # closed | reopened
    # what the month held when it was closed, so anyone can check it still does
    entry_count: int = 0
    debit_total: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    closed_by: str = Field(max_length=100)
    closed_at: datetime = Field(sa_column=utc_column())
    reopened_by: str | None = Field(default=None, max_length=100)
    reopened_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    reopen_reason: str | None = Field(default=None, max_length=500)
    version: int = 1


class BookChange(SQLModel, table=True):
    """A change to the books' rules (a posting rule or an account, created or changed), proposed by
    one admin and applied only when a different admin approves it: these change every branch's
    books. `changes` is the validated request; `result` the record as it was applied."""

    __tablename__ = "book_changes"

    id: uuid.UUID = Field(primary_key=True)
    target: str = Field(max_length=20)  # posting_rule | account
    action: str = Field(max_length=10)  # create | update
    target_key: str | None = Field(default=None, max_length=100)  # the rule id or account code (a new rule's once applied)
    base_version: int | None = None  # the target's version when proposed: it must still be that when applied
    changes: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(max_length=20, index=True)  # pending | applied | rejected
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    proposed_by: str = Field(max_length=100)
    proposed_at: datetime = Field(sa_column=utc_column())
    decided_by: str | None = Field(default=None, max_length=100)
    decided_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    reason: str | None = Field(default=None, max_length=500)  # why it was rejected
    version: int = 1
