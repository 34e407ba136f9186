"""Orders from partners and the online channel: units held on an outlet's shelf (Stock.reserved)
for a customer until the order is sold or released. Each line is one lot's units, as they were
reserved, so the fulfilling sale sells exactly those units and a release gives them back."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Column, Index, Numeric
from sqlmodel import Field, SQLModel

from palli_common.tables import utc_column


def _money() -> Field:
    return Field(default=0, sa_column=Column(BigInteger, nullable=False))


class Order(SQLModel, table=True):
    __tablename__ = "market_orders"
    __table_args__ = (Index("ix_market_orders_outlet", "outlet_id", "created_at"), Index("ix_market_orders_hold", "status", "hold_until"))

    id: uuid.UUID = Field(primary_key=True)
    outlet_id: uuid.UUID = Field(foreign_key="market_outlets.id")
    channel: str = Field(max_length=12)  # partner | online
    partner: str | None = Field(default=None, max_length=64)  # the partner's client id, when a partner ordered
    customer_name: str = Field(max_length=120)
    customer_mobile: str = Field(max_length=16)  # +8801XXXXXXXXX
    note: str | None = Field(default=None, max_length=500)
    status: str = Field(max_length=12)  # reserved | fulfilled | cancelled | expired
    hold_until: datetime = Field(sa_column=utc_column())
    total: int = _money()  # as priced when reserved, VAT included
    vat: int = _money()
    sale_id: uuid.UUID | None = Field(default=None, foreign_key="market_sales.id")
    reason: str | None = Field(default=None, max_length=300)  # why it was cancelled or expired
    created_by: str = Field(max_length=64)  # a partner sees only the orders it created
    created_at: datetime = Field(sa_column=utc_column())
    closed_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    version: int = 1  # its events' aggregate version


class OrderLine(SQLModel, table=True):
    """One lot's units held for the order, priced as they were on the shelf."""

    __tablename__ = "market_order_lines"

    id: uuid.UUID = Field(primary_key=True)
    order_id: uuid.UUID = Field(foreign_key="market_orders.id", index=True)
    product_id: uuid.UUID = Field(foreign_key="market_products.id")
    lot_id: uuid.UUID = Field(foreign_key="market_lots.id")
    quantity: int
    unit_price: int = _money()  # the lot's markdown at this outlet, else the price list
    line_total: int = _money()  # VAT included
    vat_rate: Decimal = Field(sa_column=Column(Numeric(5, 2), nullable=False))
    vat: int = _money()
