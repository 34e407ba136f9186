"""Bodies for orders: reserved for a customer, fulfilled by a sale, or cancelled."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from palli_common.money import MoneyOut
from palli_common.rates import RateOut
from palli_marketplace.api.schemas import Name, SaleLineIn, Strict
from palli_marketplace.api.settlement_schemas import Reason, Reference


class Customer(Strict):
    name: Name
    mobile: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)] = Field(
        description="01XXXXXXXXX or +8801XXXXXXXXX")


class OrderCreate(Strict):
    channel: Literal["partner", "online"] = Field(description="partner: a partner's order for its customer; online: the online shop's")
    customer: Customer
    lines: list[SaleLineIn] = Field(min_length=1, max_length=100)
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None
    hold_until: datetime | None = Field(default=None, description="until when the units are held (with its offset; default 48 hours from now)")


class Fulfilment(Strict):
    channel: Literal["cash", "bkash", "nagad", "bangla_qr", "bank"]
    reference: Reference | None = Field(default=None, description="the wallet or QR transaction (required but for cash)")


class Cancellation(Strict):
    reason: Reason


class CustomerOut(BaseModel):
    name: str
    mobile: str


class OrderLineOut(BaseModel):
    id: uuid.UUID
    product_id: uuid.UUID
    lot_id: uuid.UUID
    quantity: int
    unit_price: MoneyOut
    line_total: MoneyOut = Field(description="VAT included")
    vat_rate: RateOut
    vat: MoneyOut


class OrderOut(BaseModel):
    id: uuid.UUID
    outlet_id: uuid.UUID
    channel: str
    partner: str | None
    customer: CustomerOut
    note: str | None
    status: str = Field(description="reserved | fulfilled | cancelled | expired")
    hold_until: datetime
    total: MoneyOut = Field(description="as priced when reserved, VAT included; the sale is priced when it is made")
    vat: MoneyOut
    sale_id: uuid.UUID | None
    reason: str | None
    created_by: str
    created_at: datetime
    closed_at: datetime | None
    lines: list[OrderLineOut]
