"""Report bodies: money as decimal taka strings, quantities whole units."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, Field

from palli_common.money import MoneyOut


class SalesRowOut(BaseModel):
    key: str = Field(description="the outlet, producer or product id, or the day")
    label: str
    units: int
    sales: MoneyOut = Field(description="what customers paid, VAT included")
    vat: MoneyOut
    commission: MoneyOut
    producer_share: MoneyOut
    owned_sales: MoneyOut = Field(description="purchased goods' sales, net of VAT")
    refunds: MoneyOut = Field(description="refunded for returns made in the period, VAT included")
    net: MoneyOut = Field(description="sales less refunds")


class SalesReportOut(BaseModel):
    date_from: date
    date_to: date
    group_by: str
    outlet_id: uuid.UUID | None
    producer_id: uuid.UUID | None
    rows: list[SalesRowOut]
    totals: SalesRowOut


class StockRowOut(BaseModel):
    outlet_id: uuid.UUID
    outlet_code: str
    product_id: uuid.UUID
    product_code: str
    product_name: str
    lot_id: uuid.UUID
    producer_id: uuid.UUID
    mode: str
    quantity: int
    reserved: int = Field(description="held for orders, within quantity")
    received_on: date
    age_days: int
    bucket: str = Field(description="0-30 | 31-60 | 61-90 | 90+ days since received")
    retail_price: MoneyOut = Field(description="the lot's markdown at this outlet, else the price list")
    producer_price: MoneyOut
    retail_value: MoneyOut
    producer_value: MoneyOut = Field(description="at the producer's price (a purchased lot: what it cost)")


class StockTotalsOut(BaseModel):
    quantity: int
    reserved: int
    retail_value: MoneyOut
    producer_value: MoneyOut


class StockBucketOut(StockTotalsOut):
    bucket: str


class StockReportOut(BaseModel):
    as_of: date
    rows: list[StockRowOut]
    buckets: list[StockBucketOut]
    totals: StockTotalsOut
