"""Price lists: an outlet's retail prices, effective-dated, when they differ from the catalogue's.
An outlet follows at most one list; a product the list does not price sells at the catalogue's
retail price, and a markdown on a shelf row beats both."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Column
from sqlmodel import Field, SQLModel

from palli_common.tables import utc_column


class PriceList(SQLModel, table=True):
    __tablename__ = "market_price_lists"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=20, unique=True)
    name: str = Field(max_length=120)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class ListPrice(SQLModel, table=True):
    """A product's retail price (VAT included) on a list from a day on; never changed, only followed."""

    __tablename__ = "market_list_prices"

    price_list_id: uuid.UUID = Field(foreign_key="market_price_lists.id", primary_key=True)
    product_id: uuid.UUID = Field(foreign_key="market_products.id", primary_key=True)
    effective_from: date = Field(primary_key=True)
    retail_price: int = Field(sa_column=Column(BigInteger, nullable=False))
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
