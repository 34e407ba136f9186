"""Reports: sales by product, producer, outlet and day summed to the poisha against the sales posted
here (her consignment goods, a purchased lot, a return), as JSON and CSV; stock on hand with its
reserved units, age, bucket and value; bad periods and groupings refused naming the field."""

from __future__ import annotations

import csv
import uuid
from datetime import timedelta

from sqlalchemy import update

from palli_common.testing.http import assert_problem
from palli_marketplace.adapters.tables import Lot
from palli_marketplace.service.common import business_today
from palli_marketplace.testing import post_ok, sale_body

CONSENT = {"by": "Salma Khatun", "on": "2026-12-05", "reference": "slip 0413"}
SALES = "/v1/marketplace/reports/sales"


async def _purchased(client, shop, outlet: dict, quantity: int) -> tuple[dict, dict]:  # noqa: ANN001
    """(product, lot): a handicraft (7.5% VAT) bought from a second producer, checked at the outlet."""
    item = await shop.product(await shop.producer(), category="handicraft", retail="215.00", producer_price="150.00")
    lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "purchase",
                                                         "quantity": quantity}, 201)
    return item, await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": quantity}, 200)


def _csv(response) -> list[list[str]]:  # noqa: ANN001
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv"), response.text
    return list(csv.reader(response.content.decode("utf-8-sig").splitlines()))


def _figures(row: dict) -> tuple:
    return tuple(row[k] for k in ("units", "sales", "vat", "commission", "producer_share", "owned_sales", "refunds", "net"))


async def test_sales_report_sums_sales_refunds_and_purchased_goods(client, client_as, shop):
    outlet, kantha, _ = await shop.stocked(quantity=5)
    pot, _ = await _purchased(client, shop, outlet, 4)
    sold = await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(kantha, 2), 201)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(pot, 2), 201)
    await post_ok(client, f"/v1/marketplace/sales/{sold['id']}/returns", {"lines": [{"product_id": kantha["id"], "quantity": 1}],
                                                                          "reason": "wrong colour", "restock": True}, 201)
    today = business_today().isoformat()
    period = {"from": today, "to": today, "outlet_id": outlet["id"]}
    report = (await client.get(SALES, params={**period, "group_by": "product"})).json()
    # her kantha: 2 x 1,050.00, 5% VAT 100.00, 10% commission 200.00, her 1,800.00; one returned, 1,050.00 refunded
    # the pots, bought: 2 x 215.00 = 430.00, 7.5% VAT 30.00, the outlet's own 400.00
    by_key = {r["key"]: _figures(r) for r in report["rows"]}
    assert by_key == {kantha["id"]: (2, "2100.00", "100.00", "200.00", "1800.00", "0.00", "1050.00", "1050.00"),
                      pot["id"]: (2, "430.00", "30.00", "0.00", "0.00", "400.00", "0.00", "430.00")}
    totals = (4, "2530.00", "130.00", "200.00", "1800.00", "400.00", "1050.00", "1480.00")
    assert _figures(report["totals"]) == totals and report["group_by"] == "product"
    assert {r["label"] for r in report["rows"]} == {f"{kantha['code']} {kantha['name']}", f"{pot['code']} {pot['name']}"}
    outlets = (await client.get(SALES, params={**period, "group_by": "outlet"})).json()["rows"]
    assert [(r["key"], _figures(r)) for r in outlets] == [(outlet["id"], totals)]
    days = (await client.get(SALES, params={**period, "group_by": "day"})).json()["rows"]
    assert [(r["key"], _figures(r)) for r in days] == [(today, totals)]
    producers = (await client.get(SALES, params={**period, "group_by": "producer"})).json()["rows"]
    assert {r["key"]: r["net"] for r in producers} == {kantha["producer_id"]: "1050.00", pot["producer_id"]: "430.00"}
    hers = (await client.get(SALES, params={**period, "group_by": "producer", "producer_id": kantha["producer_id"]})).json()
    assert [r["key"] for r in hers["rows"]] == [kantha["producer_id"]] and hers["totals"]["sales"] == "2100.00"
    yesterday = (business_today() - timedelta(days=1)).isoformat()
    before = (await client.get(SALES, params={**period, "from": yesterday, "to": yesterday})).json()
    assert before["rows"] == [] and _figures(before["totals"]) == (0, *["0.00"] * 7)

    lines = _csv(await client.get(SALES, params={**period, "group_by": "product", "format": "csv"}))
    assert lines[0] == ["product", "label", "units", "sales", "vat", "commission", "producer_share", "owned_sales", "refunds", "net"]
    assert [kantha["id"], f"{kantha['code']} {kantha['name']}", "2", "2100.00", "100.00", "200.00", "1800.00", "0.00", "1050.00", "1050.00"] in lines
    assert lines[-1] == ["total", "total", "4", "2530.00", "130.00", "200.00", "1800.00", "400.00", "1050.00", "1480.00"] and len(lines) == 4
    assert _csv(await client.get(SALES, params=period, headers={"Accept": "text/csv"}))[0][:3] == ["outlet", "label", "units"]

    async with client_as(partner="pathao-shop", subject="pathao-shop", roles=[], scopes=["marketplace:read"]) as partner:
        assert (await partner.get(SALES, params=period)).json()["totals"]["net"] == "1480.00"
    async with client_as(roles=["marketplace_operator"], subject="op-elsewhere") as operator:
        assert_problem(await operator.get(SALES, params=period), 403, "outlet_id")
        assert (await operator.get(SALES, params={"from": today, "to": today})).json()["rows"] == []  # runs no outlet


async def test_stock_report_ages_reserved_units_and_values_them(app, client, shop):
    outlet, kantha, fresh = await shop.stocked(quantity=5)
    old = await post_ok(client, "/v1/marketplace/lots", {"product_id": kantha["id"], "outlet_id": outlet["id"], "mode": "consignment",
                                                         "quantity": 1}, 201)
    await post_ok(client, f"/v1/marketplace/lots/{old['id']}/quality-check", {"accepted": 1}, 200)
    pot, bought = await _purchased(client, shop, outlet, 4)
    async with app.state.runtime.db.uow() as uow:  # lots that came in 91 and 45 days ago
        for lot, days in ((old, 91), (bought, 45)):
            await uow.session.execute(update(Lot).where(Lot.id == uuid.UUID(lot["id"])).values(received_on=business_today() - timedelta(days=days)))
        await uow.commit()
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/adjustments", {"lot_id": bought["id"], "kind": "markdown", "retail_price": "200.00",
                                                                                  "reason": "chipped glaze"}, 201)
    await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/orders", {"channel": "online", "customer": {"name": "Rahima", "mobile": "01812345678"},
                                                                             "lines": [{"product_id": kantha["id"], "quantity": 2}]}, 201)
    report = (await client.get("/v1/marketplace/reports/stock", params={"outlet_id": outlet["id"]})).json()
    rows = {r["lot_id"]: (r["quantity"], r["reserved"], r["age_days"], r["bucket"], r["retail_value"], r["producer_value"]) for r in report["rows"]}
    # the old lot is the oldest, so the order holds its unit first, then one of the fresh lot's
    assert rows == {fresh["id"]: (5, 1, 0, "0-30", "5250.00", "4000.00"), old["id"]: (1, 1, 91, "90+", "1050.00", "800.00"),
                    bought["id"]: (4, 0, 45, "31-60", "800.00", "600.00")}
    assert [(b["bucket"], b["quantity"], b["retail_value"]) for b in report["buckets"]] == [("0-30", 5, "5250.00"), ("31-60", 4, "800.00"),
                                                                                            ("90+", 1, "1050.00")]
    assert report["totals"] == {"quantity": 10, "reserved": 2, "retail_value": "7100.00", "producer_value": "5400.00"}
    lines = _csv(await client.get("/v1/marketplace/reports/stock", params={"outlet_id": outlet["id"], "format": "csv"}))
    assert lines[0] == ["outlet_code", "product_code", "product_name", "lot_id", "mode", "quantity", "reserved", "received_on", "age_days", "bucket",
                        "retail_price", "producer_price", "retail_value", "producer_value"]
    assert [outlet["code"], pot["code"], pot["name"], bought["id"], "purchase", "4", "0", str(business_today() - timedelta(days=45)), "45", "31-60",
            "200.00", "150.00", "800.00", "600.00"] in lines
    assert len(lines) == 4
    assert_problem(await client.get("/v1/marketplace/reports/stock", params={"outlet_id": str(uuid.uuid4())}), 404, "outlet_id")


async def test_reports_refuse_bad_periods_and_groupings(client):
    today = business_today()
    for params, field in [({"from": today.isoformat(), "to": (today - timedelta(days=1)).isoformat()}, "to"),
                          ({"from": (today - timedelta(days=366)).isoformat(), "to": today.isoformat()}, "from"),
                          ({"group_by": "week"}, "group_by"), ({"from": "05/12/2026"}, "from"), ({"format": "xlsx"}, "format"),
                          ({"outlet_id": "PB-1"}, "outlet_id")]:
        assert_problem(await client.get(SALES, params=params), 422, field)
    year = (await client.get(SALES, params={"from": (today - timedelta(days=365)).isoformat(), "to": today.isoformat()}))
    assert year.status_code == 200, year.text  # 366 days, counting both ends
