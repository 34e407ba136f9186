"""After the shelf: a customer's return refunded part by part to the poisha (her share taken back,
units restocked or written off), shrinkage and markdowns of her goods only with her consent, a
markdown's price at the till, unsold units returned to her; refusals name the field."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem
from palli_marketplace.testing import post_ok, sale_body

CONSENT = {"by": "Salma Khatun", "on": "2026-12-05", "reference": "slip 0412"}


async def _payloads(app, event_type: str, key: str) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.db.sessions() as s:
        rows = (await s.scalars(select(OutboxRecord).where(OutboxRecord.event_type == event_type, OutboxRecord.key == key)
                                .order_by(OutboxRecord.id))).all()
    return [r.envelope["payload"] for r in rows]


async def _on_shelf(client, outlet: dict) -> int:  # noqa: ANN001
    return sum(s["quantity"] for s in (await client.get(f"/v1/marketplace/outlets/{outlet['id']}/stock")).json())


async def test_a_line_returned_unit_by_unit_refunds_exactly_its_split(app, client, shop):
    outlet, item, _ = await shop.stocked(quantity=5, category="handicraft")  # 7.5% VAT: 1,050.00 x 3 = 3,150.00, VAT 219.77
    sale = await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 3), 201)
    assert (sale["vat"], sale["commission"], sale["producer_share"]) == ("219.77", "293.02", "2637.21")
    refunds = []
    for n in range(3):
        back = await post_ok(client, f"/v1/marketplace/sales/{sale['id']}/returns",
                             {"lines": [{"product_id": item["id"], "quantity": 1}], "reason": "wrong size", "restock": True}, 201)
        assert back["amount"] == "1050.00"
        refunds.append(back)
    events = await _payloads(app, "marketplace.sale.refunded", sale["id"])
    summed = {k: sum(int(e[k].replace(".", "")) for e in events) for k in ("amount", "vat", "commission", "producer_share")}
    assert summed == {"amount": 315000, "vat": 21977, "commission": 29302, "producer_share": 263721}  # the sale, to the poisha
    assert all(e[k] == "0.00" for e in events for k in ("owned_sales", "owned_cost")) and [e["restocked"] for e in events] == [True] * 3
    assert (await client.get(f"/v1/marketplace/producers/{item['producer_id']}/statement")).json()["balance"] == "0.00"
    assert await _on_shelf(client, outlet) == 5
    receipt = (await client.get(f"/v1/marketplace/sales/{sale['id']}")).json()
    assert (receipt["refunded"], receipt["lines"][0]["returned"]) == ("3150.00", 3)
    assert_problem(await client.post(f"/v1/marketplace/sales/{sale['id']}/returns", json={
        "lines": [{"product_id": item["id"], "quantity": 1}], "reason": "again", "restock": True}), 409, "lines.0.quantity")


async def test_returns_check_what_they_take_back(client, shop):
    outlet, item, _ = await shop.stocked(quantity=3)
    sale = await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 2, channel="nagad", reference="NG77"), 201)
    path = f"/v1/marketplace/sales/{sale['id']}/returns"
    line = {"product_id": item["id"], "quantity": 1}
    for body, status, field in [({"lines": [line], "reason": "torn", "restock": True}, 422, "reference"),  # a Nagad refund names its transaction
                                ({"lines": [{**line, "product_id": str(uuid.uuid4())}], "reason": "torn", "restock": True, "reference": "x"}, 422,
                                 "lines.0.product_id"),
                                ({"lines": [{**line, "quantity": 3}], "reason": "torn", "restock": True, "reference": "x"}, 409, "lines.0.quantity"),
                                ({"lines": [], "reason": "torn", "restock": True}, 422, "lines"),
                                ({"lines": [line], "reason": "", "restock": True}, 422, "reason"),
                                ({"lines": [line], "reason": "torn"}, 422, "restock")]:
        assert_problem(await client.post(path, json=body), status, field)
    assert_problem(await client.post(f"/v1/marketplace/sales/{uuid.uuid4()}/returns", json={"lines": [line], "reason": "torn", "restock": True}),
                   404, "sale_id")
    assert (await client.get(f"/v1/marketplace/sales/{sale['id']}")).json()["refunded"] == "0.00"


async def test_a_purchased_unit_returned_unfit_is_written_off_at_cost(app, client, shop):
    producer = await shop.producer()
    item, outlet = await shop.product(producer, category="handicraft", retail="215.00", producer_price="150.00"), await shop.outlet()
    lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "purchase", "quantity": 2}, 201)
    await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 2}, 200)
    sale = await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 1), 201)
    await post_ok(client, f"/v1/marketplace/sales/{sale['id']}/returns", {"lines": [{"product_id": item["id"], "quantity": 1}],
                                                                         "reason": "cracked", "restock": False}, 201)
    refund = (await _payloads(app, "marketplace.sale.refunded", sale["id"]))[0]
    assert (refund["owned_sales"], refund["owned_cost"], refund["producer_share"], refund["restocked"]) == ("200.00", "150.00", "0.00", False)
    written = [p for p in await _payloads(app, "marketplace.stock.adjusted", lot["id"])]
    assert [(p["kind"], p["written_off"], p["channel"]) for p in written] == [("shrinkage", "150.00", "purchase")]
    assert await _on_shelf(client, outlet) == 1


async def test_her_goods_are_written_off_or_marked_down_only_with_her_consent(app, client, shop):
    outlet, item, lot = await shop.stocked(quantity=6)
    path = f"/v1/marketplace/outlets/{outlet['id']}/adjustments"
    shrink = {"lot_id": lot["id"], "kind": "shrinkage", "quantity": 1, "reason": "water damage in the monsoon"}
    assert_problem(await client.post(path, json=shrink), 422, "consent")
    done = await post_ok(client, path, {**shrink, "consent": CONSENT}, 201)
    assert (done["written_off"], done["consent_by"]) == ("0.00", "Salma Khatun")  # her goods: her loss, nothing in the books
    mark = {"lot_id": lot["id"], "kind": "markdown", "retail_price": "840.00", "reason": "end of season"}
    assert_problem(await client.post(path, json=mark), 422, "consent")
    assert_problem(await client.post(path, json={**mark, "retail_price": "1050.00", "consent": CONSENT}), 422, "retail_price")
    assert_problem(await client.post(path, json={**mark, "retail_price": None, "consent": CONSENT}), 422, "retail_price")
    await post_ok(client, path, {**mark, "consent": CONSENT}, 201)
    sale = await post_ok(client, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale_body(item, 1), 201)
    # 840.00 with 5% VAT inside: 40.00 VAT, 800.00 net, 80.00 commission, 720.00 hers
    assert (sale["total"], sale["producer_share"], sale["lines"][0]["unit_price"]) == ("840.00", "720.00", "840.00")
    back = {"lot_id": lot["id"], "kind": "returned_to_producer", "quantity": 4, "reason": "unsold after the fair"}
    assert_problem(await client.post(path, json={**back, "quantity": 5}), 409, "quantity")
    await post_ok(client, path, back, 201)
    assert await _on_shelf(client, outlet) == 0
    kinds = [(p["kind"], p["quantity"], (p["consent"] or {}).get("reference")) for p in await _payloads(app, "marketplace.stock.adjusted", lot["id"])]
    assert kinds == [("shrinkage", 1, "slip 0412"), ("markdown", 5, "slip 0412"), ("returned_to_producer", 4, None)]
    assert_problem(await client.post(path, json={**shrink, "lot_id": str(uuid.uuid4()), "consent": CONSENT}), 422, "lot_id")
    assert_problem(await client.post(path, json={**shrink, "kind": "theft"}), 422, "kind")
    assert_problem(await client.post(path, json={**shrink, "quantity": None, "consent": CONSENT}), 422, "quantity")


async def test_a_purchased_lot_is_written_off_at_cost_and_never_returned_to_her(client, shop):
    producer = await shop.producer()
    item, outlet = await shop.product(producer, category="handicraft", retail="215.00", producer_price="150.00"), await shop.outlet()
    lot = await post_ok(client, "/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "purchase", "quantity": 3}, 201)
    await post_ok(client, f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 3}, 200)
    path = f"/v1/marketplace/outlets/{outlet['id']}/adjustments"
    done = await post_ok(client, path, {"lot_id": lot["id"], "kind": "shrinkage", "quantity": 2, "reason": "broken in transport"}, 201)
    assert done["written_off"] == "300.00"
    assert_problem(await client.post(path, json={"lot_id": lot["id"], "kind": "returned_to_producer", "quantity": 1, "reason": "unsold"}),
                   409, "kind")
