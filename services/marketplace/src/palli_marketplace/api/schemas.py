"""Request and response bodies. Money is a decimal taka string; rates are percent strings."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from palli_common.money import MoneyIn, MoneyOut
from palli_common.rates import RateOut

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40, pattern=r"^[A-Z0-9-]+$")]
Quantity = Annotated[int, Field(ge=1, le=1_000_000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OutletCreate(Strict):
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20, pattern=r"^[A-Z0-9-]+$")]
    name: Name
    name_bn: Name
    district: Name
    upazila: Name
    branch_id: uuid.UUID | None = None
    operator_subject: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)] | None = Field(
        default=None, description="the gateway user (marketplace_operator) who runs the outlet")


class OutletOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    name_bn: str
    district: str
    upazila: str
    branch_id: uuid.UUID | None
    operator_subject: str | None
    price_list_id: uuid.UUID | None = Field(None, description="the price list it sells at; null: the catalogue's prices")


class ProducerCreate(Strict):
    member_id: uuid.UUID


class ProducerOut(BaseModel):
    id: uuid.UUID
    member_id: uuid.UUID
    branch_id: uuid.UUID
    name: str
    name_bn: str


class ProductCreate(Strict):
    producer_id: uuid.UUID
    code: Code
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    name_bn: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    category: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    unit: Literal["piece", "kg", "litre", "dozen", "metre"]
    photos: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]] = Field(default_factory=list, max_length=20)
    producer_price: Annotated[MoneyIn, Field(gt=0)] = Field(description="what she is paid a unit")
    retail_price: Annotated[MoneyIn, Field(gt=0)] = Field(description="the outlets' price, VAT included")


class ProductOut(BaseModel):
    id: uuid.UUID
    producer_id: uuid.UUID
    code: str
    name: str
    name_bn: str
    category: str
    unit: str
    photos: list | None
    producer_price: MoneyOut
    retail_price: MoneyOut
    active: bool


class LotCreate(Strict):
    product_id: uuid.UUID
    outlet_id: uuid.UUID
    mode: Literal["consignment", "purchase", "advance"]
    quantity: Quantity


class QualityCheck(Strict):
    accepted: Annotated[int, Field(ge=0, le=1_000_000)]
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None


class LotOut(BaseModel):
    id: uuid.UUID
    product_id: uuid.UUID
    producer_id: uuid.UUID
    outlet_id: uuid.UUID
    mode: str
    received: int
    accepted: int | None
    rejected: int | None
    unit_price: MoneyOut
    status: str
    quality_note: str | None
    received_on: date


class TransferCreate(Strict):
    lot_id: uuid.UUID
    from_outlet_id: uuid.UUID
    to_outlet_id: uuid.UUID
    quantity: Quantity


class StockOut(BaseModel):
    outlet_id: uuid.UUID
    lot_id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    mode: str
    received_on: date
    quantity: int = Field(description="units on hand at the outlet, reserved ones included")
    reserved: int = Field(0, description="units held for open orders: only quantity - reserved may be sold at the till")


class SaleLineIn(Strict):
    product_id: uuid.UUID
    quantity: Quantity


class SaleCreate(Strict):
    client_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)] = Field(
        description="the tablet's own id for the sale: posting it again changes nothing")
    sold_at: datetime = Field(description="when it was sold (the tablet's clock, with its offset)")
    channel: Literal["cash", "bkash", "nagad", "bangla_qr", "bank"]
    reference: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None = Field(
        default=None, description="the wallet or QR transaction (required but for cash)")
    lines: list[SaleLineIn] = Field(min_length=1, max_length=100)


class SaleLineOut(BaseModel):
    id: uuid.UUID
    product_id: uuid.UUID
    lot_id: uuid.UUID
    producer_id: uuid.UUID
    mode: str = Field(description="the lot's: a purchased lot's units are the outlet's own sale")
    quantity: int
    returned: int
    unit_price: MoneyOut
    line_total: MoneyOut
    vat_rate: RateOut
    vat: MoneyOut
    commission_percent: RateOut
    commission: MoneyOut
    producer_share: MoneyOut
    owned_sales: MoneyOut
    owned_cost: MoneyOut


class SaleOut(BaseModel):
    """The receipt: totals with VAT shown, and each line's split."""

    id: uuid.UUID
    outlet_id: uuid.UUID
    client_id: str
    sold_at: datetime
    channel: str
    reference: str | None
    order_id: uuid.UUID | None
    total: MoneyOut
    vat: MoneyOut
    commission: MoneyOut
    producer_share: MoneyOut
    owned_sales: MoneyOut
    owned_cost: MoneyOut
    refunded: MoneyOut
    lines: list[SaleLineOut]
