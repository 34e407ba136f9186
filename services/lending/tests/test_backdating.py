"""How far back money may be dated: today and the previous business day for anyone who takes it;
older only for a manager with a reason (kept on the transaction and its event); never the future;
and never before the loan's last standing payment, which would re-order its history."""

from __future__ import annotations

from datetime import date, timedelta

from palli_common.testing.http import assert_problem
from palli_lending.service.backdating import earliest_without_reason
from palli_lending.service.common import business_today

REASON = "collected at a meeting the officer missed recording"


def test_the_window_counts_business_days_not_calendar_days():
    saturday = date(2026, 12, 5)
    assert earliest_without_reason(saturday, 1, frozenset()) == date(2026, 12, 3)  # Friday is the weekend
    assert earliest_without_reason(saturday, 1, frozenset({date(2026, 12, 3)})) == date(2026, 12, 2)
    assert earliest_without_reason(saturday, 0, frozenset()) == saturday
    assert earliest_without_reason(date(2026, 12, 6), 2, frozenset()) == date(2026, 12, 3)


def days_back(n: int) -> str:
    return (business_today() - timedelta(days=n)).isoformat()


async def test_an_officer_dates_a_repayment_within_the_window_only(desk, seed, outbox_events):
    loan = await desk.active_loan(await seed.member(desk.group))
    url = f"/v1/loans/{loan['id']}/repayments"
    previous = earliest_without_reason(business_today(), 1, frozenset()).isoformat()
    r = await desk.officer.post(url, json={"amount": "10.00", "paid_on": previous})
    assert r.status_code == 201, r.text
    assert r.json()["backdate_reason"] is None
    assert_problem(await desk.officer.post(url, json={"amount": "10.00", "paid_on": days_back(10), "backdate_reason": REASON}), 403, "paid_on")
    assert_problem(await desk.officer.post(url, json={"amount": "10.00", "paid_on": days_back(-1)}), 422, "paid_on")  # tomorrow
    assert_problem(await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(-1), "backdate_reason": REASON}), 422, "paid_on")


async def test_a_manager_dates_further_back_with_a_reason_on_the_record(desk, seed, outbox_events):
    loan = await desk.active_loan(await seed.member(desk.group))
    url = f"/v1/loans/{loan['id']}/repayments"
    assert_problem(await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(10)}), 422, "backdate_reason")
    assert_problem(await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(10), "backdate_reason": "  "}), 422, "backdate_reason")
    r = await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(10), "backdate_reason": REASON})
    assert r.status_code == 201, r.text
    assert r.json()["backdate_reason"] == REASON and r.json()["on"] == days_back(10)
    event = [p for t, p in await outbox_events(loan["id"]) if t == "lending.loan.repayment_received"][-1]
    assert event["backdate_reason"] == REASON and event["transaction_id"] == r.json()["id"]


async def test_a_payment_may_not_be_dated_before_the_last_standing_one(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    url = f"/v1/loans/{loan['id']}/repayments"
    later = await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(5), "backdate_reason": REASON})
    assert later.status_code == 201, later.text
    r = await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(8), "backdate_reason": REASON})
    assert "re-order" in assert_problem(r, 422, "paid_on")["detail"]
    q = (await desk.officer.get(f"/v1/loans/{loan['id']}/prepayment-quote", params={"on": days_back(8)})).json()
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/prepay", json={"amount": q["total"], "paid_on": days_back(8), "backdate_reason": REASON})
    assert_problem(r, 422, "paid_on")
    assert_problem(await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(61), "backdate_reason": REASON}), 422, "paid_on")
    # once the later one is reversed, the earlier date no longer re-orders anything
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/transactions/{later.json()['id']}/reverse", json={"reason": "wrong date"})
    assert r.status_code == 200, r.text
    r = await desk.manager.post(url, json={"amount": "10.00", "paid_on": days_back(8), "backdate_reason": REASON})
    assert r.status_code == 201, r.text


async def test_a_prepayment_dated_at_disbursement_needs_a_manager(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group), days_ago=40)
    q = (await desk.officer.get(f"/v1/loans/{loan['id']}/prepayment-quote", params={"on": loan["disbursed_on"]})).json()
    body = {"amount": q["total"], "paid_on": loan["disbursed_on"]}
    assert_problem(await desk.officer.post(f"/v1/loans/{loan['id']}/prepay", json=body), 403, "paid_on")
    assert_problem(await desk.manager.post(f"/v1/loans/{loan['id']}/prepay", json=body), 422, "backdate_reason")
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/prepay", json={**body, "backdate_reason": REASON})
    assert r.status_code == 200, r.text
    assert r.json()["backdate_reason"] == REASON


async def test_disbursement_dates_follow_the_same_window(desk, seed, client_as):
    pid = next(p["id"] for p in (await desk.officer.get("/v1/loan-products", params={"limit": 200})).json()["items"] if p["code"] == "GEN-MC")
    r = await desk.officer.post("/v1/loans", json={"member_id": str((await seed.member(desk.group)).member_id), "product_id": pid,
                                                  "principal": "5000.00", "installments": 46, "frequency": "weekly"})
    loan_id = r.json()["id"]
    assert (await desk.manager.post(f"/v1/loans/{loan_id}/approve")).status_code == 200
    url = f"/v1/loans/{loan_id}/disburse"
    async with client_as(roles=["accountant"], branches=[desk.group.branch_id], subject="accountant-1") as accountant:
        assert_problem(await accountant.post(url, json={"disbursed_on": days_back(10), "channel": "cash", "backdate_reason": REASON}),
                       403, "disbursed_on")
    assert_problem(await desk.manager.post(url, json={"disbursed_on": days_back(-1), "channel": "cash"}), 422, "disbursed_on")
    assert_problem(await desk.manager.post(url, json={"disbursed_on": days_back(10), "channel": "cash"}), 422, "backdate_reason")
    r = await desk.manager.post(url, json={"disbursed_on": days_back(10), "channel": "cash", "backdate_reason": REASON})
    assert r.status_code == 200, r.text
    tx = (await desk.officer.get(f"/v1/loans/{loan_id}/transactions")).json()["items"][0]
    assert (tx["kind"], tx["backdate_reason"]) == ("disbursement", REASON)


async def test_a_collection_sheet_beyond_the_window_is_refused_whole(desk, seed, app):
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"group_id": str(desk.group.group_id), "meeting_on": days_back(10), "lines": [{"loan_id": loan["id"], "amount": "10.00"}]}
    r = await desk.officer.post("/v1/collection-sheets", json=body, headers={"Idempotency-Key": f"old-{loan['id']}"})
    assert_problem(r, 403, "meeting_on")
    r = await desk.manager.post("/v1/collection-sheets", json=body, headers={"Idempotency-Key": f"old2-{loan['id']}"})
    assert_problem(r, 422, "backdate_reason")


async def test_the_window_is_a_setting(desk, seed, app):
    loan = await desk.active_loan(await seed.member(desk.group))
    app.state.runtime.settings.backdate_business_days = 0  # today only
    previous = earliest_without_reason(business_today(), 1, frozenset()).isoformat()
    r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "10.00", "paid_on": previous})
    assert_problem(r, 403, "paid_on")
    r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "10.00", "paid_on": business_today().isoformat()})
    assert r.status_code == 201, r.text
