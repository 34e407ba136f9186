"""What producers are owed and paid, and what happens to goods after the shelf: her balance's
entries, payouts with their statements, advances and their recovery, customers' returns, and
stock adjustments (shrinkage, markdowns, returns to her) with her consent."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Column, Index
from sqlmodel import Field, SQLModel

from palli_common.tables import utc_column


def _money() -> Field:
    return Field(default=0, sa_column=Column(BigInteger, nullable=False))


class ProducerEntry(SQLModel, table=True):
    """One change of what she is owed (signed poisha): a sale's share, a purchased lot accepted, a
    refund, a payout. Entries a payout settled carry its id: they are its statement."""

    __tablename__ = "market_producer_entries"
    __table_args__ = (Index("ix_market_producer_entries_open", "producer_id", "payout_id"),)

    id: uuid.UUID = Field(primary_key=True)
    producer_id: uuid.UUID = Field(foreign_key="market_producers.id")
    kind: str = Field(max_length=12)  # sale | purchase | refund | payout
    amount: int = _money()
    units: int = 0
    reference: str = Field(max_length=100)  # sale / lot / return / payout id
    on: date
    payout_id: uuid.UUID | None = None
    created_at: datetime = Field(sa_column=utc_column())


class SettlementRun(SQLModel, table=True):
    __tablename__ = "market_settlement_runs"

    id: uuid.UUID = Field(primary_key=True)
    on: date
    minimum: int = _money()
    payouts: int = 0
    total: int = _money()
    skipped: int = 0  # producers owed money with no payout destination chosen
    created_by: str = Field(max_length=64)
    started_at: datetime = Field(sa_column=utc_column())
    finished_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))


class Payout(SQLModel, table=True):
    __tablename__ = "market_payouts"
    __table_args__ = (Index("ix_market_payouts_producer", "producer_id", "on"),)

    id: uuid.UUID = Field(primary_key=True)
    producer_id: uuid.UUID = Field(foreign_key="market_producers.id")
    member_id: uuid.UUID
    branch_id: uuid.UUID | None = None
    run_id: uuid.UUID | None = None  # a settlement run's, else on demand
    on: date
    gross: int = _money()
    advance_recovered: int = _money()
    amount: int = _money()
    channel: str = Field(max_length=16)
    reference: str | None = Field(default=None, max_length=100)
    savings_account_id: uuid.UUID | None = None
    statement: dict = Field(default=None, sa_column=Column(JSON, nullable=False))
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class Advance(SQLModel, table=True):
    """Paid ahead on an advance-financed lot; `recovered` grows as her payouts repay it."""

    __tablename__ = "market_advances"
    __table_args__ = (Index("ix_market_advances_producer", "producer_id"),)

    id: uuid.UUID = Field(primary_key=True)
    lot_id: uuid.UUID = Field(foreign_key="market_lots.id")
    producer_id: uuid.UUID = Field(foreign_key="market_producers.id")
    on: date
    amount: int = _money()
    recovered: int = _money()
    channel: str = Field(max_length=16)
    reference: str | None = Field(default=None, max_length=100)
    savings_account_id: uuid.UUID | None = None
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class CustomerReturn(SQLModel, table=True):
    """Units a customer brought back, refunded: `lines` [{sale_line_id, quantity, refund parts}]."""

    __tablename__ = "market_returns"

    id: uuid.UUID = Field(primary_key=True)
    sale_id: uuid.UUID = Field(foreign_key="market_sales.id", index=True)
    on: date
    reason: str = Field(max_length=300)
    restocked: bool
    channel: str = Field(max_length=16)
    reference: str | None = Field(default=None, max_length=100)
    amount: int = _money()
    lines: list = Field(default=None, sa_column=Column(JSON, nullable=False))
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class Adjustment(SQLModel, table=True):
    """Shrinkage, a markdown or a return of unsold units to the producer, with the reason and, for
    her goods (consignment, advance), her consent."""

    __tablename__ = "market_adjustments"
    __table_args__ = (Index("ix_market_adjustments_lot", "lot_id"),)

    id: uuid.UUID = Field(primary_key=True)
    outlet_id: uuid.UUID = Field(foreign_key="market_outlets.id")
    lot_id: uuid.UUID = Field(foreign_key="market_lots.id")
    kind: str = Field(max_length=24)  # shrinkage | markdown | returned_to_producer
    quantity: int
    reason: str = Field(max_length=300)
    retail_price: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    consent_by: str | None = Field(default=None, max_length=120)
    consent_on: date | None = None
    consent_reference: str | None = Field(default=None, max_length=100)
    written_off: int = _money()
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
