"""The loan lifecycle through the API: apply, maker-checker decision, disbursement, repayments,
overpayment, reversal, prepayment, write-off; with the events each step raises."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta

from palli_common.clock import business_today
from palli_common.money import format_poisha
from palli_common.testing.http import assert_problem
from palli_lending.testing import BACKDATED, MANAGER, OFFICER, product_id


async def test_full_lifecycle_with_maker_checker_and_events(desk, seed, outbox_events):
    member = await seed.member(desk.group)
    pid = await product_id(desk.officer, "GEN-MC")
    r = await desk.officer.post("/v1/loans", json={"member_id": str(member.member_id), "product_id": pid, "principal": "10000.00",
                                                  "installments": 46, "frequency": "weekly"})
    assert r.status_code == 201, r.text
    loan = r.json()
    assert loan["status"] == "applied" and loan["principal"] == "10000.00" and loan["applied_by"] == OFFICER

    assert_problem(await desk.officer.post(f"/v1/loans/{loan['id']}/approve"), 403)  # maker cannot check
    assert_problem(await desk.manager.post(f"/v1/loans/{loan['id']}/disburse", json={"disbursed_on": business_today().isoformat(), "channel": "cash"}), 409)
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/approve", json={"note": "known to the group"})
    assert r.status_code == 200 and r.json()["status"] == "approved" and r.json()["decided_by"] == MANAGER

    r = await desk.manager.post(f"/v1/loans/{loan['id']}/disburse", json={"disbursed_on": business_today().isoformat(), "channel": "mobile_wallet"})
    assert_problem(r, 422, "reference")
    on = business_today() - timedelta(days=30)
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/disburse", json={"disbursed_on": on.isoformat(), "channel": "mobile_wallet", "reference": "BK7X2Q9",
                                                                                "backdate_reason": BACKDATED})
    assert r.status_code == 200, r.text
    active = r.json()
    assert active["status"] == "active" and len(active["schedule"]) == 46
    first = active["schedule"][0]
    assert date.fromisoformat(first["due_on"]).weekday() == 6  # the group's meeting day, Sunday
    assert (date.fromisoformat(first["due_on"]) - on).days >= 15
    assert active["outstanding_principal"] == "10000.00"
    assert sum(int(i["principal"].replace(".", "")) for i in active["schedule"]) == 1_000_000

    r = await desk.manager.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": first["total"], "paid_on": first["due_on"], "channel": "cash",
                                                                           "backdate_reason": BACKDATED})
    assert r.status_code == 201, r.text
    paid = r.json()
    assert (paid["principal"], paid["interest"]) == (first["principal"], first["interest"])  # interest first, then principal
    detail = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    assert detail["schedule"][0]["completed_on"] == first["due_on"] and detail["transaction_count"] == 2
    assert detail["paid_principal"] == first["principal"]

    types = [t for t, _ in await outbox_events(loan["id"])]
    assert types == ["lending.loan.applied", "lending.loan.approved", "lending.loan.disbursed", "lending.loan.repayment_received"]
    disbursed = dict(await outbox_events(loan["id"]))["lending.loan.disbursed"]
    assert disbursed["principal"] == "10000.00" and disbursed["channel"] == "mobile_wallet" and disbursed["product_code"] == "GEN-MC"
    assert disbursed["branch_id"] == str(desk.group.branch_id) and disbursed["member_id"] == str(member.member_id)


async def test_rejection_needs_a_reason_and_withdrawal(desk, seed, outbox_events):
    pid = await product_id(desk.officer, "GEN-MC")
    body = {"product_id": pid, "principal": "8000.00", "installments": 46, "frequency": "weekly"}
    one = (await desk.officer.post("/v1/loans", json={**body, "member_id": str((await seed.member(desk.group)).member_id)})).json()
    assert_problem(await desk.manager.post(f"/v1/loans/{one['id']}/reject", json={"reason": " "}), 422, "reason")
    r = await desk.manager.post(f"/v1/loans/{one['id']}/reject", json={"reason": "household income too low"})
    assert r.json()["status"] == "rejected"
    two = (await desk.officer.post("/v1/loans", json={**body, "member_id": str((await seed.member(desk.group)).member_id)})).json()
    assert (await desk.officer.post(f"/v1/loans/{two['id']}/withdraw", json={"reason": "member changed her mind"})).json()["status"] == "withdrawn"
    assert [t for t, _ in await outbox_events(one["id"])][-1] == "lending.loan.rejected"
    assert [t for t, _ in await outbox_events(two["id"])][-1] == "lending.loan.withdrawn"


async def test_eligibility_refusals_give_a_clear_reason(desk, seed):
    pid_we = await product_id(desk.officer, "WE")
    man = await seed.member(desk.group, gender="male")
    r = await desk.officer.post("/v1/loans", json={"member_id": str(man.member_id), "product_id": pid_we, "principal": "50000.00",
                                                  "installments": 12, "frequency": "monthly"})
    problem = assert_problem(r, 422)
    assert "women" in problem["detail"]
    applicant = await seed.member(desk.group, status="applicant")
    pid = await product_id(desk.officer, "GEN-MC")
    r = await desk.officer.post("/v1/loans", json={"member_id": str(applicant.member_id), "product_id": pid, "principal": "10000.00",
                                                  "installments": 46, "frequency": "weekly"})
    assert "applicant" in assert_problem(r, 422)["detail"]
    member = await seed.member(desk.group)
    await desk.active_loan(member)
    r = await desk.officer.post("/v1/loans", json={"member_id": str(member.member_id), "product_id": pid, "principal": "10000.00",
                                                  "installments": 46, "frequency": "weekly"})
    assert "active loan" in assert_problem(r, 422)["detail"]
    r = await desk.officer.post("/v1/loans", json={"member_id": str(uuid.uuid4()), "product_id": pid, "principal": "10000.00",
                                                  "installments": 46, "frequency": "weekly"})
    assert_problem(r, 422)
    r = await desk.officer.post("/v1/loans", json={"member_id": str((await seed.member(desk.group)).member_id), "product_id": pid,
                                                  "principal": "99999999.00", "installments": 3, "frequency": "monthly"})
    problem = assert_problem(r, 422)
    assert {"principal", "installments", "frequency"} <= {e["field"] for e in problem["errors"]}
    r = await desk.officer.post("/v1/loans", json={"member_id": str(member.member_id), "product_id": pid, "principal": 10000,
                                                  "installments": 46, "frequency": "weekly"})
    assert_problem(r, 422, "principal")  # a JSON number for money


async def test_overpayment_is_refused_and_changes_nothing(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    before = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    total = int(before["outstanding_principal"].replace(".", "")) + int(before["outstanding_interest"].replace(".", ""))
    r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": f"{(total + 1) / 100:.2f}", "paid_on": business_today().isoformat()})
    assert_problem(r, 422, "amount")
    after = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    assert after["transaction_count"] == before["transaction_count"] and after["outstanding_principal"] == before["outstanding_principal"]
    assert_problem(await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "-5.00", "paid_on": business_today().isoformat()}), 422, "amount")
    future = (business_today() + timedelta(days=3)).isoformat()
    assert_problem(await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "5.00", "paid_on": future}), 422, "paid_on")


async def test_reversal_respreads_later_repayments(desk, seed, outbox_events):
    loan = await desk.active_loan(await seed.member(desk.group))
    first = loan["schedule"][0]
    one = (await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": first["total"], "paid_on": business_today().isoformat()})).json()
    two = (await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "100.00", "paid_on": business_today().isoformat()})).json()
    assert_problem(await desk.manager.post(f"/v1/loans/{loan['id']}/transactions/{one['id']}/reverse", json={"reason": ""}), 422, "reason")
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/transactions/{one['id']}/reverse", json={"reason": "counted twice at the meeting"})
    assert r.status_code == 200, r.text
    assert r.json()["kind"] == "reversal" and r.json()["reverses_id"] == one["id"]
    assert_problem(await desk.manager.post(f"/v1/loans/{loan['id']}/transactions/{one['id']}/reverse", json={"reason": "again"}), 409)
    detail = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    # only the 100.00 remains, now on the first installment: interest first
    assert detail["schedule"][0]["paid"] == "100.00" and detail["schedule"][0]["completed_on"] is None
    assert int(detail["paid_principal"].replace(".", "")) + int(detail["paid_interest"].replace(".", "")) == 10000
    txs = (await desk.officer.get(f"/v1/loans/{loan['id']}/transactions")).json()["items"]
    assert [t["kind"] for t in txs] == ["disbursement", "repayment", "repayment", "reversal"] and txs[1]["reversed"] is True
    assert [t for t, _ in await outbox_events(loan["id"])][-1] == "lending.loan.repayment_reversed"
    assert two["id"] in {t["id"] for t in txs}


async def test_prepayment_closes_the_loan_for_the_quoted_amount(desk, seed, outbox_events):
    loan = await desk.active_loan(await seed.member(desk.group), days_ago=40)
    q = (await desk.officer.get(f"/v1/loans/{loan['id']}/prepayment-quote")).json()
    assert q["principal"] == "10000.00" and q["interest_waived"] != "0.00"
    assert_problem(await desk.officer.post(f"/v1/loans/{loan['id']}/prepay", json={"amount": "1.00", "paid_on": business_today().isoformat()}), 422, "amount")
    r = await desk.officer.post(f"/v1/loans/{loan['id']}/prepay", json={"amount": q["total"], "paid_on": business_today().isoformat()})
    assert r.status_code == 200, r.text
    closed = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    assert closed["status"] == "closed" and closed["outstanding_principal"] == "0.00" and closed["outstanding_interest"] == "0.00"
    assert [t for t, _ in await outbox_events(loan["id"])][-2:] == ["lending.loan.prepaid", "lending.loan.closed"]
    assert_problem(await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "1.00", "paid_on": business_today().isoformat()}), 409)


async def test_write_off_needs_a_second_person(desk, seed, outbox_events):
    loan = await desk.active_loan(await seed.member(desk.group))
    assert_problem(await desk.manager.post(f"/v1/loans/{loan['id']}/write-off/approve"), 409)
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/write-off", json={"reason": "member died; family cannot pay"})
    assert r.status_code == 200, r.text
    assert_problem(await desk.manager.post(f"/v1/loans/{loan['id']}/write-off/approve"), 403)
    r = await desk.other.post(f"/v1/loans/{loan['id']}/write-off/approve")
    assert r.status_code == 200, r.text
    assert r.json()["kind"] == "write_off" and r.json()["principal"] == "10000.00"
    assert (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()["status"] == "written_off"
    events = dict(await outbox_events(loan["id"]))
    assert events["lending.loan.written_off"]["principal"] == "10000.00" and events["lending.loan.written_off"]["requested_by"] == MANAGER


async def test_other_branches_loans_are_out_of_reach(desk, seed, client_as):
    loan = await desk.active_loan(await seed.member(desk.group))
    async with client_as(roles=["field_officer"], branches=[uuid.uuid4()], subject="stranger") as stranger:
        assert_problem(await stranger.get(f"/v1/loans/{loan['id']}"), 403)
        assert_problem(await stranger.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "1.00", "paid_on": business_today().isoformat()}), 403)
        assert loan["id"] not in {x["id"] for x in (await stranger.get("/v1/loans")).json()["items"]}
    assert_problem(await desk.officer.get(f"/v1/loans/{uuid.uuid4()}"), 404)


async def test_fifty_concurrent_repayments_on_one_loan_are_exact(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    results = await asyncio.gather(*(
        desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "10.00", "paid_on": business_today().isoformat()})
        for _ in range(50)
    ))
    assert [r.status_code for r in results] == [201] * 50, [r.text for r in results if r.status_code != 201][:2]
    detail = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    paid = sum(int(i["paid"].replace(".", "")) for i in detail["schedule"])
    assert paid == 50_000 and detail["transaction_count"] == 51
    assert int(detail["paid_principal"].replace(".", "")) + int(detail["paid_interest"].replace(".", "")) == 50_000
    scheduled = sum(int(i["principal"].replace(".", "")) for i in detail["schedule"])
    assert int(detail["outstanding_principal"].replace(".", "")) == scheduled - int(detail["paid_principal"].replace(".", ""))


async def test_schedule_preview_before_any_loan(client):
    pid = await product_id(client, "HOUSING")
    r = await client.post("/v1/loans/schedule-preview", json={"product_id": pid, "principal": "200000.00", "installments": 36,
                                                             "frequency": "monthly", "disbursed_on": "2026-01-05"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert len(body["installments"]) == 36 and body["total_principal"] == "200000.00"
    assert sum(int(i["principal"].replace(".", "")) for i in body["installments"]) == 20_000_000
    assert body["annual_percentage_rate"] and body["installments"][-1]["principal_balance_after"] == "0.00"
    r = await client.post("/v1/loans/schedule-preview", json={"product_id": pid, "principal": "200000.00", "installments": 36, "frequency": "weekly"})
    assert_problem(r, 422, "frequency")
    r = await client.post("/v1/loans/schedule-preview", json={"product_id": str(uuid.uuid4()), "principal": "1.00", "installments": 1, "frequency": "weekly"})
    assert_problem(r, 422, "product_id")


async def test_a_loan_runs_within_the_products_months_whatever_its_frequency(desk, seed, client):
    pid = await product_id(desk.officer, "ME")
    me = (await client.get(f"/v1/loan-products/{pid}")).json()
    assert (me["min_loan_months"], me["max_loan_months"]) == (12, 36)
    member = await seed.member(desk.group)
    body = {"member_id": str(member.member_id), "product_id": pid, "principal": "50000.00"}
    r = await desk.officer.post("/v1/loans", json={**body, "installments": 12, "frequency": "weekly"})  # under 3 months
    assert "2.8" in assert_problem(r, 422, "installments")["detail"]
    r = await desk.officer.post("/v1/loans", json={**body, "installments": 60, "frequency": "monthly"})  # 5 years
    assert_problem(r, 422, "installments")
    r = await desk.officer.post("/v1/loans", json={**body, "installments": 104, "frequency": "weekly"})  # 2 years
    assert r.status_code == 201, r.text
    r = await client.patch(f"/v1/loan-products/{pid}", json={"min_loan_months": 40})
    assert_problem(r, 422, "max_loan_months")


async def test_preview_with_absurd_money_or_dates_is_a_422_naming_the_field(client):
    """Review found both as 500s: an exponent Decimal accepts, and date arithmetic near year 9999."""
    pid = await product_id(client, "GEN-MC")
    base = {"product_id": pid, "principal": "10000.00", "installments": 46, "frequency": "weekly"}
    for over, field in ((dict(principal="1e999999"), "principal"), (dict(principal="1000000000000.00"), "principal"),
                        (dict(disbursed_on="9999-12-20"), "disbursed_on")):
        assert_problem(await client.post("/v1/loans/schedule-preview", json={**base, **over}), 422, field)


async def test_a_payment_reaches_exactly_the_installments_its_money_covers(desk, seed):
    """PostgreSQL reads only the open installments a payment can reach, and the one after: at each
    boundary the schedule, the next due date and the refusal of an overpayment must be what walking
    every installment gives (SQLite walks them all)."""
    loan = await desk.active_loan(await seed.member(desk.group))
    schedule = loan["schedule"]
    totals = [int(i["total"].replace(".", "")) for i in schedule]

    async def pay(amount: int, status: int = 201) -> dict:
        r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments",
                                    json={"amount": format_poisha(amount), "paid_on": business_today().isoformat()})
        assert r.status_code == status, r.text
        return (await desk.officer.get(f"/v1/loans/{loan['id']}")).json() if status == 201 else r.json()

    def completed(got: dict, n: int) -> list[bool]:
        return [i["completed_on"] is not None for i in got["schedule"][:n]]

    got = await pay(totals[0] + totals[1])  # exactly two installments
    assert completed(got, 3) == [True, True, False] and got["next_due_on"] == schedule[2]["due_on"]
    got = await pay(totals[2] + totals[3] // 2)  # the third and half the fourth
    assert completed(got, 5) == [True, True, True, False, False] and got["next_due_on"] == schedule[3]["due_on"]
    assert got["schedule"][3]["paid"] == format_poisha(totals[3] // 2)
    got = await pay(totals[3] - totals[3] // 2 + 1)  # the rest of the fourth and a poisha of the fifth
    assert completed(got, 6) == [True, True, True, True, False, False] and got["next_due_on"] == schedule[4]["due_on"]
    assert got["schedule"][4]["paid"] == "0.01" and got["schedule"][5]["paid"] in (None, "0.00")
    outstanding = int(got["outstanding_principal"].replace(".", "")) + int(got["outstanding_interest"].replace(".", ""))
    assert outstanding == sum(totals) - sum(totals[:4]) - 1
    refused = await pay(outstanding + 1, status=422)  # every later installment counted in the refusal
    assert f"the {format_poisha(outstanding)} outstanding" in refused["detail"]
    got = await pay(outstanding)
    assert got["status"] == "closed" and got["next_due_on"] is None and all(completed(got, len(schedule)))
