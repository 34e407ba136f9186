"""A consignment lot received and checked, part moved to a second outlet and sold there (an offline
tablet posting twice), the split to the poisha, the last unit sold once under concurrent tills,
and refusals naming the field."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem
from palli_marketplace.testing import post_ok, sale_body


async def test_a_lot_is_checked_moved_and_sold_once_with_its_split(app, client, shop):
    home, item, lot = await shop.stocked(quantity=10, accepted=8)
    assert (lot["accepted"], lot["rejected"], lot["status"]) == (8, 2, "checked")
    away = await shop.outlet()
    moved = await post_ok(client, "/v1/marketplace/transfers", {"lot_id": lot["id"], "from_outlet_id": home["id"], "to_outlet_id": away["id"],
                                                                "quantity": 3}, 201)
    assert [m["quantity"] for m in moved] == [5, 3] and all(m["lot_id"] == lot["id"] and m["mode"] == "consignment" for m in moved)
    body = sale_body(item, 2, client="tablet-7-0001", channel="bkash", reference="BK8N2K1")
    first = await client.post(f"/v1/marketplace/outlets/{away['id']}/sales", json=body)
    again = await client.post(f"/v1/marketplace/outlets/{away['id']}/sales", json=body)  # the tablet syncs twice
    assert (first.status_code, again.status_code) == (201, 200) and first.json()["id"] == again.json()["id"]
    sale = first.json()
    # 2 x 1,050.00 = 2,100.00 with 5% VAT inside: 100.00 VAT, 2,000.00 net, 10% commission 200.00, her share 1,800.00
    assert (sale["total"], sale["vat"], sale["commission"], sale["producer_share"]) == ("2100.00", "100.00", "200.00", "1800.00")
    assert sale["lines"][0]["lot_id"] == lot["id"] and sale["lines"][0]["vat_rate"] == "5.00"
    stock = {s["outlet_id"]: s["quantity"] for s in [*(await client.get(f"/v1/marketplace/outlets/{home['id']}/stock")).json(),
                                                     *(await client.get(f"/v1/marketplace/outlets/{away['id']}/stock")).json()]}
    assert stock == {home["id"]: 5, away["id"]: 1}
    async with app.state.runtime.db.sessions() as s:
        events = (await s.scalars(select(OutboxRecord).where(OutboxRecord.event_type == "marketplace.sale.recorded",
                                                              OutboxRecord.key == sale["id"]))).all()
    assert len(events) == 1 and events[0].envelope["payload"]["producer_share"] == "1800.00"
    assert (await client.get(f"/v1/marketplace/sales/{sale['id']}")).json()["total"] == "2100.00"
    assert_problem(await client.post(f"/v1/marketplace/outlets/{away['id']}/sales", json={**body, "lines": [
        {"product_id": item["id"], "quantity": 1}]}), 409, "client_id")


async def test_sixteen_tills_on_the_last_units_sell_each_unit_once(client, shop):
    outlet, item, _ = await shop.stocked(quantity=3)

    async def till(n: int) -> int:
        r = await client.post(f"/v1/marketplace/outlets/{outlet['id']}/sales", json=sale_body(item, 1, client=f"till-{n}"))
        return r.status_code

    codes = await asyncio.gather(*(till(n) for n in range(16)))
    assert sorted(codes) == [201] * 3 + [409] * 13
    assert (await client.get(f"/v1/marketplace/outlets/{outlet['id']}/stock")).json() == []


async def test_sales_refuse_what_they_cannot_take(client, client_as, shop):
    outlet, item, _ = await shop.stocked(quantity=2)
    path = f"/v1/marketplace/outlets/{outlet['id']}/sales"
    other = await shop.product(await shop.producer())
    cases = [(sale_body(item, 3), 409, "lines.0.quantity"), (sale_body(other, 1), 409, "lines.0.quantity"),
             (sale_body(item, 0), 422, "lines.0.quantity"), (sale_body(item, 1, channel="nagad"), 422, "reference"),
             (sale_body(item, 1, channel="cheque"), 422, "channel"),
             (sale_body(item, 1, sold_at=(datetime.now(UTC) + timedelta(hours=2)).isoformat()), 422, "sold_at"),
             (sale_body(item, 1, sold_at="2026-12-01T10:00:00"), 422, "sold_at"),
             ({**sale_body(item, 1), "lines": [{"product_id": item["id"], "quantity": 1}, {"product_id": item["id"], "quantity": 1}]}, 422,
              "lines.1.product_id"),
             ({**sale_body(item, 1), "lines": []}, 422, "lines")]
    for body, status, field in cases:
        assert_problem(await client.post(path, json=body), status, field)
    assert sum(s["quantity"] for s in (await client.get(f"/v1/marketplace/outlets/{outlet['id']}/stock")).json()) == 2
    async with client_as(roles=["marketplace_operator"], subject="someone-else") as operator:
        assert_problem(await operator.post(path, json=sale_body(item, 1)), 403, "outlet_id")
    mine = await shop.outlet(operator="op-1")
    async with client_as(roles=["marketplace_operator"], subject="op-1") as operator:
        assert (await operator.get(f"/v1/marketplace/outlets/{mine['id']}/stock")).status_code == 200


async def test_catalogue_and_lots_check_their_input(client, shop):
    producer = await shop.producer()
    body = {"producer_id": producer["id"], "code": "JUTE-BAG", "name": "Jute bag", "name_bn": "পাটের ব্যাগ", "category": "handicraft",
            "unit": "piece", "producer_price": "150.00", "retail_price": "220.00"}
    for over, field in [({"category": "jewellery"}, "category"), ({"retail_price": "100.00"}, "retail_price"),
                        ({"unit": "sack"}, "unit"), ({"producer_price": "1.234"}, "producer_price"), ({"code": "jute bag"}, "code")]:
        assert_problem(await client.post("/v1/marketplace/products", json={**body, **over}), 422, field)
    item = await post_ok(client, "/v1/marketplace/products", body, 201)
    assert_problem(await client.post("/v1/marketplace/products", json=body), 409, "code")
    outlet = await shop.outlet()
    lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "purchase",
                                                         "quantity": 5}, 201)
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/quality-check", json={"accepted": 6}), 422, "accepted")
    await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 5}, 200)
    assert_problem(await client.post(f"/v1/marketplace/lots/{lot['id']}/quality-check", json={"accepted": 5}), 409, "lot_id")
    assert_problem(await client.post("/v1/marketplace/transfers", json={"lot_id": lot["id"], "from_outlet_id": outlet["id"],
                                                                        "to_outlet_id": outlet["id"], "quantity": 1}), 422, "to_outlet_id")
    away = await shop.outlet()
    assert_problem(await client.post("/v1/marketplace/transfers", json={"lot_id": lot["id"], "from_outlet_id": outlet["id"],
                                                                        "to_outlet_id": away["id"], "quantity": 6}), 409, "quantity")
    assert_problem(await client.post("/v1/marketplace/producers", json={"member_id": producer["member_id"]}), 409, "member_id")
    assert_problem(await client.post("/v1/marketplace/producers", json={"member_id": str(uuid.uuid4())}), 422, "member_id")
    assert_problem(await client.post("/v1/marketplace/outlets", json={"code": "PB-X", "name": "x", "name_bn": "x", "district": "Nowhere",
                                                                      "upazila": "Mirzapur"}), 422, "district")
