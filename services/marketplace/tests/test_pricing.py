"""Pricing as data: a VAT rate, a producer's commission rule and a price list each apply from
their day on, to the sales, orders, markdowns and stock report of the outlets they concern, never
to a sale of an earlier day (an offline tablet posting late); refusals name the field; migration
0005 goes down and up again."""

from __future__ import annotations

import asyncio
import random
import string
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import create_async_engine

from palli_common.clock import business_today
from palli_common.migrations import alembic_config, upgrade
from palli_common.testing.http import assert_problem
from palli_marketplace.testing import post_ok, sale_body

TODAY = business_today()


def _category() -> str:  # tests share the database: each invents its own category
    return "test_" + "".join(random.choices(string.ascii_lowercase, k=10))


async def test_a_new_categorys_vat_applies_from_its_day_and_a_producers_own_commission_beats_the_categorys(client, shop):
    category = _category()
    r = await client.post("/v1/marketplace/vat-rates", json={"category": category, "rate": "15.00", "effective_from": TODAY.isoformat()})
    assert r.status_code == 201, r.text
    assert r.json() == {"category": category, "rate": "15.00", "effective_from": TODAY.isoformat()}
    await post_ok(client, "/v1/marketplace/commission-rules", {"category": category, "percent": "10.00", "effective_from": TODAY.isoformat()}, 201)
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    await post_ok(client, "/v1/marketplace/vat-rates", {"category": category, "rate": "20.00", "effective_from": tomorrow}, 201)
    outlet = await shop.outlet()
    hers, other = await shop.producer(), await shop.producer()
    rule = await post_ok(client, "/v1/marketplace/commission-rules", {"category": category, "producer_id": hers["id"], "percent": "5.00",
                                                                      "effective_from": TODAY.isoformat()}, 201)
    assert (rule["producer_id"], rule["percent"]) == (hers["id"], "5.00")
    items = []
    for producer in (hers, other):
        item = await shop.product(producer, category=category, retail="1150.00")
        lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "consignment",
                                                             "quantity": 5}, 201)
        await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 5}, 200)
        items.append(item)
    sales = f"/v1/marketplace/outlets/{outlet['id']}/sales"
    mine = await post_ok(client, sales, sale_body(items[0]), 201)
    theirs = await post_ok(client, sales, sale_body(items[1]), 201)
    # 1,150.00 with 15% VAT inside: 150.00; her 5% of 1,000.00 is 50.00, the category's 10% is 100.00
    assert (mine["vat"], mine["commission"], mine["producer_share"]) == ("150.00", "50.00", "950.00")
    assert (theirs["vat"], theirs["commission"], theirs["producer_share"]) == ("150.00", "100.00", "900.00")
    assert [(x["rate"], x["effective_from"]) for x in (await client.get("/v1/marketplace/vat-rates")).json()
            if x["category"] == category] == [("15.00", TODAY.isoformat()), ("20.00", tomorrow)]
    assert [x["percent"] for x in (await client.get("/v1/marketplace/commission-rules", params={"producer_id": hers["id"]})).json()] == ["5.00"]


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/v1/marketplace/vat-rates", {"category": "textile", "rate": "7.50", "effective_from": (TODAY - timedelta(days=1)).isoformat()},
     "effective_from"),
    ("/v1/marketplace/vat-rates", {"category": "textile", "rate": 7.5, "effective_from": TODAY.isoformat()}, "rate"),
    ("/v1/marketplace/vat-rates", {"category": "textile", "rate": "100.01", "effective_from": TODAY.isoformat()}, "rate"),
    ("/v1/marketplace/vat-rates", {"category": "Textile!", "rate": "5.00", "effective_from": TODAY.isoformat()}, "category"),
    ("/v1/marketplace/commission-rules", {"category": "no_such", "percent": "5.00", "effective_from": TODAY.isoformat()}, "category"),
    ("/v1/marketplace/commission-rules", {"category": "textile", "percent": "5.00", "effective_from": "2026-13-01"}, "effective_from"),
    ("/v1/marketplace/commission-rules", {"category": "textile", "producer_id": str(uuid.uuid4()), "percent": "5.00",
                                          "effective_from": TODAY.isoformat()}, "producer_id"),
    ("/v1/marketplace/price-lists", {"code": "lower case", "name": "x"}, "code"),
])
async def test_bad_rates_and_lists_are_refused_naming_the_field(client, path, body, field):
    assert_problem(await client.post(path, json=body), 422, field)


async def test_the_same_day_twice_is_a_conflict(client):
    category = _category()
    body = {"category": category, "rate": "5.00", "effective_from": TODAY.isoformat()}
    await post_ok(client, "/v1/marketplace/vat-rates", body, 201)
    assert_problem(await client.post("/v1/marketplace/vat-rates", json=body), 409, "effective_from")
    rule = {"category": category, "percent": "9.00", "effective_from": TODAY.isoformat()}
    await post_ok(client, "/v1/marketplace/commission-rules", rule, 201)
    assert_problem(await client.post("/v1/marketplace/commission-rules", json=rule), 409, "effective_from")
    code = f"PL-{uuid.uuid4().hex[:6].upper()}"
    await post_ok(client, "/v1/marketplace/price-lists", {"code": code, "name": "Dhaka outlets"}, 201)
    assert_problem(await client.post("/v1/marketplace/price-lists", json={"code": code, "name": "again"}), 409, "code")


async def test_an_outlet_on_a_price_list_sells_orders_marks_down_and_values_stock_at_its_price_from_its_day(client, shop):
    listed_outlet, item, lot = await shop.stocked(quantity=10)
    plain_outlet = await shop.outlet()
    await post_ok(client, "/v1/marketplace/transfers", {"lot_id": lot["id"], "from_outlet_id": listed_outlet["id"],
                                                        "to_outlet_id": plain_outlet["id"], "quantity": 3}, 201)
    price_list = await post_ok(client, "/v1/marketplace/price-lists", {"code": f"PL-{uuid.uuid4().hex[:6].upper()}", "name": "Dhaka"}, 201)
    prices = f"/v1/marketplace/price-lists/{price_list['id']}/prices"
    tomorrow = TODAY + timedelta(days=1)
    await post_ok(client, prices, {"product_id": item["id"], "retail_price": "1260.00", "effective_from": TODAY.isoformat()}, 201)
    await post_ok(client, prices, {"product_id": item["id"], "retail_price": "1365.00", "effective_from": tomorrow.isoformat()}, 201)
    assert_problem(await client.post(prices, json={"product_id": item["id"], "retail_price": "700.00", "effective_from": tomorrow.isoformat()}),
                   422, "retail_price")  # below her 800.00
    assert_problem(await client.post(prices, json={"product_id": item["id"], "retail_price": "1200.00",
                                                   "effective_from": (TODAY - timedelta(days=3)).isoformat()}), 422, "effective_from")
    assert_problem(await client.post(prices, json={"product_id": str(uuid.uuid4()), "retail_price": "1200.00",
                                                   "effective_from": tomorrow.isoformat()}), 422, "product_id")
    assert_problem(await client.post(f"/v1/marketplace/price-lists/{uuid.uuid4()}/prices", json={
        "product_id": item["id"], "retail_price": "1200.00", "effective_from": tomorrow.isoformat()}), 404, "price_list_id")
    assert [(p["retail_price"]) for p in (await client.get(prices)).json()] == ["1260.00"]
    assert [(p["retail_price"]) for p in (await client.get(prices, params={"on": tomorrow.isoformat()})).json()] == ["1365.00"]

    follow = f"/v1/marketplace/outlets/{listed_outlet['id']}/price-list"
    assert_problem(await client.put(follow, json={"price_list_id": str(uuid.uuid4())}), 404, "price_list_id")
    r = await client.put(follow, json={"price_list_id": price_list["id"]})
    assert r.status_code == 200 and r.json()["price_list_id"] == price_list["id"]

    sold = await post_ok(client, f"/v1/marketplace/outlets/{listed_outlet['id']}/sales", sale_body(item), 201)
    assert (sold["lines"][0]["unit_price"], sold["total"], sold["vat"]) == ("1260.00", "1260.00", "60.00")
    elsewhere = await post_ok(client, f"/v1/marketplace/outlets/{plain_outlet['id']}/sales", sale_body(item), 201)
    assert elsewhere["lines"][0]["unit_price"] == "1050.00"  # the catalogue's: that outlet follows no list
    late = sale_body(item, sold_at=(datetime.now(UTC) - timedelta(days=2)).isoformat())
    before = await post_ok(client, f"/v1/marketplace/outlets/{listed_outlet['id']}/sales", late, 201)
    assert before["lines"][0]["unit_price"] == "1050.00"  # sold before the list's price stood

    order = await post_ok(client, f"/v1/marketplace/outlets/{listed_outlet['id']}/orders", {
        "channel": "online", "customer": {"name": "Rahima Begum", "mobile": "01712-345678"},
        "lines": [{"product_id": item["id"], "quantity": 1}]}, 201)
    assert order["total"] == "1260.00"
    adjust = f"/v1/marketplace/outlets/{listed_outlet['id']}/adjustments"
    markdown = {"kind": "markdown", "lot_id": lot["id"], "retail_price": "1260.00", "reason": "faded colour",
                "consent": {"by": "Salma Khatun", "on": TODAY.isoformat(), "reference": "call"}}
    report = (await client.get("/v1/marketplace/reports/stock", params={"outlet_id": listed_outlet["id"]})).json()
    assert {r["retail_price"] for r in report["rows"]} == {"1260.00"}
    assert_problem(await client.post(adjust, json=markdown), 422, "retail_price")  # not below this outlet's list price
    await post_ok(client, adjust, {**markdown, "retail_price": "1100.00"}, 201)  # above the catalogue's, below the list's
    report = (await client.get("/v1/marketplace/reports/stock", params={"outlet_id": listed_outlet["id"]})).json()
    assert {r["retail_price"] for r in report["rows"]} == {"1100.00"}


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_migration_0005_goes_down_and_up_again(dialect, make_database, tmp_path):
    from alembic import command

    url = make_database("marketplace_pricing") if dialect == "postgresql" else f"sqlite+aiosqlite:///{tmp_path}/pricing.db"

    async def shape() -> tuple[set[str], set[str]]:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            found = await conn.run_sync(lambda c: (set(inspect(c).get_table_names()),
                                                   {col["name"] for col in inspect(c).get_columns("market_outlets")}))
        await engine.dispose()
        return found

    upgrade("palli_marketplace", url)
    tables, columns = asyncio.run(shape())
    assert {"market_price_lists", "market_list_prices"} <= tables and "price_list_id" in columns
    command.downgrade(alembic_config("palli_marketplace", url), "0004")
    tables, columns = asyncio.run(shape())
    assert not {"market_price_lists", "market_list_prices"} & tables and "price_list_id" not in columns
    upgrade("palli_marketplace", url)
    assert "price_list_id" in asyncio.run(shape())[1]
