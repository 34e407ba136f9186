"""Lending's own tables. Money is integer poisha (BIGINT); rates are NUMERIC percent.

A loan row carries its running summary (outstanding, paid, overdue, days past due,
classification), updated in the same transaction as every money movement, so reading a loan
costs the same with 1 or 1,000 transactions: the history is only read when asked for.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Numeric, Text
from sqlmodel import Field, SQLModel

from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401  (same metadata: migrations create them)


def money(nullable: bool = False) -> Any:
    return Field(default=0, sa_column=Column(BigInteger, nullable=nullable))


class LoanProduct(SQLModel, table=True):
    __tablename__ = "loan_products"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=120)
    name_bn: str | None = Field(default=None, max_length=120)
    interest_method: str = Field(max_length=20)  # flat | declining_balance
    amortisation: str = Field(max_length=20)  # equal_installments | equal_principal
    frequencies: list[str] = Field(sa_column=Column(JSON, nullable=False))  # weekly, fortnightly, monthly, at_end
    min_amount: int = money()
    max_amount: int = money()
    min_installments: int
    max_installments: int
    term_months: list[int] | None = Field(default=None, sa_column=Column(JSON, nullable=True))  # at_end terms, e.g. [6, 9]
    # how long a loan may run, in months, whatever its frequency (ME: 1-3 years, weekly or monthly)
    min_loan_months: int | None = None
    max_loan_months: int | None = None
    min_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    max_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    default_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    grace_on_principal: int = 0
    grace_on_interest: int = 0
    min_days_to_first: int = 15
    installment_multiple: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))  # poisha; 100 = whole taka
    prepayment_interest: str = Field(default="accrued", max_length=20)  # accrued | full
    eligibility: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    active: bool = True
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Holiday(SQLModel, table=True):
    __tablename__ = "holidays"

    day: date = Field(primary_key=True)
    name: str = Field(max_length=120)
    created_at: datetime = Field(sa_column=utc_column())


class SavingsCopy(SQLModel, table=True):
    """What lending knows of a member's savings accounts, from `savings.account` events: the
    collection sheet's savings due and the `min_compulsory_savings` rule read it."""

    __tablename__ = "savings_copies"
    __table_args__ = (Index("ix_savings_copies_member", "member_id"),)

    account_id: uuid.UUID = Field(primary_key=True)
    member_id: uuid.UUID
    number: str = Field(max_length=30)
    kind: str = Field(max_length=20)
    status: str = Field(max_length=12)
    balance: int = Field(sa_column=Column(BigInteger, nullable=False))
    deposit_due: int = Field(sa_column=Column(BigInteger, nullable=False))
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class CredentialCopy(SQLModel, table=True):
    """What lending knows of a member's training credentials, from `training.credential` events:
    the `required_training` rule reads the programme codes of those still issued."""

    __tablename__ = "credential_copies"
    __table_args__ = (Index("ix_credential_copies_member", "member_id"),)

    credential_id: uuid.UUID = Field(primary_key=True)
    member_id: uuid.UUID
    programme_code: str = Field(max_length=80)
    status: str = Field(max_length=12)  # issued | revoked
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class MemberCopy(SQLModel, table=True):
    """What lending knows of a member, from `members.member` events (never asked on a request)."""

    __tablename__ = "member_copies"
    __table_args__ = (Index("ix_member_copies_group", "group_id"),)

    member_id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID
    group_id: uuid.UUID
    name_en: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    gender: str = Field(max_length=12)
    mobile: str = Field(max_length=16)
    status: str = Field(max_length=12)
    aggregate_version: int  # the member's version in the last applied event; older events are ignored
    updated_at: datetime = Field(sa_column=utc_column())


class GroupCopy(SQLModel, table=True):
    """A samity group, from `members.group` events: its branch, meeting day and field officer."""

    __tablename__ = "group_copies"

    group_id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID = Field(index=True)
    name: str = Field(max_length=120)
    meeting_day: str = Field(max_length=10)
    field_officer_id: uuid.UUID | None = None
    status: str = Field(max_length=12)
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class Loan(SQLModel, table=True):
    __tablename__ = "loans"
    __table_args__ = (
        Index("ix_loans_member_status", "member_id", "status"),
        Index("ix_loans_group_status", "group_id", "status"),
        Index("ix_loans_branch_status", "branch_id", "status"),
    )

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7
    member_id: uuid.UUID
    group_id: uuid.UUID
    branch_id: uuid.UUID
    product_id: uuid.UUID = Field(foreign_key="loan_products.id")
    field_officer_id: uuid.UUID | None = None  # the group's officer when applied (PAR by officer)
    status: str = Field(max_length=16)  # applied, approved, rejected, withdrawn, active, closed, written_off
    principal: int = money()
    annual_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    frequency: str = Field(max_length=12)
    installments: int
    term_months: int | None = None
    purpose: str | None = Field(default=None, max_length=200)
    expected_disbursement_on: date | None = None
    applied_by: str = Field(max_length=64)
    applied_at: datetime = Field(sa_column=utc_column())
    decided_by: str | None = Field(default=None, max_length=64)
    decided_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    decision_note: str | None = Field(default=None, sa_column=Column(Text))
    disbursed_on: date | None = None
    disbursement_channel: str | None = Field(default=None, max_length=20)  # cash, mobile_wallet, savings
    disbursement_reference: str | None = Field(default=None, max_length=100)
    # running summary, kept exact by every transaction
    outstanding_principal: int = money()
    outstanding_interest: int = money()
    outstanding_penalty: int = money()
    paid_principal: int = money()
    paid_interest: int = money()
    paid_penalty: int = money()
    overdue_principal: int = money()  # set by close of business
    overdue_interest: int = money()
    days_past_due: int = 0
    classification: str = Field(default="standard", max_length=20)
    arrears_since: date | None = None
    next_due_on: date | None = None
    last_money_on: date | None = None  # the latest standing disbursement, repayment or prepayment: no payment dates before it
    closed_on: date | None = None
    write_off_requested_by: str | None = Field(default=None, max_length=64)
    write_off_reason: str | None = Field(default=None, sa_column=Column(Text))
    transaction_count: int = 0
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class LoanInstallment(SQLModel, table=True):
    __tablename__ = "loan_installments"
    __table_args__ = (Index("ix_installments_due", "due_on", "loan_id"),)

    loan_id: uuid.UUID = Field(primary_key=True, foreign_key="loans.id")
    number: int = Field(primary_key=True)
    due_on: date
    principal: int = money()
    interest: int = money()
    penalty: int = money()
    paid_principal: int = money()
    paid_interest: int = money()
    paid_penalty: int = money()
    waived_interest: int = money()  # interest given up on prepayment
    completed_on: date | None = None


class LoanTransaction(SQLModel, table=True):
    __tablename__ = "loan_transactions"
    __table_args__ = (Index("ix_loan_transactions_loan", "loan_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7: sorts by time
    loan_id: uuid.UUID = Field(foreign_key="loans.id")
    kind: str = Field(max_length=20)  # disbursement, repayment, prepayment, write_off, reversal
    on: date
    amount: int = money()
    principal: int = money()
    interest: int = money()
    penalty: int = money()
    channel: str | None = Field(default=None, max_length=20)
    reference: str | None = Field(default=None, max_length=100)
    note: str | None = Field(default=None, sa_column=Column(Text))
    reverses_id: uuid.UUID | None = None
    reversed: bool = False
    backdate_reason: str | None = Field(default=None, sa_column=Column(Text))  # why it is dated beyond the back-dating window
    # how a repayment was spread over installments: [[number, principal, interest, penalty], ...]
    allocation: list[list[int]] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    collection_sheet_id: uuid.UUID | None = None
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class CollectionSheet(SQLModel, table=True):
    """One posted samity meeting; (group, meeting date, key) makes a replay a no-op."""

    __tablename__ = "collection_sheets"
    __table_args__ = (Index("uq_collection_sheets_key", "group_id", "idempotency_key", unique=True),)

    id: uuid.UUID = Field(primary_key=True)
    group_id: uuid.UUID
    branch_id: uuid.UUID
    meeting_on: date
    idempotency_key: str = Field(max_length=255)
    fingerprint: str = Field(max_length=64)
    result: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    posted_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class ClassificationBucket(SQLModel, table=True):
    __tablename__ = "classification_buckets"

    name: str = Field(primary_key=True, max_length=20)  # standard, watchful, substandard, doubtful, bad
    min_days_past_due: int
    provision_percent: Decimal = Field(sa_column=Column(Numeric(5, 2), nullable=False))


class BusinessDay(SQLModel, table=True):
    """Close-of-business runs: the last closed date is where arrears stand."""

    __tablename__ = "business_days"

    day: date = Field(primary_key=True)
    loans: int = 0
    started_at: datetime = Field(sa_column=utc_column())
    finished_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
