"""Bodies for what producers are owed and paid, advances, customers' returns and stock adjustments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from palli_common.money import MoneyIn, MoneyOut
from palli_marketplace.api.schemas import Quantity, Strict

PositiveMoney = Annotated[MoneyIn, Field(gt=0)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class PayoutDestination(Strict):
    channel: Literal["savings", "mobile_wallet", "cash"]
    savings_account_id: uuid.UUID | None = Field(default=None, description="her voluntary savings account (channel savings)")
    wallet: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)] | None = Field(
        default=None, description="her bKash/Nagad number (channel mobile_wallet)")


class ProducerAccount(BaseModel):
    producer_id: uuid.UUID
    member_id: uuid.UUID
    branch_id: uuid.UUID
    name: str
    name_bn: str
    balance: MoneyOut = Field(description="what she is owed now (2310)")
    advance_outstanding: MoneyOut
    payout_channel: str | None
    payout_savings_account_id: uuid.UUID | None
    payout_wallet: str | None


class EntryOut(BaseModel):
    id: uuid.UUID
    kind: str
    amount: MoneyOut
    units: int
    reference: str
    on: date
    payout_id: uuid.UUID | None


class StatementOut(ProducerAccount):
    """Her account: what is owed and not yet paid (`open`), and her latest payouts."""

    open: list[EntryOut]
    payouts: list[PayoutOut]


class PayoutRequest(Strict):
    amount: PositiveMoney | None = Field(default=None, description="part of what she is owed; all of it when left out")


class PayoutOut(BaseModel):
    id: uuid.UUID
    producer_id: uuid.UUID
    member_id: uuid.UUID
    branch_id: uuid.UUID | None
    run_id: uuid.UUID | None
    on: date
    gross: MoneyOut
    advance_recovered: MoneyOut
    amount: MoneyOut
    channel: str
    reference: str | None
    savings_account_id: uuid.UUID | None
    statement: dict


class SettlementRequest(Strict):
    minimum: PositiveMoney | None = Field(default=None, description="pay producers owed at least this (default MARKETPLACE_SETTLEMENT_MINIMUM)")
    branch_id: uuid.UUID | None = None


class SettlementOut(BaseModel):
    id: uuid.UUID
    on: date
    minimum: MoneyOut
    payouts: int
    total: MoneyOut
    skipped: int = Field(description="producers owed that much with no payout destination chosen")
    started_at: datetime
    finished_at: datetime | None


class AdvanceRequest(Strict):
    amount: PositiveMoney


class AdvanceOut(BaseModel):
    id: uuid.UUID
    lot_id: uuid.UUID
    producer_id: uuid.UUID
    on: date
    amount: MoneyOut
    recovered: MoneyOut
    channel: str
    reference: str | None
    savings_account_id: uuid.UUID | None


class Arrival(Strict):
    quantity: Quantity


class ReturnLine(Strict):
    product_id: uuid.UUID
    quantity: Quantity


class ReturnCreate(Strict):
    lines: list[ReturnLine] = Field(min_length=1, max_length=100)
    reason: Reason
    restock: bool = Field(description="back on the shelf; else not fit to sell")
    reference: Reference | None = Field(default=None, description="the refund's wallet transaction (required but for cash)")


class ReturnOut(BaseModel):
    id: uuid.UUID
    sale_id: uuid.UUID
    on: date
    reason: str
    restocked: bool
    channel: str
    reference: str | None
    amount: MoneyOut
    lines: list[dict]


class Consent(Strict):
    by: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    on: date
    reference: Reference = Field(description="how she gave it: a signed slip's number, a call's reference")


class AdjustmentCreate(Strict):
    lot_id: uuid.UUID
    kind: Literal["shrinkage", "markdown", "returned_to_producer"]
    quantity: Quantity | None = Field(default=None, description="units written off or returned (not for a markdown)")
    retail_price: PositiveMoney | None = Field(default=None, description="a markdown's new price")
    reason: Reason
    consent: Consent | None = Field(default=None, description="the producer's, for her goods (consignment, advance)")


class AdjustmentOut(BaseModel):
    id: uuid.UUID
    outlet_id: uuid.UUID
    lot_id: uuid.UUID
    kind: str
    quantity: int
    reason: str
    retail_price: MoneyOut | None
    consent_by: str | None
    consent_on: date | None
    consent_reference: str | None
    written_off: MoneyOut


StatementOut.model_rebuild()
