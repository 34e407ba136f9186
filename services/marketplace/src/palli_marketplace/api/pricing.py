"""/v1/marketplace: what goods sell for and how a sale splits, as data: VAT rates by category,
commission rules by category or producer, price lists and which list an outlet follows. Each rate
or price applies from its day (today or later) on."""

import uuid
from datetime import date

from fastapi import APIRouter, status

from palli_common.identity import CurrentIdentity
from palli_marketplace.api.deps import DB
from palli_marketplace.api.pricing_schemas import (CommissionRuleIn, CommissionRuleOut, ListPriceIn, ListPriceOut, OutletPriceList,
                                                   PriceListIn, PriceListOut, VatRateIn, VatRateOut)
from palli_marketplace.api.schemas import OutletOut
from palli_marketplace.service import pricing
from palli_marketplace.service.common import business_today

router = APIRouter(prefix="/v1/marketplace", tags=["marketplace pricing"])


@router.post("/vat-rates", status_code=status.HTTP_201_CREATED, response_model=VatRateOut,
             summary="Set a category's VAT from a day on (a new category too)")
async def add_vat_rate(body: VatRateIn, db: DB, who: CurrentIdentity):
    return VatRateOut.model_validate((await pricing.add_vat_rate(db, who, body.model_dump())).model_dump())


@router.get("/vat-rates", response_model=list[VatRateOut], summary="Every category's VAT rates, by day")
async def list_vat_rates(db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [VatRateOut.model_validate(r.model_dump()) for r in await pricing.vat_rates(db)]


@router.post("/commission-rules", status_code=status.HTTP_201_CREATED, response_model=CommissionRuleOut,
             summary="Set the outlets' commission on a category from a day on, for every producer or for one")
async def add_commission_rule(body: CommissionRuleIn, db: DB, who: CurrentIdentity):
    return CommissionRuleOut.model_validate((await pricing.add_commission_rule(db, who, body.model_dump())).model_dump())


@router.get("/commission-rules", response_model=list[CommissionRuleOut], summary="Commission rules, by category and day (filter by producer)")
async def list_commission_rules(db: DB, who: CurrentIdentity, producer_id: uuid.UUID | None = None):  # noqa: ARG001
    return [CommissionRuleOut.model_validate(r.model_dump()) for r in await pricing.commission_rules(db, producer_id)]


@router.post("/price-lists", status_code=status.HTTP_201_CREATED, response_model=PriceListOut, summary="Open a price list")
async def create_price_list(body: PriceListIn, db: DB, who: CurrentIdentity):
    return PriceListOut.model_validate((await pricing.create_price_list(db, who, body.model_dump())).model_dump())


@router.get("/price-lists", response_model=list[PriceListOut], summary="Every price list")
async def list_price_lists(db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [PriceListOut.model_validate(p.model_dump()) for p in await pricing.price_lists(db)]


@router.post("/price-lists/{price_list_id}/prices", status_code=status.HTTP_201_CREATED, response_model=ListPriceOut,
             summary="Price a product on the list from a day on")
async def add_price(price_list_id: uuid.UUID, body: ListPriceIn, db: DB, who: CurrentIdentity):
    return ListPriceOut.model_validate((await pricing.add_price(db, who, price_list_id, body.model_dump())).model_dump())


@router.get("/price-lists/{price_list_id}/prices", response_model=list[ListPriceOut],
            summary="The list's price of each product it prices, standing on a day (default today)")
async def list_prices(price_list_id: uuid.UUID, db: DB, who: CurrentIdentity, on: date | None = None):  # noqa: ARG001
    return [ListPriceOut.model_validate(p.model_dump()) for p in await pricing.prices_on(db, price_list_id, on or business_today())]


@router.put("/outlets/{outlet_id}/price-list", response_model=OutletOut, summary="Choose the price list an outlet sells at")
async def follow_price_list(outlet_id: uuid.UUID, body: OutletPriceList, db: DB, who: CurrentIdentity):
    return OutletOut.model_validate((await pricing.follow(db, who, outlet_id, body.price_list_id)).model_dump())
