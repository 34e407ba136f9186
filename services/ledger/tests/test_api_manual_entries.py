"""Manual entries and reversals: refused unless balanced and on postable accounts, posted only
when a second accountant approves, rejected with a reason, reversed at most once; all within the
caller's branches."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem, each_case

MAKER, CHECKER = "accountant-rahim", "accountant-karim"


@pytest.fixture
async def desk(client_as):
    """Two accountants of every branch."""
    async with client_as(roles=["accountant"], subject=MAKER) as maker, client_as(roles=["accountant"], subject=CHECKER) as checker:
        yield maker, checker


def salary_entry(branch_id: uuid.UUID | None, amount: str = "15000.00", **change) -> dict:  # noqa: ANN003
    return {
        "posted_on": "2026-11-01", "branch_id": str(branch_id) if branch_id else None, "description": "November salary, field officer",
        "reference": "PAY-2026-11", "lines": [
            {"account_code": "5210", "debit": amount, "memo": "basic and allowances"}, {"account_code": "1110", "credit": amount},
        ], **change,
    }


async def test_maker_checker_posts_only_on_a_second_approval(desk, outbox_of, client):
    maker, checker = desk
    branch = uuid.uuid4()
    r = await maker.post("/v1/ledger/manual-entries", json=salary_entry(branch))
    assert r.status_code == 201, r.text
    entry = r.json()
    assert (entry["kind"], entry["status"], entry["total"], entry["created_by"]) == ("manual", "pending_approval", "15000.00", MAKER)
    assert [(l["account_code"], l["debit"], l["credit"]) for l in entry["lines"]] == [("5210", "15000.00", "0.00"), ("1110", "0.00", "15000.00")]
    assert [t for t, _ in await outbox_of(entry["id"])] == ["ledger.journal.submitted"]
    r = await client.get("/v1/ledger/journal-entries", params={"account": "5210", "branch_id": str(branch)})
    assert r.json()["items"] == []  # nothing in the books yet

    body = assert_problem(await maker.post(f"/v1/ledger/manual-entries/{entry['id']}/approve"), 403)
    assert "another accountant" in body["detail"]
    r = await checker.post(f"/v1/ledger/manual-entries/{entry['id']}/approve")
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["approved_by"]) == ("posted", CHECKER) and r.json()["posted_at"]
    posted = (await client.get("/v1/ledger/journal-entries", params={"account": "5210", "branch_id": str(branch)})).json()["items"]
    assert [e["id"] for e in posted] == [entry["id"]]
    assert [(l["account_code"], l["debit"], l["credit"], l["memo"]) for l in posted[0]["lines"]] == [
        ("5210", "15000.00", "0.00", "basic and allowances"), ("1110", "0.00", "15000.00", None)]
    events = await outbox_of(entry["id"])
    assert [t for t, _ in events] == ["ledger.journal.submitted", "ledger.journal.posted"]
    assert events[1][1]["kind"] == "manual" and events[1][1]["total"] == "15000.00"

    assert_problem(await checker.post(f"/v1/ledger/manual-entries/{entry['id']}/approve"), 409, "status")
    assert_problem(await checker.post(f"/v1/ledger/manual-entries/{entry['id']}/reject", json={"reason": "late"}), 409, "status")


async def test_rejection_needs_a_reason_and_posts_nothing(desk, outbox_of):
    maker, checker = desk
    entry = (await maker.post("/v1/ledger/manual-entries", json=salary_entry(None, "900.00"))).json()
    assert_problem(await checker.post(f"/v1/ledger/manual-entries/{entry['id']}/reject", json={"reason": "  "}), 422, "reason")
    r = await checker.post(f"/v1/ledger/manual-entries/{entry['id']}/reject", json={"reason": "wrong month"})
    assert r.status_code == 200 and (r.json()["status"], r.json()["rejection_reason"]) == ("rejected", "wrong month")
    assert [t for t, _ in await outbox_of(entry["id"])] == ["ledger.journal.submitted", "ledger.journal.rejected"]
    assert_problem(await checker.post(f"/v1/ledger/manual-entries/{entry['id']}/approve"), 409, "status")
    r = await maker.get(f"/v1/ledger/manual-entries/{entry['id']}")
    assert r.json()["status"] == "rejected" and r.headers["ETag"] == '"2"'


async def test_bad_entries_are_refused_naming_the_line(desk, client, books):
    maker, _ = desk
    header = {"account_code": "1100", "debit": "10.00"}
    inactive = f"5299-{uuid.uuid4().hex[:6].upper()}"
    await books.post("/v1/ledger/accounts", json={"code": inactive, "name": "Closed", "type": "expense", "parent_code": "5000"})
    await books.patch(f"/v1/ledger/accounts/{inactive}", json={"active": False})
    dr, cr = {"account_code": "5210", "debit": "10.00"}, {"account_code": "1110", "credit": "10.00"}
    cases = [
        ("one line", {"lines": [dr]}, "lines", None),
        ("no lines", {"lines": []}, "lines", None),
        ("both sides", {"lines": [{**dr, "credit": "10.00"}, cr]}, "lines.0.credit", None),
        ("neither side", {"lines": [dr, {"account_code": "1110"}]}, "lines.1.debit", None),
        ("zero", {"lines": [{**dr, "debit": "0.00"}, {**cr, "credit": "0.00"}]}, "lines.0.debit", None),
        ("negative", {"lines": [{**dr, "debit": "-10.00"}, cr]}, "lines.0.debit", None),
        ("a number, not a string", {"lines": [{**dr, "debit": 10}, cr]}, "lines.0.debit", None),
        ("three decimals", {"lines": [{**dr, "debit": "10.001"}, cr]}, "lines.0.debit", None),
        ("unknown account", {"lines": [dr, {**cr, "account_code": "1999"}]}, "lines.1.account_code", "not in the chart"),
        ("header account", {"lines": [header, cr]}, "lines.0.account_code", "is a header"),
        ("inactive account", {"lines": [{**dr, "account_code": inactive}, cr]}, "lines.0.account_code", "inactive"),
        ("unbalanced", {"lines": [{**dr, "debit": "500.00"}, {**cr, "credit": "400.00"}]}, "lines", "debits 500.00, credits 400.00"),
        ("future date", {"posted_on": (business_today() + timedelta(days=30)).isoformat()}, "posted_on", None),
        ("no description", {"description": ""}, "description", None),
        ("bad branch", {"branch_id": "head office"}, "branch_id", None),
    ]

    async def check(change: dict, field: str, detail: str | None) -> None:
        body = assert_problem(await maker.post("/v1/ledger/manual-entries", json={**salary_entry(None, "10.00"), **change}), 422, field)
        if detail:
            assert detail in body["detail"], body

    await each_case(cases, check)


async def test_branch_scope(client_as, desk):
    maker, checker = desk
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    async with client_as(roles=["accountant"], branches=[mine], subject="branch-acct") as local, \
            client_as(roles=["branch_manager"], branches=[mine]) as manager:
        assert_problem(await local.post("/v1/ledger/manual-entries", json=salary_entry(theirs)), 403)
        assert_problem(await local.post("/v1/ledger/manual-entries", json=salary_entry(None)), 403)  # head office
        own = (await local.post("/v1/ledger/manual-entries", json=salary_entry(mine))).json()
        other = (await maker.post("/v1/ledger/manual-entries", json=salary_entry(theirs))).json()
        head_office = (await maker.post("/v1/ledger/manual-entries", json=salary_entry(None))).json()
        listed = [e["id"] for e in (await manager.get("/v1/ledger/manual-entries", params={"limit": 200})).json()["items"]]
        assert own["id"] in listed and other["id"] not in listed and head_office["id"] not in listed
        assert_problem(await manager.get(f"/v1/ledger/manual-entries/{other['id']}"), 403)
        assert_problem(await manager.get(f"/v1/ledger/manual-entries/{head_office['id']}"), 403)
        assert_problem(await local.post(f"/v1/ledger/manual-entries/{other['id']}/approve"), 403)
        assert_problem(await manager.get("/v1/ledger/manual-entries", params={"branch_id": str(theirs)}), 403)
        r = await checker.post(f"/v1/ledger/manual-entries/{own['id']}/approve")
        assert r.status_code == 200 and r.json()["status"] == "posted"
        pending = (await manager.get("/v1/ledger/manual-entries", params={"status": "pending_approval", "limit": 200})).json()["items"]
        assert own["id"] not in [e["id"] for e in pending]


async def test_reverse_a_posted_event_entry_once(desk, make_loan_event, apply_event, posted_for, outbox_of):
    maker, checker = desk
    event = make_loan_event("lending.loan.repayment_received", channel="cash", amount="1150.00", principal="1000.00", interest="150.00")
    await apply_event(event)
    original, _ = await posted_for(event.id)
    r = await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse", json={"reason": "entered against the wrong loan"})
    assert r.status_code == 201, r.text
    reversal = r.json()
    assert (reversal["kind"], reversal["status"], reversal["reverses_entry_id"], reversal["total"]) == (
        "reversal", "pending_approval", str(original.id), "1150.00")
    assert [(l["account_code"], l["debit"], l["credit"]) for l in reversal["lines"]] == [
        ("1110", "0.00", "1150.00"), ("1310-GEN-MC", "1000.00", "0.00"), ("4110", "150.00", "0.00")]
    assert_problem(await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse", json={"reason": "again"}), 409)
    assert_problem(await maker.post(f"/v1/ledger/journal-entries/{reversal['id']}/reverse", json={"reason": "x"}), 409, "status")

    assert_problem(await maker.post(f"/v1/ledger/manual-entries/{reversal['id']}/approve"), 403)
    r = await checker.post(f"/v1/ledger/manual-entries/{reversal['id']}/approve")
    assert r.status_code == 200 and r.json()["status"] == "posted"
    posted = (await checker.get(f"/v1/ledger/journal-entries/{reversal['id']}")).json()
    assert posted["aggregate_id"] == event.aggregate_id and posted["branch_id"] == event.payload["branch_id"]
    assert [t for t, _ in await outbox_of(reversal["id"])] == ["ledger.journal.submitted", "ledger.journal.posted"]
    assert_problem(await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse", json={"reason": "a third time"}), 409)


async def test_a_rejected_reversal_can_be_asked_again(desk, write_entry):
    maker, checker = desk
    original = await write_entry(date(2026, 11, 2), None, [("5220", 50_000, 0), ("1120", 0, 50_000)])
    assert_problem(await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse", json={"reason": " "}), 422, "reason")
    assert_problem(await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse",
                                    json={"reason": "x", "posted_on": "2026-10-01"}), 422, "posted_on")  # before the original
    first = (await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse", json={"reason": "duplicate rent"})).json()
    await checker.post(f"/v1/ledger/manual-entries/{first['id']}/reject", json={"reason": "the rent was paid twice, keep it"})
    r = await maker.post(f"/v1/ledger/journal-entries/{original.id}/reverse", json={"reason": "duplicate rent", "posted_on": "2026-11-03"})
    assert r.status_code == 201 and r.json()["posted_on"] == "2026-11-03"
    assert_problem(await maker.post(f"/v1/ledger/journal-entries/{uuid.uuid4()}/reverse", json={"reason": "x"}), 404)
    assert_problem(await maker.post(f"/v1/ledger/manual-entries/{original.id}/approve"), 409, "status")  # posted already
