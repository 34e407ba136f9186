"""Maker-checker for posting rules and the chart: an admin proposes (202, nothing changes), a
different admin approves (applied, evented) or either rejects with a reason; a stale update and
a second concurrent approval are refused; only admins take part."""

from __future__ import annotations

import asyncio
import uuid

from palli_common.testing.http import assert_problem

CASH_FEE = [{"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]
BANK_FEE = [{"side": "debit", "account": "1120", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]


def new_type() -> str:
    return f"lending.loan.fee_{uuid.uuid4().hex[:8]}"


async def test_a_rule_change_waits_for_a_second_admin(books, client, make_loan_event, apply_event, posted_for, outbox_of):
    rule = (await books.post("/v1/ledger/posting-rules", json={"event_type": (event_type := new_type()), "description": "fee",
                                                               "lines": CASH_FEE})).json()
    r = await books.maker.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"lines": BANK_FEE}, headers={"If-Match": '"1"'})
    assert r.status_code == 202, r.text
    change = r.json()
    assert (change["status"], change["action"], change["target_key"], change["base_version"]) == ("pending", "update", rule["id"], 1)
    before = make_loan_event(event_type, amount="10.00")
    await apply_event(before)
    assert (await posted_for(before.id))[1] == [("1110", 1_000, 0), ("4130", 0, 1_000)]  # the rule as it was

    queue = (await client.get("/v1/ledger/book-changes", params={"status": "pending", "target": "posting_rule", "limit": 200})).json()
    assert change["id"] in [c["id"] for c in queue["items"]]
    r = await books.checker.post(f"/v1/ledger/book-changes/{change['id']}/approve", headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["result"]["lines"], r.json()["result"]["version"]) == ("applied", BANK_FEE, 2)
    after = make_loan_event(event_type, amount="20.00")
    await apply_event(after)
    assert (await posted_for(after.id))[1] == [("1120", 2_000, 0), ("4130", 0, 2_000)]
    events = await outbox_of(change["id"])
    assert [t for t, _ in events] == ["ledger.book_change.proposed", "ledger.book_change.applied"]
    assert (events[1][1]["proposed_by"], events[1][1]["approved_by"], events[1][1]["target_key"]) == ("admin-maker", "admin-checker", rule["id"])
    assert_problem(await books.checker.post(f"/v1/ledger/book-changes/{change['id']}/approve"), 409, "status")


async def test_a_rejected_change_changes_nothing(books, client, outbox_of):
    r = await books.maker.post("/v1/ledger/posting-rules", json={"event_type": (event_type := new_type()), "description": "fee",
                                                                "lines": CASH_FEE})
    change = r.json()
    assert_problem(await books.checker.post(f"/v1/ledger/book-changes/{change['id']}/reject", json={"reason": " "}), 422, "reason")
    r = await books.maker.post(f"/v1/ledger/book-changes/{change['id']}/reject", json={"reason": "wrong income account"})  # withdrawn
    assert r.status_code == 200 and (r.json()["status"], r.json()["reason"]) == ("rejected", "wrong income account")
    assert (await client.get("/v1/ledger/posting-rules", params={"event_type": event_type})).json()["items"] == []
    assert_problem(await books.checker.post(f"/v1/ledger/book-changes/{change['id']}/approve"), 409, "status")
    assert [t for t, _ in await outbox_of(change["id"])] == ["ledger.book_change.proposed", "ledger.book_change.rejected"]


async def test_an_update_proposed_on_an_old_version_is_not_applied(books):
    rule = (await books.post("/v1/ledger/posting-rules", json={"event_type": new_type(), "description": "fee", "lines": CASH_FEE})).json()
    stale = (await books.maker.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"description": "first"})).json()
    assert (await books.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"description": "second"})).json()["version"] == 2
    assert_problem(await books.checker.post(f"/v1/ledger/book-changes/{stale['id']}/approve"), 409, "version")
    assert (await books.checker.get(f"/v1/ledger/book-changes/{stale['id']}")).json()["status"] == "pending"  # nothing half-done


async def test_a_proposal_is_checked_again_when_approved(books, client):
    """Two proposals for the same new rule: both pass when proposed, the second approval finds the first."""
    body = {"event_type": new_type(), "description": "fee", "lines": CASH_FEE}
    first, second = [(await books.maker.post("/v1/ledger/posting-rules", json=body)).json() for _ in range(2)]
    assert (await books.checker.post(f"/v1/ledger/book-changes/{first['id']}/approve")).status_code == 200
    assert_problem(await books.checker.post(f"/v1/ledger/book-changes/{second['id']}/approve"), 409, "channel")


async def test_concurrent_approvals_apply_once(books, client_as, db):
    r = await books.maker.post("/v1/ledger/accounts", json={"code": f"5299-{uuid.uuid4().hex[:6].upper()}", "name": "Fuel",
                                                            "type": "expense", "parent_code": "5000"})
    change = r.json()
    async with client_as(roles=["admin"], subject="admin-third") as third:
        answers = await asyncio.gather(*(c.post(f"/v1/ledger/book-changes/{change['id']}/approve") for c in (books.checker, third) * 2))
    assert sorted(a.status_code for a in answers) == [200, 409, 409, 409], [a.text for a in answers]
    applied = [a.json() for a in answers if a.status_code == 200]
    assert applied[0]["result"]["code"] == change["target_key"]


async def test_only_admins_propose_and_decide(books, client_as):
    change = (await books.maker.post("/v1/ledger/posting-rules", json={"event_type": new_type(), "description": "fee",
                                                                       "lines": CASH_FEE})).json()
    async with client_as(roles=["accountant"]) as accountant:
        assert_problem(await accountant.post("/v1/ledger/posting-rules", json={"event_type": new_type(), "description": "x",
                                                                               "lines": CASH_FEE}), 403)
        assert_problem(await accountant.patch(f"/v1/ledger/accounts/1110", json={"name": "Cash"}), 403)
        assert_problem(await accountant.post(f"/v1/ledger/book-changes/{change['id']}/approve"), 403)
        assert_problem(await accountant.post(f"/v1/ledger/book-changes/{change['id']}/reject", json={"reason": "no"}), 403)
    assert_problem(await books.checker.post(f"/v1/ledger/book-changes/{uuid.uuid4()}/approve"), 404)
    assert_problem(await books.checker.get(f"/v1/ledger/book-changes/{uuid.uuid4()}"), 404)
    assert_problem(await books.checker.get("/v1/ledger/book-changes", params={"status": "done"}), 422, "status")
    assert_problem(await books.checker.get("/v1/ledger/book-changes", params={"cursor": "bm9wZQ"}), 422, "cursor")
