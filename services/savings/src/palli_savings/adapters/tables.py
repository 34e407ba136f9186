"""Savings' own tables. Money is integer poisha (BIGINT); rates are NUMERIC percent.

An account row carries its balance and what is on hold, changed under the row's lock in the same
transaction as the transaction row that explains it, so a balance never loses an update and the
passbook's running balance always ends at the account's balance.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Numeric, Text, text
from sqlmodel import Field, SQLModel

from palli_common.idempotency import IdempotencyKeyRecord  # noqa: F401  (same metadata: migrations create it)
from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401


def money(nullable: bool = False) -> Any:
    return Field(default=0, sa_column=Column(BigInteger, nullable=nullable))


class SavingsProduct(SQLModel, table=True):
    """A savings product as data: what it pays and what it allows."""

    __tablename__ = "savings_products"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    kind: str = Field(max_length=20)  # compulsory | voluntary | dps | fixed_deposit
    annual_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    interest_method: str = Field(max_length=30)  # daily_balance | average_daily_balance
    days_in_year: int = 365  # 365 | 360
    posting_period: str = Field(max_length=20)  # monthly | quarterly | half_yearly | yearly
    min_balance_for_interest: int = money()
    min_opening_balance: int = money()
    min_balance: int = money()  # what a withdrawal must leave
    lock_in_days: int = 0  # no withdrawal this many days after opening
    max_withdrawals_per_month: int | None = None
    locked_while_loan_open: bool = False  # compulsory savings stay while the member owes a loan
    deposit_due: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))  # each meeting
    # term deposits (DPS, FD): the terms an account may choose, the rate chart (TermRate), what
    # closing before maturity costs, the DPS missed-installment rules, what maturity does by default
    terms_months: list[int] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    premature_penalty: Decimal = Field(default=Decimal(0), sa_column=Column(Numeric(6, 2), nullable=False, server_default="0"))
    suspend_after_missed: int | None = None
    close_after_missed: int | None = None
    maturity_instruction: str | None = Field(default=None, max_length=30)
    # dormancy: days with no money of her own moving before an account is inactive, then dormant
    inactive_after_days: int | None = None
    dormant_after_days: int | None = None
    active: bool = True
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class SavingsAccount(SQLModel, table=True):
    __tablename__ = "savings_accounts"
    __table_args__ = (
        # one live compulsory account per member
        Index("uq_savings_accounts_compulsory", "member_id", unique=True,
              postgresql_where=text("kind = 'compulsory' AND status <> 'closed'"),
              sqlite_where=text("kind = 'compulsory' AND status <> 'closed'")),
        Index("ix_savings_accounts_member", "member_id"),
        Index("ix_savings_accounts_branch", "branch_id", "id"),
        Index("ix_savings_accounts_maturity", "maturity_on", postgresql_where=text("maturity_on IS NOT NULL"),
              sqlite_where=text("maturity_on IS NOT NULL")),
    )

    id: uuid.UUID = Field(primary_key=True)
    number: str = Field(max_length=30, unique=True)
    member_id: uuid.UUID
    group_id: uuid.UUID
    branch_id: uuid.UUID
    product_id: uuid.UUID = Field(foreign_key="savings_products.id")
    kind: str = Field(max_length=20)
    status: str = Field(max_length=12)  # active | blocked | suspended (DPS behind) | matured (awaiting payout) | closed
    balance: int = money()
    on_hold: int = money()
    opened_on: date
    closed_on: date | None = None
    deposit_due: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))  # each meeting
    interest_posted_to: date | None = None  # the last day whose interest is posted
    interest_carry: Decimal = Field(default=Decimal(0), sa_column=Column(Numeric(24, 9), nullable=False, server_default="0"))
    # a term deposit's own: its term, the chart's rate locked at opening, FD principal, DPS monthly
    # installment, maturity day, the maturity amount projected at opening, what maturity does
    term_months: int | None = None
    term_started_on: date | None = None  # opening, or the last renewal
    annual_rate: Decimal | None = Field(default=None, sa_column=Column(Numeric(6, 2), nullable=True))
    principal: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    installment: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    maturity_on: date | None = None
    maturity_amount: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    maturity_instruction: str | None = Field(default=None, max_length=30)
    status_reason: str | None = Field(default=None, max_length=500)
    # dormancy (service/dormancy.py): None, inactive or dormant; the last day money of her own moved
    activity: str | None = Field(default=None, max_length=12)
    last_active_on: date | None = None
    version: int = 1
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class SavingsTransaction(SQLModel, table=True):
    """One money movement, never changed: the passbook is these rows in order."""

    __tablename__ = "savings_transactions"
    __table_args__ = (Index("ix_savings_transactions_account", "account_id", "id"),
                      Index("ix_savings_transactions_account_on", "account_id", "on", "id"))

    id: uuid.UUID = Field(primary_key=True)  # UUIDv7: sorts by time
    account_id: uuid.UUID = Field(foreign_key="savings_accounts.id")
    kind: str = Field(max_length=20)  # deposit | withdrawal | interest
    on: date
    amount: int = money()
    balance_after: int = money()
    channel: str | None = Field(default=None, max_length=20)
    reference: str | None = Field(default=None, max_length=100)
    backdate_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # dated beyond the window
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class Saver(SQLModel, table=True):
    """What savings knows of a member, from `members.member` events (never asked on a request)."""

    __tablename__ = "savers"  # not member_copies: one metadata holds every service's tables in tests

    member_id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID
    group_id: uuid.UUID
    name_en: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    status: str = Field(max_length=12)
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class SavingsHold(SQLModel, table=True):
    """An amount set aside on an account (e.g. pledged for a loan): it stays in the balance but no
    withdrawal may take it until it is released."""

    __tablename__ = "savings_holds"
    __table_args__ = (Index("ix_savings_holds_account", "account_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    account_id: uuid.UUID = Field(foreign_key="savings_accounts.id")
    amount: int = money()
    reason: str = Field(max_length=500)
    status: str = Field(max_length=12)  # active | released
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    released_by: str | None = Field(default=None, max_length=64)
    released_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class MemberLoan(SQLModel, table=True):
    """What savings knows of a member's loans, from `lending.loan` events: compulsory savings stay
    locked while one is open (a product setting)."""

    __tablename__ = "member_loans"
    __table_args__ = (Index("ix_member_loans_member_status", "member_id", "status"),)

    loan_id: uuid.UUID = Field(primary_key=True)
    member_id: uuid.UUID
    status: str = Field(max_length=16)
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class ProductRate(SQLModel, table=True):
    """A product's rate from a day on: a change applies from its date, never to the past."""

    __tablename__ = "savings_product_rates"

    product_id: uuid.UUID = Field(foreign_key="savings_products.id", primary_key=True)
    effective_from: date = Field(primary_key=True)
    annual_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class InterestPosting(SQLModel, table=True):
    """What an account earned for a period, as computed (9 places) and as credited (poisha). Never
    changed: money dated back into a posted period adds an `adjustment` row whose interest the next
    posting pays (or takes back) through the carry."""

    __tablename__ = "savings_interest_postings"
    __table_args__ = (
        Index("uq_savings_interest_posted", "account_id", "period_end", unique=True,
              postgresql_where=text("kind = 'posting'"), sqlite_where=text("kind = 'posting'")),
        Index("ix_savings_interest_account", "account_id", "period_end"),
    )

    id: uuid.UUID = Field(primary_key=True)
    account_id: uuid.UUID = Field(foreign_key="savings_accounts.id")
    kind: str = Field(max_length=12)  # posting | adjustment
    period_start: date
    period_end: date
    interest: Decimal = Field(sa_column=Column(Numeric(24, 9), nullable=False))
    carried_in: Decimal = Field(sa_column=Column(Numeric(24, 9), nullable=False))
    amount: int = money()
    carry_out: Decimal = Field(sa_column=Column(Numeric(24, 9), nullable=False))
    transaction_id: uuid.UUID | None = None
    caused_by: uuid.UUID | None = None
    created_at: datetime = Field(sa_column=utc_column())


class Consent(SQLModel, table=True):
    """Her consent for a debit she did not make at the counter (a loan repaid from her savings)."""

    __tablename__ = "savings_consents"
    __table_args__ = (Index("ix_savings_consents_account", "account_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    account_id: uuid.UUID = Field(foreign_key="savings_accounts.id")
    member_id: uuid.UUID
    loan_id: uuid.UUID
    transaction_id: uuid.UUID
    method: str = Field(max_length=20)  # signature | thumbprint | sms_code | witnessed
    reference: str | None = Field(default=None, max_length=100)
    witness: str | None = Field(default=None, max_length=120)
    recorded_by: str = Field(max_length=64)
    recorded_at: datetime = Field(sa_column=utc_column())


class TermRate(SQLModel, table=True):
    """A term deposit product's rate chart: the rate for a term from an amount up, from a day on
    (an account locks the rate standing at its opening, or its renewal)."""

    __tablename__ = "savings_term_rates"

    product_id: uuid.UUID = Field(foreign_key="savings_products.id", primary_key=True)
    term_months: int = Field(primary_key=True)
    min_amount: int = Field(sa_column=Column(BigInteger, primary_key=True))
    effective_from: date = Field(primary_key=True)
    annual_rate: Decimal = Field(sa_column=Column(Numeric(6, 2), nullable=False))
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class DpsInstallment(SQLModel, table=True):
    """One month's DPS deposit due: paid when a deposit covers it (oldest first)."""

    __tablename__ = "savings_dps_installments"

    account_id: uuid.UUID = Field(foreign_key="savings_accounts.id", primary_key=True)
    number: int = Field(primary_key=True)
    due_on: date
    amount: int = money()
    paid_on: date | None = None
    transaction_id: uuid.UUID | None = None
