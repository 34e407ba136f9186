"""/v1/marketplace/reports: sales (by outlet, producer, product or day) and stock on hand with its
age, as JSON or CSV (`?format=csv` or `Accept: text/csv`). Producers' statements are
/producers/{id}/statement."""

import uuid
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from palli_common.csv_stream import csv_response, wants_csv
from palli_common.identity import CurrentIdentity
from palli_common.money import format_poisha
from palli_marketplace.api.deps import DB
from palli_marketplace.api.report_schemas import SalesReportOut, SalesRowOut, StockReportOut
from palli_marketplace.service import reports
from palli_marketplace.service.common import business_today

router = APIRouter(prefix="/v1/marketplace/reports", tags=["marketplace reports"])
CSV = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "JSON, or CSV when asked for"}}
Format = Annotated[Literal["json", "csv"] | None, Query(description="json or csv (default: json unless Accept asks for text/csv)")]
MONEY = ("sales", "vat", "commission", "producer_share", "owned_sales", "refunds", "net")


def _row(r: reports.SalesRow) -> SalesRowOut:
    return SalesRowOut(key=r.key, label=r.label, net=r.net, **{k: getattr(r, k) for k in reports.SUMS})


@router.get("/sales", response_model=SalesReportOut, responses=CSV,
            summary="Units, sales with VAT, commission, producers' shares, own sales and refunds, by outlet, producer, product or day")
async def sales(request: Request, db: DB, who: CurrentIdentity,
                group_by: Literal["outlet", "producer", "product", "day"] = "outlet",
                date_from: Annotated[date | None, Query(alias="from", description="first business day (default: the 1st of to's month)")] = None,
                date_to: Annotated[date | None, Query(alias="to", description="last business day, inclusive (default: today in Dhaka)")] = None,
                outlet_id: uuid.UUID | None = None, producer_id: uuid.UUID | None = None, format: Format = None):  # noqa: A002
    date_to = date_to or business_today()
    date_from = date_from or date_to.replace(day=1)
    rows = await reports.sales(db, who, date_from=date_from, date_to=date_to, group_by=group_by, outlet_id=outlet_id, producer_id=producer_id)
    total = reports.totals(rows)
    if wants_csv(request, format):
        lines = [[group_by, "label", "units", *MONEY]] + [[r.key, r.label, r.units, *(format_poisha(getattr(r, k)) for k in MONEY)]
                                                          for r in [*rows, total]]
        return csv_response(f"marketplace-sales-by-{group_by}-{date_from}-{date_to}", lines)
    return SalesReportOut(date_from=date_from, date_to=date_to, group_by=group_by, outlet_id=outlet_id, producer_id=producer_id,
                          rows=[_row(r) for r in rows], totals=_row(total))


STOCK_COLUMNS = ["outlet_code", "product_code", "product_name", "lot_id", "mode", "quantity", "reserved", "received_on", "age_days", "bucket",
                 "retail_price", "producer_price", "retail_value", "producer_value"]


@router.get("/stock", response_model=StockReportOut, responses=CSV,
            summary="Stock on hand per outlet, product and lot: reserved units, age and ageing bucket, value at retail and at her price")
async def stock(request: Request, db: DB, who: CurrentIdentity, outlet_id: uuid.UUID | None = None, format: Format = None):  # noqa: A002
    report = await reports.stock(db, who, as_of=business_today(), outlet_id=outlet_id)
    if wants_csv(request, format):
        money = {"retail_price", "producer_price", "retail_value", "producer_value"}
        lines = [STOCK_COLUMNS] + [[format_poisha(r[k]) if k in money else r[k] for k in STOCK_COLUMNS] for r in report.rows]
        return csv_response(f"marketplace-stock-{report.as_of}", lines)
    return StockReportOut.model_validate({"as_of": report.as_of, "rows": report.rows, "buckets": report.buckets, "totals": report.totals})
