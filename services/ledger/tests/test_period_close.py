"""Period close: an accountant closes an ended month of one branch's books; manual entries dated in
it are refused, event postings go to the first open day keeping their own date; only an admin
reopens it, with a reason. Each test uses its own branch (the database is shared)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime

import pytest

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem
from palli_ledger.adapters.tables import PeriodClose

MAKER, CHECKER = "accountant-rahim", "accountant-karim"


@pytest.fixture
async def desk(client_as):
    async with client_as(roles=["accountant"], subject=MAKER) as maker, client_as(roles=["accountant"], subject=CHECKER) as checker:
        yield maker, checker


def entry(branch: uuid.UUID, on: str, amount: str = "500.00") -> dict:
    return {"posted_on": on, "branch_id": str(branch), "description": "stationery", "lines": [
        {"account_code": "5210", "debit": amount}, {"account_code": "1110", "credit": amount}]}


async def _posted(maker, checker, branch: uuid.UUID, on: str, amount: str = "500.00") -> dict:
    e = (await maker.post("/v1/ledger/manual-entries", json=entry(branch, on, amount))).json()
    r = await checker.post(f"/v1/ledger/manual-entries/{e['id']}/approve")
    assert r.status_code == 200, r.text
    return r.json()


async def test_a_closed_month_refuses_manual_entries_and_counts_what_it_held(desk, outbox_of):
    maker, checker = desk
    branch = uuid.uuid4()
    await _posted(maker, checker, branch, "2026-10-03", "500.00")
    await _posted(maker, checker, branch, "2026-10-31", "250.50")
    await _posted(maker, checker, branch, "2026-11-01", "99.00")  # the next month: not counted

    r = await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-10"})
    assert r.status_code == 201, r.text
    close = r.json()
    assert (close["month"], close["status"], close["entry_count"], close["debit_total"], close["closed_by"]) == (
        "2026-10", "closed", 2, "750.50", MAKER)
    events = await outbox_of(close["id"])
    assert events == [("ledger.period.closed", {"period_close_id": close["id"], "branch_id": str(branch), "month": "2026-10",
                                               "entry_count": 2, "debit_total": "750.50", "closed_by": MAKER})]

    assert_problem(await maker.post("/v1/ledger/manual-entries", json=entry(branch, "2026-10-15")), 422, "posted_on")
    assert (await maker.post("/v1/ledger/manual-entries", json=entry(uuid.uuid4(), "2026-10-15"))).status_code == 201  # another branch
    assert_problem(await checker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-10"}), 409, "month")
    r = await maker.get("/v1/ledger/period-closes", params={"branch_id": str(branch)})
    assert [c["id"] for c in r.json()["items"]] == [close["id"]]


async def test_a_month_waiting_for_approval_or_not_ended_cannot_close(desk):
    maker, checker = desk
    branch = uuid.uuid4()
    pending = (await maker.post("/v1/ledger/manual-entries", json=entry(branch, "2026-09-10"))).json()
    body = assert_problem(await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-09"}), 409, "month")
    assert body["entry_id"] == pending["id"]
    assert (await checker.post(f"/v1/ledger/manual-entries/{pending['id']}/approve")).status_code == 200
    assert (await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-09"})).status_code == 201

    this_month = business_today().strftime("%Y-%m")
    assert_problem(await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": this_month}), 422, "month")
    for bad in ("2026-13", "26-01", "2026-1", "0000-01", "9999-12", "", 202611):
        assert_problem(await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": bad}), 422, "month")
    assert_problem(await maker.get("/v1/ledger/period-closes", params={"month": "2026-00"}), 422, "month")


async def test_a_reopened_month_takes_entries_and_closes_again_as_a_new_close(desk, client):
    maker, checker = desk
    branch = uuid.uuid4()
    close = (await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-08"})).json()
    r = await client.post(f"/v1/ledger/period-closes/{close['id']}/reopen", json={"reason": "late invoice"})
    assert r.status_code == 200, r.text
    pending = (await maker.post("/v1/ledger/manual-entries", json=entry(branch, "2026-08-20"))).json()
    assert_problem(await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-08"}), 409, "month")
    assert (await checker.post(f"/v1/ledger/manual-entries/{pending['id']}/approve")).status_code == 200
    again = await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-08"})
    assert again.status_code == 201 and again.json()["entry_count"] == 1 and again.json()["id"] != close["id"]
    history = (await maker.get("/v1/ledger/period-closes", params={"branch_id": str(branch), "month": "2026-08"})).json()["items"]
    assert sorted(c["status"] for c in history) == ["closed", "reopened"]


async def test_an_entry_whose_month_closed_after_it_was_submitted_is_not_approved_into_it(desk, db):
    """The close refuses a month with pending entries, so this is a close racing the submit:
    written here straight to the table."""
    maker, checker = desk
    branch = uuid.uuid4()
    pending = (await maker.post("/v1/ledger/manual-entries", json=entry(branch, "2026-01-20"))).json()
    async with db.sessions() as s:
        s.add(PeriodClose(id=uuid.uuid4(), scope=str(branch), branch_id=branch, month=date(2026, 1, 1), status="closed",
                          closed_by="someone", closed_at=datetime.now(UTC)))
        await s.commit()
    assert_problem(await checker.post(f"/v1/ledger/manual-entries/{pending['id']}/approve"), 409, "posted_on")
    assert (await checker.post(f"/v1/ledger/manual-entries/{pending['id']}/reject", json={"reason": "month closed"})).status_code == 200


async def test_reversals_cannot_be_dated_into_a_closed_month(desk):
    maker, checker = desk
    branch = uuid.uuid4()
    posted = await _posted(maker, checker, branch, "2026-07-05")
    await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-07"})
    r = await maker.post(f"/v1/ledger/journal-entries/{posted['id']}/reverse", json={"reason": "duplicate", "posted_on": "2026-07-20"})
    assert_problem(r, 422, "posted_on")
    r = await maker.post(f"/v1/ledger/journal-entries/{posted['id']}/reverse", json={"reason": "duplicate"})
    assert r.status_code == 201, r.text
    assert r.json()["posted_on"] == business_today().isoformat()  # today: an open month


async def test_an_event_into_a_closed_month_posts_on_the_first_open_day_keeping_its_date(
        desk, make_loan_event, apply_event, posted_for, outbox_of, client):
    maker, _ = desk
    branch = uuid.uuid4()
    for month in ("2026-05", "2026-06"):
        assert (await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": month})).status_code == 201
    late = make_loan_event("lending.loan.disbursed", branch_id=str(branch), on=date(2026, 5, 20), channel="cash",
                           principal="6000.00", amount="6000.00")
    await apply_event(late)
    posted, lines = await posted_for(late.id)
    assert (posted.posted_on, posted.original_posted_on) == (date(2026, 7, 1), date(2026, 5, 20))
    assert sum(d for _, d, _ in lines) == 600000
    r = await client.get("/v1/ledger/journal-entries", params={"branch_id": str(branch), "from": "2026-07-01", "to": "2026-07-01"})
    [shown] = r.json()["items"]
    assert (shown["posted_on"], shown["original_posted_on"]) == ("2026-07-01", "2026-05-20")
    assert [p for t, p in await outbox_of(posted.id) if t == "ledger.journal.posted"][0]["original_posted_on"] == "2026-05-20"

    on_time = make_loan_event("lending.loan.disbursed", branch_id=str(branch), on=date(2026, 7, 2), channel="cash",
                              principal="100.00", amount="100.00")
    await apply_event(on_time)
    posted, _ = await posted_for(on_time.id)
    assert (posted.posted_on, posted.original_posted_on) == (date(2026, 7, 2), None)


async def test_only_an_admin_reopens_with_a_reason(desk, client, outbox_of, client_as):
    maker, _ = desk
    branch = uuid.uuid4()
    close = (await maker.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-04"})).json()
    assert_problem(await maker.post(f"/v1/ledger/period-closes/{close['id']}/reopen", json={"reason": "x"}), 403)
    assert_problem(await client.post(f"/v1/ledger/period-closes/{close['id']}/reopen", json={"reason": "  "}), 422, "reason")
    assert_problem(await client.post(f"/v1/ledger/period-closes/{close['id']}/reopen", json={}), 422, "reason")
    assert_problem(await client.post(f"/v1/ledger/period-closes/{uuid.uuid4()}/reopen", json={"reason": "x"}), 404)
    r = await client.post(f"/v1/ledger/period-closes/{close['id']}/reopen", json={"reason": "auditor's adjustment"},
                          headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["reopen_reason"], r.json()["version"]) == ("reopened", "auditor's adjustment", 2)
    assert [t for t, _ in await outbox_of(close["id"])] == ["ledger.period.closed", "ledger.period.reopened"]
    assert_problem(await client.post(f"/v1/ledger/period-closes/{close['id']}/reopen", json={"reason": "again"}), 409, "status")
    assert (await maker.post("/v1/ledger/manual-entries", json=entry(branch, "2026-04-10"))).status_code == 201

    other = uuid.uuid4()
    async with client_as(roles=["accountant"], branches=[str(other)]) as outsider:
        assert_problem(await outsider.post("/v1/ledger/period-closes", json={"branch_id": str(branch), "month": "2026-03"}), 403)
        assert_problem(await outsider.post("/v1/ledger/period-closes", json={"branch_id": None, "month": "2026-03"}), 403)
        assert_problem(await outsider.get(f"/v1/ledger/period-closes/{close['id']}"), 404)


async def test_concurrent_closes_of_one_month_make_one(desk):
    maker, checker = desk
    branch = uuid.uuid4()
    body = {"branch_id": str(branch), "month": "2026-02"}
    answers = await asyncio.gather(*(c.post("/v1/ledger/period-closes", json=body) for c in (maker, checker, maker, checker)))
    assert sorted(r.status_code for r in answers) == [201, 409, 409, 409]
