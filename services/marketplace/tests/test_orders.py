"""Orders: units held for a customer that no till can sell meanwhile, sold by the fulfilling sale
(once), released by a cancellation or an expired hold; partners see and act only on their own
orders and never take the payment; concurrent orders hold each unit once; refusals name the field;
migration 0004 goes down and up again."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, select, update
from sqlalchemy.ext.asyncio import create_async_engine
from typer.testing import CliRunner

from palli_common.migrations import alembic_config, upgrade
from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem
from palli_marketplace import cli
from palli_marketplace.adapters.tables import Order
from palli_marketplace.testing import post_ok, sale_body

PARTNER = {"partner": "pathao-shop", "subject": "pathao-shop", "roles": [], "scopes": ["marketplace:orders"]}


def order_body(item: dict, quantity: int = 1, channel: str = "online", **over) -> dict:  # noqa: ANN003
    return {"channel": channel, "customer": {"name": "Rahima Begum", "mobile": "01712-345678"},
            "lines": [{"product_id": item["id"], "quantity": quantity}], **over}


def key() -> dict:
    return {"Idempotency-Key": str(uuid.uuid4())}


async def _payloads(app, event_type: str, aggregate: str) -> list[dict]:  # noqa: ANN001
    async with app.state.runtime.db.sessions() as s:
        rows = (await s.scalars(select(OutboxRecord).where(OutboxRecord.event_type == event_type, OutboxRecord.key == aggregate)
                                .order_by(OutboxRecord.id))).all()
    return [r.envelope["payload"] for r in rows]


async def _shelf(client, outlet: dict) -> tuple[int, int]:  # noqa: ANN001
    """(units on hand, of them reserved) at the outlet, from the stock report."""
    report = (await client.get("/v1/marketplace/reports/stock", params={"outlet_id": outlet["id"]})).json()
    return report["totals"]["quantity"], report["totals"]["reserved"]


async def test_an_order_holds_units_the_till_cannot_sell_and_its_sale_sells_them_once(app, client, client_as, shop):
    outlet, item, lot = await shop.stocked(quantity=5)
    async with client_as(**PARTNER) as partner:
        r = await partner.post(f"/v1/marketplace/outlets/{outlet['id']}/orders", json=order_body(item, 3, channel="partner"), headers=key())
        assert r.status_code == 201, r.text
        order = r.json()
        # 3 x 1,050.00 with 5% VAT inside: 150.00
        assert (order["status"], order["total"], order["vat"], order["customer"]["mobile"]) == ("reserved", "3150.00", "150.00", "+8801712345678")
        assert [(x["lot_id"], x["quantity"], x["unit_price"], x["vat_rate"]) for x in order["lines"]] == [(lot["id"], 3, "1050.00", "5.00")]
        assert order["partner"] == "pathao-shop" and order["sale_id"] is None
        assert_problem(await partner.post(f"/v1/marketplace/orders/{order['id']}/fulfil", json={"channel": "cash"}, headers=key()),
                       403, "order_id")
    sales = f"/v1/marketplace/outlets/{outlet['id']}/sales"
    assert_problem(await client.post(sales, json=sale_body(item, 3)), 409, "lines.0.quantity")  # only 2 are free
    await post_ok(client, sales, sale_body(item, 2), 201)
    assert await _shelf(client, outlet) == (3, 3)
    on_hand = (await client.get(f"/v1/marketplace/outlets/{outlet['id']}/stock")).json()
    assert [(x["lot_id"], x["quantity"], x["reserved"]) for x in on_hand] == [(lot["id"], 3, 3)]
    fulfil = f"/v1/marketplace/orders/{order['id']}/fulfil"
    assert_problem(await client.post(fulfil, json={"channel": "bkash"}), 422, "reference")
    same = key()
    done = await client.post(fulfil, json={"channel": "bkash", "reference": "BK77Q1"}, headers=same)
    again = await client.post(fulfil, json={"channel": "bkash", "reference": "BK77Q1"}, headers=same)  # a retry: the first answer
    assert (done.status_code, again.status_code, again.headers.get("idempotent-replayed")) == (200, 200, "true")
    assert done.json() == again.json() and done.json()["status"] == "fulfilled"
    sale = (await client.get(f"/v1/marketplace/sales/{done.json()['sale_id']}")).json()
    assert (sale["order_id"], sale["client_id"], sale["total"], sale["channel"]) == (order["id"], f"order-{order['id']}", "3150.00", "bkash")
    assert [(x["lot_id"], x["quantity"]) for x in sale["lines"]] == [(lot["id"], 3)]
    assert await _shelf(client, outlet) == (0, 0)
    recorded = await _payloads(app, "marketplace.sale.recorded", sale["id"])
    assert len(recorded) == 1 and recorded[0]["order_id"] == order["id"] and recorded[0]["producer_share"] == "2700.00"
    assert_problem(await client.post(fulfil, json={"channel": "cash"}, headers=key()), 409, "order_id")
    assert [(p["status"], p["total"]) for p in await _payloads(app, "marketplace.order.reserved", order["id"])] == [("reserved", "3150.00")]
    assert [p["sale_id"] for p in await _payloads(app, "marketplace.order.fulfilled", order["id"])] == [sale["id"]]


async def test_a_cancelled_or_expired_order_puts_its_units_back_on_sale(app, client, shop, marketplace_db_url):
    outlet, item, _ = await shop.stocked(quantity=2)
    orders, sales = f"/v1/marketplace/outlets/{outlet['id']}/orders", f"/v1/marketplace/outlets/{outlet['id']}/sales"
    first = await post_ok(client, orders, order_body(item, 2), 201)
    assert_problem(await client.post(sales, json=sale_body(item, 1)), 409, "lines.0.quantity")
    cancelled = await post_ok(client, f"/v1/marketplace/orders/{first['id']}/cancel", {"reason": "she changed her mind"}, 200)
    assert (cancelled["status"], cancelled["reason"]) == ("cancelled", "she changed her mind")
    assert_problem(await client.post(f"/v1/marketplace/orders/{first['id']}/cancel", json={"reason": "again"}), 409, "order_id")
    assert await _shelf(client, outlet) == (2, 0)
    await post_ok(client, sales, sale_body(item, 1), 201)

    late = await post_ok(client, orders, order_body(item, 1, hold_until=(datetime.now(UTC) + timedelta(hours=2)).isoformat()), 201)
    assert_problem(await client.post(sales, json=sale_body(item, 1)), 409, "lines.0.quantity")
    async with app.state.runtime.db.uow() as uow:  # two hours on
        await uow.session.execute(update(Order).where(Order.id == uuid.UUID(late["id"])).values(hold_until=datetime.now(UTC) - timedelta(minutes=1)))
        await uow.commit()
    run = await asyncio.to_thread(CliRunner().invoke, cli.app, ["expire-orders"], env={"MARKETPLACE_DATABASE_URL": marketplace_db_url})
    assert run.exit_code == 0 and "orders expired" in run.output, run.output
    expired = (await client.get(f"/v1/marketplace/orders/{late['id']}")).json()
    assert expired["status"] == "expired" and expired["closed_at"] is not None
    assert_problem(await client.post(f"/v1/marketplace/orders/{late['id']}/fulfil", json={"channel": "cash"}), 409, "order_id")
    await post_ok(client, sales, sale_body(item, 1), 201)
    released = [p["status"] for p in await _payloads(app, "marketplace.order.cancelled", first["id"])]
    released += [p["status"] for p in await _payloads(app, "marketplace.order.cancelled", late["id"])]
    assert released == ["cancelled", "expired"]
    listed = (await client.get(orders, params={"status": "expired"})).json()
    assert [o["id"] for o in listed] == [late["id"]]


async def test_partners_see_and_act_only_on_their_own_orders(client, client_as, shop):
    outlet, item, _ = await shop.stocked(quantity=4)
    path = f"/v1/marketplace/outlets/{outlet['id']}/orders"
    other = {**PARTNER, "partner": "daraz-bd", "subject": "daraz-bd"}
    async with client_as(**PARTNER) as mine, client_as(**other) as theirs:
        assert_problem(await mine.post(path, json=order_body(item, 1, channel="partner")), 400, "Idempotency-Key")
        r = await mine.post(path, json=order_body(item, 1, channel="partner"), headers=key())
        assert r.status_code == 201, r.text
        order = r.json()
        assert (await mine.get(f"/v1/marketplace/orders/{order['id']}")).status_code == 200
        assert [o["id"] for o in (await mine.get(path)).json()] == [order["id"]]
        assert_problem(await theirs.get(f"/v1/marketplace/orders/{order['id']}"), 404, "order_id")
        assert_problem(await theirs.post(f"/v1/marketplace/orders/{order['id']}/cancel", json={"reason": "not ours"}), 404, "order_id")
        assert (await theirs.get(path)).json() == []
        await post_ok(mine, f"/v1/marketplace/orders/{order['id']}/cancel", {"reason": "customer unreachable"}, 200)
    assert_problem(await client.post(path, json=order_body(item, 1, channel="partner")), 422, "channel")  # staff take online orders
    async with client_as(roles=["marketplace_operator"], subject="op-elsewhere") as operator:
        assert_problem(await operator.post(path, json=order_body(item)), 403, "outlet_id")
        assert_problem(await operator.get(f"/v1/marketplace/orders/{order['id']}"), 403, "order_id")
    own = await shop.outlet(operator="op-9")
    async with client_as(roles=["marketplace_operator"], subject="op-9") as operator:
        assert_problem(await operator.post(f"/v1/marketplace/outlets/{own['id']}/orders", json=order_body(item)), 409, "lines.0.quantity")


async def test_concurrent_orders_for_the_last_units_hold_each_unit_once(client, client_as, shop):
    outlet, item, _ = await shop.stocked(quantity=3)
    async with client_as(**PARTNER) as partner:
        async def order() -> int:
            r = await partner.post(f"/v1/marketplace/outlets/{outlet['id']}/orders", json=order_body(item, 1, channel="partner"), headers=key())
            return r.status_code

        codes = await asyncio.gather(*(order() for _ in range(10)))
        assert sorted(codes) == [201] * 3 + [409] * 7
        assert len((await partner.get(f"/v1/marketplace/outlets/{outlet['id']}/orders", params={"status": "reserved"})).json()) == 3
    assert await _shelf(client, outlet) == (3, 3)
    assert_problem(await client.post(f"/v1/marketplace/outlets/{outlet['id']}/sales", json=sale_body(item, 1)), 409, "lines.0.quantity")


async def test_orders_refuse_what_they_cannot_take(client, shop):
    outlet, item, _ = await shop.stocked(quantity=2)
    path = f"/v1/marketplace/outlets/{outlet['id']}/orders"
    soon = datetime.now(UTC) + timedelta(hours=1)
    cases = [(order_body(item, 0), 422, "lines.0.quantity"), (order_body(item, 3), 409, "lines.0.quantity"),
             (order_body({"id": str(uuid.uuid4())}), 422, "lines.0.product_id"),
             (order_body(item, customer={"name": "Rahima", "mobile": "01212345678"}), 422, "customer.mobile"),
             (order_body(item, customer={"name": "Rahima", "mobile": "12345"}), 422, "customer.mobile"),
             (order_body(item, customer={"name": "", "mobile": "01712345678"}), 422, "customer.name"),
             ({**order_body(item), "lines": [{"product_id": item["id"], "quantity": 1}] * 2}, 422, "lines.1.product_id"),
             ({**order_body(item), "lines": []}, 422, "lines"), (order_body(item, channel="phone"), 422, "channel"),
             (order_body(item, hold_until=(datetime.now(UTC) - timedelta(hours=1)).isoformat()), 422, "hold_until"),
             (order_body(item, hold_until=soon.replace(tzinfo=None).isoformat()), 422, "hold_until"),
             (order_body(item, hold_until=(datetime.now(UTC) + timedelta(days=31)).isoformat()), 422, "hold_until")]
    for body, status, field in cases:
        assert_problem(await client.post(path, json=body), status, field)
    assert await _shelf(client, outlet) == (2, 0)
    assert_problem(await client.post(f"/v1/marketplace/outlets/{uuid.uuid4()}/orders", json=order_body(item)), 404, "outlet_id")
    order = await post_ok(client, path, order_body(item, 1), 201)
    assert_problem(await client.post(f"/v1/marketplace/orders/{order['id']}/cancel", json={}), 422, "reason")
    for channel in ("bkash", "nagad", "bangla_qr", "bank"):
        assert_problem(await client.post(f"/v1/marketplace/orders/{order['id']}/fulfil", json={"channel": channel}), 422, "reference")
    assert_problem(await client.post(f"/v1/marketplace/orders/{uuid.uuid4()}/fulfil", json={"channel": "cash"}), 404, "order_id")
    assert_problem(await client.get(f"/v1/marketplace/outlets/{outlet['id']}/orders", params={"status": "lost"}), 422, "status")


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_migration_0004_goes_down_and_up_again(dialect, make_database, tmp_path):
    from alembic import command

    url = make_database("marketplace_orders") if dialect == "postgresql" else f"sqlite+aiosqlite:///{tmp_path}/orders.db"

    async def tables() -> set[str]:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        await engine.dispose()
        return names

    upgrade("palli_marketplace", url)
    assert {"market_orders", "market_order_lines"} <= asyncio.run(tables())
    command.downgrade(alembic_config("palli_marketplace", url), "0003")
    assert not {"market_orders", "market_order_lines"} & asyncio.run(tables())
    upgrade("palli_marketplace", url)
    assert {"market_orders", "market_order_lines"} <= asyncio.run(tables())
