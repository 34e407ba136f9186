"""Bodies of the pricing routes: VAT rates, commission rules, price lists and their prices."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from palli_common.money import MoneyIn, MoneyOut
from palli_common.rates import RateIn, RateOut
from palli_marketplace.api.schemas import Name, Strict

Category = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=40, pattern=r"^[a-z][a-z_]*$")]
FROM_TODAY = "applies from this day on: today or later, never the past"


class VatRateIn(Strict):
    category: Category = Field(description="a product category; a new one becomes one products may be listed in")
    rate: RateIn = Field(description="VAT percent, included in retail prices")
    effective_from: date = Field(description=FROM_TODAY)


class VatRateOut(BaseModel):
    category: str
    rate: RateOut
    effective_from: date


class CommissionRuleIn(Strict):
    category: Category
    producer_id: uuid.UUID | None = Field(None, description="her own rule, which beats the category's; none: every producer's")
    percent: RateIn = Field(description="the outlet's commission on her goods' sales, net of VAT")
    effective_from: date = Field(description=FROM_TODAY)


class CommissionRuleOut(BaseModel):
    id: uuid.UUID
    category: str
    producer_id: uuid.UUID | None
    percent: RateOut
    effective_from: date


class PriceListIn(Strict):
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20, pattern=r"^[A-Z0-9-]+$")]
    name: Name


class PriceListOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str


class ListPriceIn(Strict):
    product_id: uuid.UUID
    retail_price: Annotated[MoneyIn, Field(gt=0)] = Field(description="a unit's price on this list, VAT included")
    effective_from: date = Field(description=FROM_TODAY)


class ListPriceOut(BaseModel):
    price_list_id: uuid.UUID
    product_id: uuid.UUID
    retail_price: MoneyOut
    effective_from: date


class OutletPriceList(Strict):
    price_list_id: uuid.UUID | None = Field(description="the list the outlet sells at; null: the catalogue's prices")
