"""Events become deliveries: once per (endpoint, event), only for endpoints that subscribed to the
type and whose partner may see it (scopes, branches, an order only to its own partner)."""

from __future__ import annotations

import importlib
import inspect
import uuid
from datetime import UTC, datetime

from palli_common.events import EventContract, new_event
from palli_lending.contracts import events as loan_events
from palli_webhooks.domain import catalogue
from palli_webhooks.service.fanout import on_event
from palli_webhooks.testing import BRANCH_A, BRANCH_B, register


async def test_an_event_is_queued_once_for_each_endpoint_that_wants_it(partner, client_as, apply_event, make_loan_event, deliveries_of,
                                                                      db):
    everything = await register(partner, types=["lending.loan.*"])
    disbursed_only = await register(partner, types=["lending.loan.disbursed"])
    closed_only = await register(partner, types=["lending.loan.closed"])
    event = make_loan_event()
    assert await apply_event(event)
    assert not await apply_event(event)  # the inbox: a redelivered event changes nothing
    async with db.uow() as uow:  # and straight through the handler again (a second consumer name, a DLQ replay...)
        await on_event(uow, event)
        await uow.commit()
    for endpoint, expected in ((everything, 1), (disbursed_only, 1), (closed_only, 0)):
        rows = await deliveries_of(endpoint["id"])
        assert len(rows) == expected, endpoint["event_types"]
    row = (await deliveries_of(everything["id"]))[0]
    assert row.event_id == event.id and row.event_type == "lending.loan.disbursed" and row.state == "pending" and row.replay_number == 0
    log = (await partner.get(f"/v1/webhooks/endpoints/{everything['id']}/deliveries")).json()["items"]
    assert [(d["event_id"], d["state"], d["attempts"]) for d in log] == [(str(event.id), "pending", 0)]


async def test_a_branch_scoped_partner_hears_only_of_its_branches(client_as, apply_event, make_loan_event, deliveries_of):
    async with client_as(partner=f"p-{uuid.uuid4().hex[:8]}", scopes=["loans:read"], branches=[BRANCH_A]) as c:
        endpoint = await register(c)
    here, there = make_loan_event(branch_id=BRANCH_A), make_loan_event(branch_id=BRANCH_B)
    await apply_event(here)
    await apply_event(there)
    assert [d.event_id for d in await deliveries_of(endpoint["id"])] == [here.id]


async def test_scopes_are_checked_when_the_event_arrives(client_as, apply_event, make_loan_event, deliveries_of, partner_id):
    """A partner that lost loans:read at the gateway (its next request here says so) gets no more loan events."""
    async with client_as(partner=partner_id, scopes=["loans:read"]) as c:
        endpoint = await register(c)
    async with client_as(partner=partner_id, scopes=["members:read"]) as c:
        assert (await c.get("/v1/webhooks/endpoints")).status_code == 200  # refreshes its endpoints' scopes
    await apply_event(make_loan_event())
    assert await deliveries_of(endpoint["id"]) == []


async def test_deleted_endpoints_get_nothing(partner, apply_event, make_loan_event, deliveries_of):
    endpoint = await register(partner)
    await partner.delete(f"/v1/webhooks/endpoints/{endpoint['id']}")
    await apply_event(make_loan_event())
    assert await deliveries_of(endpoint["id"]) == []


def _order_event(partner: str | None):
    from palli_marketplace.contracts import events as market

    order_id = uuid.uuid4()
    fact = market.OrderReserved(order_id=str(order_id), outlet_id=str(uuid.uuid4()), branch_id=str(BRANCH_A), channel="partner",
                                partner=partner, status="reserved", customer_name="Rahima", customer_mobile="+8801712345678",
                                hold_until=datetime.now(UTC), total="100.00", vat="5.00", lines=[])
    return new_event(fact, aggregate_id=order_id, aggregate_version=1)


async def test_an_order_goes_only_to_the_partner_who_took_it(client_as, client, apply_event, deliveries_of):
    mine, theirs = f"p-{uuid.uuid4().hex[:8]}", f"q-{uuid.uuid4().hex[:8]}"
    async with client_as(partner=mine, scopes=["marketplace:orders"]) as c:
        my_endpoint = await register(c, types=["marketplace.order.*"])
    async with client_as(partner=theirs, scopes=["marketplace:read"]) as c:
        their_endpoint = await register(c, types=["marketplace.*"])
    admin_endpoint = await register(client, types=["marketplace.order.reserved"])
    event = _order_event(mine)
    await apply_event(event)
    assert [d.event_id for d in await deliveries_of(my_endpoint["id"])] == [event.id]
    assert await deliveries_of(their_endpoint["id"]) == []
    assert [d.event_id for d in await deliveries_of(admin_endpoint["id"])] == [event.id]


async def test_types_outside_the_catalogue_are_not_sent(client, apply_event, deliveries_of):
    endpoint = await register(client, types=["lending.loan.*"])
    fact = loan_events.LoanApproved(loan_id=str(uuid.uuid4()), member_id=str(uuid.uuid4()), group_id=str(uuid.uuid4()),
                                    branch_id=str(BRANCH_A), product_id=str(uuid.uuid4()), product_code="GEN-MC", status="approved",
                                    loan_principal="100.00")
    envelope = new_event(fact, aggregate_id=uuid.uuid4(), aggregate_version=1)
    envelope.type = "lending.loan.teleported"  # a type lending adds tomorrow: not sent until the catalogue lists it
    await apply_event(envelope)
    assert await deliveries_of(endpoint["id"]) == []


CONTRACTS = {"palli_lending": "lending.loan.", "palli_members": "members.member.", "palli_savings": "savings.account.",
             "palli_marketplace": "marketplace."}


def test_the_catalogue_lists_every_event_type_of_the_topics_it_covers():
    """Against each owning service's contracts: a type added there must be added here (with its scope), or this fails."""
    published: set[str] = set()
    for package, prefix in CONTRACTS.items():
        module = importlib.import_module(f"{package}.contracts.events")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            event_type = getattr(cls, "event_type", None)
            if issubclass(cls, EventContract) and isinstance(event_type, str) and event_type.startswith(prefix):
                published.add(event_type)
    assert published == set(catalogue.EVENT_TYPES)
    consumed = {key for keys in catalogue.TOPIC_KEYS.values() for key in keys}
    assert {t.rsplit(".", 1)[0] + ".*" for t in published} == consumed
