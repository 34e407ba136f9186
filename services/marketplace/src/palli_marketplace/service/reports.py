"""Reports, read-only, limited to the outlets the caller may see (partners: every outlet).

Sales by outlet, producer, product or day over a period of business days (Dhaka): a sale counts on
the day it was sold, a refund on the day of its return (as the ledger books them), so a period's
figures do not change when an old sale is returned later. Sums are taken in SQL: sale lines and
returns' lines in one UNION ALL, grouped once. Stock on hand per lot with its age and value."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import BigInteger, Date, case, cast, column, func, literal, select, true, type_coerce, union_all
from sqlalchemy.types import JSON

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_common.identity import Identity
from palli_marketplace.adapters.tables import CustomerReturn, Lot, Outlet, Producer, Product, Sale, SaleLine, Stock
from palli_marketplace.service import pricing
from palli_marketplace.service.catalogue import may_work_in, outlet_for
from palli_marketplace.service.common import BUSINESS_TIMEZONE

MAX_DAYS = 366
SUMS = ("units", "sales", "vat", "commission", "producer_share", "owned_sales", "refunds")
BUCKETS = ((30, "0-30"), (60, "31-60"), (90, "61-90"))  # days since received; older: "90+"
STOCK_SUMS = ("quantity", "reserved", "retail_value", "producer_value")


@dataclass
class SalesRow:
    key: str
    label: str
    units: int = 0
    sales: int = 0  # VAT included
    vat: int = 0
    commission: int = 0
    producer_share: int = 0
    owned_sales: int = 0
    refunds: int = 0  # refunded in the period, VAT included

    @property
    def net(self) -> int:
        return self.sales - self.refunds


def check_period(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise ValidationFailed(f"to ({date_to}) is before from ({date_from})", field="to")
    if (date_to - date_from).days + 1 > MAX_DAYS:
        raise ValidationFailed(f"a report covers at most {MAX_DAYS} days", field="from")


def _midnight(day: date) -> datetime:
    """The UTC instant a Dhaka business day begins."""
    return datetime.combine(day, time(0), tzinfo=BUSINESS_TIMEZONE).astimezone(UTC)


def _day(db: Database, moment: Any) -> Any:
    """A timestamp's Dhaka day in SQL (Dhaka keeps UTC+6 all year; SQLite stores UTC text)."""
    if db.is_postgres:
        return cast(func.timezone(BUSINESS_TIMEZONE.key, moment), Date)
    return type_coerce(func.date(moment, "+6 hours"), Date)


def _return_lines(db: Database) -> Any:
    """market_returns.lines as rows, beside their return."""
    elements = func.json_array_elements if db.is_postgres else func.json_each
    return elements(CustomerReturn.lines).table_valued(column("value", JSON))


def _is_line(db: Database, text_id: Any) -> Any:
    """A sale line whose id is this JSON text (SQLite keeps uuids as 32 hex digits)."""
    return SaleLine.id == (cast(text_id, SaleLine.id.type) if db.is_postgres else func.replace(text_id, "-", ""))


def _poisha(text_amount: Any) -> Any:
    """A decimal taka string as written by format_poisha ("1050.00") in poisha, exactly."""
    return cast(func.replace(text_amount, ".", ""), BigInteger)


async def _visible(s, who: Identity) -> list[uuid.UUID] | None:  # noqa: ANN001
    """The outlets the caller may read; None: every one."""
    every = (await s.scalars(select(Outlet))).all()
    mine = [o.id for o in every if may_work_in(who, o, read=True)]
    return None if len(mine) == len(every) else mine


async def _outlets(s, who: Identity, outlet_id: uuid.UUID | None) -> list[uuid.UUID] | None:  # noqa: ANN001
    if outlet_id is not None:
        await outlet_for(s, outlet_id, who, read=True)
        return [outlet_id]
    return await _visible(s, who)


async def sales(db: Database, who: Identity, *, date_from: date, date_to: date, group_by: str, outlet_id: uuid.UUID | None = None,
                producer_id: uuid.UUID | None = None) -> list[SalesRow]:
    check_period(date_from, date_to)
    item = _return_lines(db)
    sold_key = {"outlet": Sale.outlet_id, "producer": SaleLine.producer_id, "product": SaleLine.product_id, "day": _day(db, Sale.sold_at)}
    returned_key = {**sold_key, "day": CustomerReturn.on}
    sold = (select(sold_key[group_by].label("key"), cast(SaleLine.quantity, BigInteger).label("units"), SaleLine.line_total.label("sales"),
                   SaleLine.vat.label("vat"), SaleLine.commission.label("commission"), SaleLine.producer_share.label("producer_share"),
                   SaleLine.owned_sales.label("owned_sales"), literal(0, BigInteger).label("refunds"))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.sold_at >= _midnight(date_from), Sale.sold_at < _midnight(date_to + timedelta(days=1))))
    refunded = (select(returned_key[group_by].label("key"), *(literal(0, BigInteger).label(k) for k in SUMS[:-1]),
                       _poisha(item.c.value["line_total"].as_string()).label("refunds"))
                .select_from(CustomerReturn).join(item, true()).join(SaleLine, _is_line(db, item.c.value["sale_line_id"].as_string()))
                .join(Sale, Sale.id == CustomerReturn.sale_id).where(CustomerReturn.on >= date_from, CustomerReturn.on <= date_to))
    async with db.sessions() as s:
        outlets = await _outlets(s, who, outlet_id)
        if outlets is not None:
            sold, refunded = sold.where(Sale.outlet_id.in_(outlets)), refunded.where(Sale.outlet_id.in_(outlets))
        if producer_id is not None:
            sold, refunded = sold.where(SaleLine.producer_id == producer_id), refunded.where(SaleLine.producer_id == producer_id)
        both = union_all(sold, refunded).subquery()
        grouped = (await s.execute(select(both.c.key, *(func.coalesce(func.sum(both.c[k]), 0) for k in SUMS))
                                   .group_by(both.c.key).order_by(both.c.key))).all()
        labels = await _labels(s, group_by, [g[0] for g in grouped])
    rows = [SalesRow(str(g[0]), labels.get(g[0], str(g[0])), *(int(v) for v in g[1:])) for g in grouped]
    return rows if group_by == "day" else sorted(rows, key=lambda r: (r.label, r.key))


async def _labels(s, group_by: str, keys: list) -> dict:  # noqa: ANN001
    if group_by == "day" or not keys:
        return {k: k.isoformat() for k in keys} if group_by == "day" else {}
    if group_by == "outlet":
        query = select(Outlet.id, Outlet.code + " " + Outlet.name).where(Outlet.id.in_(keys))
    elif group_by == "producer":
        query = select(Producer.id, Producer.name).where(Producer.id.in_(keys))
    else:
        query = select(Product.id, Product.code + " " + Product.name).where(Product.id.in_(keys))
    return {k: label for k, label in (await s.execute(query)).all()}


def totals(rows: list[SalesRow]) -> SalesRow:
    return SalesRow("total", "total", *(sum(getattr(r, k) for r in rows) for k in SUMS))


@dataclass
class StockReport:
    as_of: date
    rows: list[dict]
    buckets: list[dict]
    totals: dict = field(default_factory=dict)


async def stock(db: Database, who: Identity, *, as_of: date, outlet_id: uuid.UUID | None = None) -> StockReport:
    """Units on hand per outlet and lot: how long since the lot was received (its ageing bucket),
    and their value at the shelf's price and at the producer's price (what a purchased lot cost)."""
    bucket = case(*((Lot.received_on >= as_of - timedelta(days=days), name) for days, name in BUCKETS), else_="90+")
    price = func.coalesce(Stock.retail_price, pricing.list_price_column(Outlet.price_list_id, Stock.product_id, Product.retail_price, as_of))
    shelf = (select(Stock.outlet_id, Outlet.code.label("outlet_code"), Stock.product_id, Product.code.label("product_code"),
                    Product.name.label("product_name"), Stock.lot_id, Lot.producer_id, Lot.mode, Stock.quantity, Stock.reserved, Lot.received_on,
                    bucket.label("bucket"), price.label("retail_price"), Lot.unit_price.label("producer_price"),
                    (Stock.quantity * price).label("retail_value"), (Stock.quantity * Lot.unit_price).label("producer_value"))
             .join(Lot, Lot.id == Stock.lot_id).join(Product, Product.id == Stock.product_id).join(Outlet, Outlet.id == Stock.outlet_id)
             .where(Stock.quantity > 0))
    async with db.sessions() as s:
        outlets = await _outlets(s, who, outlet_id)
        if outlets is not None:
            shelf = shelf.where(Stock.outlet_id.in_(outlets))
        rows = [dict(r._mapping) for r in (await s.execute(shelf.order_by(Outlet.code, Product.code, Lot.received_on, Lot.id))).all()]
        aged = shelf.subquery()  # grouped outside: the bucket's CASE carries bound dates
        by_bucket = (await s.execute(select(aged.c.bucket, *(func.sum(cast(aged.c[k], BigInteger)) for k in STOCK_SUMS))
                                     .group_by(aged.c.bucket))).all()
    for r in rows:
        r["age_days"] = (as_of - r["received_on"]).days
    order = [name for _, name in BUCKETS] + ["90+"]
    buckets = sorted(({"bucket": b, **{k: int(v) for k, v in zip(STOCK_SUMS, vals, strict=True)}} for b, *vals in by_bucket),
                     key=lambda b: order.index(b["bucket"]))
    return StockReport(as_of, rows, buckets, {k: sum(b[k] for b in buckets) for k in STOCK_SUMS})

