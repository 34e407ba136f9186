"""The marketplace's own tables. Money is integer poisha; quantities are whole units; rates are
NUMERIC percent. Stock is held per outlet and lot, so a transfer keeps the lot (and with it whose
goods they are and on what terms) and a sale knows exactly whose units it sold."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, Column, Index, Numeric, UniqueConstraint
from sqlmodel import Field, SQLModel

from palli_common.idempotency import IdempotencyKeyRecord  # noqa: F401  (same metadata: migrations create it)
from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401


def money() -> Any:
    return Field(default=0, sa_column=Column(BigInteger, nullable=False))


class MarketMemberCopy(SQLModel, table=True):
    """What the marketplace knows of a member, from `members.member` events."""

    __tablename__ = "market_member_copies"

    member_id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID
    name_en: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    status: str = Field(max_length=12)
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class Producer(SQLModel, table=True):
    __tablename__ = "market_producers"

    id: uuid.UUID = Field(primary_key=True)
    member_id: uuid.UUID = Field(unique=True)
    branch_id: uuid.UUID
    name: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    # what she is owed (2310): her shares of sales and her purchased lots, less refunds and payouts;
    # `balance_version` counts its changes, so the ledger keeps the latest whatever the event order
    balance: int = money()
    balance_version: int = 0
    payout_channel: str | None = Field(default=None, max_length=16)  # savings | mobile_wallet | cash
    payout_savings_account_id: uuid.UUID | None = None  # her voluntary savings account
    payout_wallet: str | None = Field(default=None, max_length=40)  # her bKash/Nagad number


class VatRate(SQLModel, table=True):
    """VAT on a product category from a day on: data, not code."""

    __tablename__ = "market_vat_rates"

    category: str = Field(max_length=40, primary_key=True)
    effective_from: date = Field(primary_key=True)
    rate: Decimal = Field(sa_column=Column(Numeric(5, 2), nullable=False))


class CommissionRule(SQLModel, table=True):
    """The outlet's commission on a category's sales (a producer's own rule, when set, wins)."""

    __tablename__ = "market_commission_rules"
    __table_args__ = (UniqueConstraint("category", "producer_id", "effective_from"),)

    id: uuid.UUID = Field(primary_key=True)
    category: str = Field(max_length=40)
    producer_id: uuid.UUID | None = None
    effective_from: date
    percent: Decimal = Field(sa_column=Column(Numeric(5, 2), nullable=False))


class Product(SQLModel, table=True):
    __tablename__ = "market_products"
    __table_args__ = (Index("ix_market_products_producer", "producer_id"),)

    id: uuid.UUID = Field(primary_key=True)
    producer_id: uuid.UUID = Field(foreign_key="market_producers.id")
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    name_bn: str = Field(max_length=200)
    category: str = Field(max_length=40)
    unit: str = Field(max_length=20)  # piece | kg | litre | dozen | metre
    photos: list = Field(default=None, sa_column=Column(JSON, nullable=True))
    producer_price: int = money()  # what she gets a unit (before the outlet's commission on consignment)
    retail_price: int = money()  # the outlet's price list, VAT included
    active: bool = True
    created_at: datetime = Field(sa_column=utc_column())
    version: int = 1


class Outlet(SQLModel, table=True):
    __tablename__ = "market_outlets"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=20, unique=True)
    name: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    branch_id: uuid.UUID | None = None
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    operator_subject: str | None = Field(default=None, max_length=64)  # the marketplace operator who runs it
    price_list_id: uuid.UUID | None = Field(default=None, foreign_key="market_price_lists.id")  # else the catalogue's prices
    created_at: datetime = Field(sa_column=utc_column())


class Lot(SQLModel, table=True):
    """Goods that came in together: consignment (hers until sold), purchase (paid on acceptance) or
    advance-financed; a quality check splits what arrived into accepted and rejected."""

    __tablename__ = "market_lots"

    id: uuid.UUID = Field(primary_key=True)
    product_id: uuid.UUID = Field(foreign_key="market_products.id")
    producer_id: uuid.UUID = Field(foreign_key="market_producers.id")
    outlet_id: uuid.UUID = Field(foreign_key="market_outlets.id")  # where it was received
    mode: str = Field(max_length=12)  # consignment | purchase | advance
    ordered: int | None = None  # an advance-financed order's quantity, before the goods arrive
    received: int
    accepted: int | None = None
    rejected: int | None = None
    unit_price: int = money()  # the producer's price at receipt
    status: str = Field(max_length=12)  # ordered (advance, not yet arrived) | received | checked
    quality_note: str | None = Field(default=None, max_length=500)
    received_on: date
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    version: int = 1  # its events' aggregate version: checked, then each adjustment


class Stock(SQLModel, table=True):
    """Units of a lot on an outlet's shelf; never below zero (the row lock and the check)."""

    __tablename__ = "market_stock"
    __table_args__ = (CheckConstraint("quantity >= 0", name="ck_market_stock_not_negative"),
                      CheckConstraint("reserved >= 0 AND reserved <= quantity", name="ck_market_stock_reserved"),
                      Index("ix_market_stock_outlet_product", "outlet_id", "product_id"))

    outlet_id: uuid.UUID = Field(foreign_key="market_outlets.id", primary_key=True)
    lot_id: uuid.UUID = Field(foreign_key="market_lots.id", primary_key=True)
    product_id: uuid.UUID = Field(foreign_key="market_products.id")
    quantity: int
    reserved: int = 0  # held for orders: only quantity - reserved is on sale at the till
    retail_price: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))  # a markdown; else the price list
    version: int = 1


class StockMove(SQLModel, table=True):
    """Every change of stock, with why: received, transfer out/in, sold, returned."""

    __tablename__ = "market_stock_moves"
    __table_args__ = (Index("ix_market_stock_moves_lot", "lot_id", "id"),)

    id: uuid.UUID = Field(primary_key=True)
    outlet_id: uuid.UUID
    lot_id: uuid.UUID
    kind: str = Field(max_length=16)  # accepted | transfer_out | transfer_in | sold | customer_return | shrinkage | to_producer
    quantity: int  # signed
    reference: str | None = Field(default=None, max_length=100)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class Sale(SQLModel, table=True):
    """A till's sale, posted with the tablet's own client id: a late or repeated post of the same
    sale finds this row and changes nothing."""

    __tablename__ = "market_sales"
    __table_args__ = (UniqueConstraint("outlet_id", "client_id"), Index("ix_market_sales_outlet_time", "outlet_id", "sold_at"))

    id: uuid.UUID = Field(primary_key=True)
    outlet_id: uuid.UUID = Field(foreign_key="market_outlets.id")
    client_id: str = Field(max_length=64)
    sold_at: datetime = Field(sa_column=utc_column())
    channel: str = Field(max_length=16)  # cash | bkash | nagad | bangla_qr | bank
    reference: str | None = Field(default=None, max_length=100)
    order_id: uuid.UUID | None = None
    total: int = money()  # VAT included
    vat: int = money()
    commission: int = money()
    producer_share: int = money()
    owned_sales: int = money()  # purchased goods, net of VAT: the outlet's own
    owned_cost: int = money()
    refunded: int = money()
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class SaleLine(SQLModel, table=True):
    __tablename__ = "market_sale_lines"

    id: uuid.UUID = Field(primary_key=True)
    sale_id: uuid.UUID = Field(foreign_key="market_sales.id", index=True)
    product_id: uuid.UUID
    lot_id: uuid.UUID
    producer_id: uuid.UUID
    mode: str = Field(max_length=12)
    quantity: int
    returned: int = 0
    unit_price: int = money()
    line_total: int = money()  # VAT included
    vat_rate: Decimal = Field(sa_column=Column(Numeric(5, 2), nullable=False))
    vat: int = money()
    commission_percent: Decimal = Field(sa_column=Column(Numeric(5, 2), nullable=False))
    commission: int = money()
    producer_share: int = money()
    owned_sales: int = money()
    owned_cost: int = money()


from palli_marketplace.adapters.settlement_tables import (  # noqa: E402,F401  (same metadata)
    Adjustment, Advance, CustomerReturn, Payout, ProducerEntry, SettlementRun)
from palli_marketplace.adapters.order_tables import Order, OrderLine  # noqa: E402,F401  (same metadata)
from palli_marketplace.adapters.pricing_tables import ListPrice, PriceList  # noqa: E402,F401  (same metadata)
