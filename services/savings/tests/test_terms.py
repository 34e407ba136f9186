"""DPS and fixed deposits: a term from the product's chart, the maturity amount shown at opening,
the DPS schedule, what a term deposit refuses, premature closure at the penalised rate, missed
installments, and maturity by the account's instruction. Expected interest is worked out here
independently (plain Decimal, day by day, HALF_EVEN per monthly posting)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal


from palli_common.clock import business_today
from palli_common.testing.http import assert_problem
from palli_savings.domain.terms import add_months

from .conftest import DPS, GS, VS, events_of, payloads_of as _payloads

FDR = "5a000000-0000-4000-8000-000000000004"
BACKDATED = "entered late from the branch's paper register"
CENT = Decimal("0.01")


def expected_interest(deposits: dict[date, Decimal], start: date, end: date, rate: str) -> Decimal:
    """Interest from `start` to `end` inclusive: each day's closing balance x rate / 365, summed per
    calendar month, rounded to the poisha at the month's end (or at `end`) and added to the balance."""
    balance, month_sum, posted, carry = Decimal(0), Decimal(0), Decimal(0), Decimal(0)
    day = start
    while day <= end:
        balance += deposits.get(day, Decimal(0))
        month_sum += balance * Decimal(rate) / 100 / 365
        if (day + timedelta(days=1)).day == 1 or day == end:
            due = month_sum + carry
            credit = due.quantize(CENT, rounding=ROUND_HALF_EVEN)
            carry, month_sum = due - credit, Decimal(0)
            balance += credit
            posted += credit
        day += timedelta(days=1)
    return posted


async def _open(client, member_id, product, **body) -> dict:  # noqa: ANN001, ANN003
    r = await client.post("/v1/savings/accounts", json={"member_id": str(member_id), "product_id": product, **body})
    assert r.status_code == 201, r.text
    return r.json()


async def test_a_fixed_deposit_takes_the_charts_rate_for_its_term_and_amount(app, client, member):
    member_id, _ = await member()
    today = business_today()
    small = await _open(client, member_id, FDR, term_months=12, opening_deposit="99999.99")
    large = await _open(client, member_id, FDR, term_months=12, opening_deposit="100000.00")
    assert (small["annual_rate"], large["annual_rate"]) == ("7.50", "7.75")  # 0.25 more from 1,00,000.00
    assert large["maturity_on"] == add_months(today, 12).isoformat() and large["principal"] == "100000.00"
    assert large["maturity_instruction"] == "renew_principal"  # the product's default
    projected = expected_interest({today: Decimal("100000.00")}, today, add_months(today, 12) - timedelta(days=1), "7.75")
    assert abs(Decimal(large["maturity_amount"]) - (Decimal("100000.00") + projected)) <= CENT
    [opened] = await _payloads(app, large["id"], "savings.account.opened")
    assert (opened["term_months"], opened["annual_rate"], opened["maturity_amount"]) == (12, "7.75", large["maturity_amount"])
    # what a fixed deposit refuses
    path = f"/v1/savings/accounts/{large['id']}"
    assert_problem(await client.post(f"{path}/deposits", json={"amount": "10.00"}), 409, "account_id")
    assert_problem(await client.post(f"{path}/withdrawals", json={"amount": "10.00"}), 409, "account_id")
    vs = await _open(client, member_id, VS, opening_deposit="100.00")
    assert_problem(await client.post(f"{path}/transfers", json={"to_account_id": vs["id"], "amount": "10.00"}), 409, "account_id")
    assert_problem(await client.post(f"/v1/savings/accounts/{vs['id']}/transfers", json={"to_account_id": large["id"], "amount": "1.00"}),
                   409, "account_id")
    assert (await client.get(path)).json()["balance"] == "100000.00"


async def test_term_opening_refusals_name_the_field(client, member):
    member_id, _ = await member()
    cases = [(FDR, {"term_months": 7, "opening_deposit": "20000.00"}, "term_months"),
             (FDR, {"opening_deposit": "20000.00"}, "term_months"),
             (FDR, {"term_months": 12, "opening_deposit": "20000.00", "installment": "500.00"}, "installment"),
             (FDR, {"term_months": 12, "opening_deposit": "5000.00"}, "opening_deposit"),
             (FDR, {"term_months": "twelve", "opening_deposit": "20000.00"}, "term_months"),
             (FDR, {"term_months": 12, "opening_deposit": "20000.00", "maturity_instruction": "spend_it"}, "maturity_instruction"),
             (DPS, {"term_months": 36}, "installment"),
             (DPS, {"term_months": 36, "installment": "500.00", "opening_deposit": "700.00"}, "opening_deposit"),
             (DPS, {"term_months": 36, "installment": "500.00", "maturity_instruction": "renew_principal"}, "maturity_instruction"),
             (VS, {"term_months": 12}, "term_months"),
             (GS, {"installment": "50.00"}, "installment")]
    for product, body, field in cases:
        r = await client.post("/v1/savings/accounts", json={"member_id": str(member_id), "product_id": product, **body})
        assert_problem(r, 422, field)
    assert (await client.get("/v1/savings/accounts", params={"member_id": str(member_id)})).json()["items"] == []


async def test_a_dps_schedule_takes_whole_installments_oldest_first(app, client, member):
    member_id, _ = await member()
    today = business_today()
    dps = await _open(client, member_id, DPS, term_months=36, installment="500.00", opening_deposit="500.00")
    assert (dps["annual_rate"], dps["installment"], dps["maturity_on"]) == ("7.00", "500.00", add_months(today, 36).isoformat())
    dues = {add_months(today, n): Decimal("500.00") for n in range(36)}
    projected = expected_interest(dues, today, add_months(today, 36) - timedelta(days=1), "7.00")
    assert abs(Decimal(dps["maturity_amount"]) - (Decimal("18000.00") + projected)) <= Decimal("0.02")
    path = f"/v1/savings/accounts/{dps['id']}"
    schedule = (await client.get(f"{path}/schedule")).json()
    assert len(schedule) == 36 and schedule[0]["status"] == "paid" and schedule[1]["status"] == "due"
    assert schedule[1]["due_on"] == add_months(today, 1).isoformat()
    assert_problem(await client.post(f"{path}/deposits", json={"amount": "750.00"}), 409, "amount")
    assert_problem(await client.post(f"{path}/deposits", json={"amount": "18000.00"}), 409, "amount")  # only 35 are left
    r = await client.post(f"{path}/deposits", json={"amount": "1000.00"})
    assert r.status_code == 201, r.text
    schedule = (await client.get(f"{path}/schedule")).json()
    assert [i["status"] for i in schedule[:4]] == ["paid", "paid", "paid", "due"]
    assert schedule[2]["transaction_id"] == r.json()["id"]
    assert_problem(await client.post(f"{path}/withdrawals", json={"amount": "10.00"}), 409, "account_id")


async def test_closing_a_term_early_earns_the_rate_less_the_penalty(app, client, member):
    from palli_savings.service import interest as interest_service

    member_id, _ = await member()
    today = business_today()
    opened = today - timedelta(days=100)  # past the FDR's 90-day lock-in
    fd = await _open(client, member_id, FDR, term_months=12, opening_deposit="50000.00", opened_on=opened.isoformat(),
                     backdate_reason=BACKDATED)
    await interest_service.post_interest(app.state.runtime.db, "test")  # the job posts at the account's 7.50 to yesterday's month end
    postings = (await client.get(f"/v1/savings/accounts/{fd['id']}/interest-postings")).json()
    last_end = date.fromisoformat(postings[-1]["period_end"])
    assert sum(Decimal(p["amount"]) for p in postings) == expected_interest({opened: Decimal("50000.00")}, opened, last_end, "7.50")
    r = await client.post(f"/v1/savings/accounts/{fd['id']}/closure", json={"channel": "cash", "reason": "a medical bill"})
    assert r.status_code == 200, r.text
    earned = expected_interest({opened: Decimal("50000.00")}, opened, today - timedelta(days=1), "5.50")  # 7.50 less 2.00
    assert abs(Decimal(r.json()["payout"]["amount"]) - (Decimal("50000.00") + earned)) <= CENT
    [reversed_] = await _payloads(app, fd["id"], "savings.account.interest_reversed")
    [closed] = await _payloads(app, fd["id"], "savings.account.closed")
    assert Decimal(closed["interest"]) == -Decimal(reversed_["amount"])
    kinds = [t["kind"] for t in (await client.get(f"/v1/savings/accounts/{fd['id']}/transactions")).json()["items"]]
    assert kinds[-2:] == ["interest_reversal", "closure"]


async def test_a_dps_behind_is_suspended_then_closed_into_her_voluntary_savings(app, client, member):
    from palli_savings.service import daily

    member_id, _ = await member()
    today = business_today()
    behind_two = await _open(client, member_id, DPS, term_months=36, installment="500.00", opening_deposit="500.00",
                             opened_on=(today - timedelta(days=100)).isoformat(), backdate_reason=BACKDATED)
    behind_three = await _open(client, member_id, DPS, term_months=36, installment="500.00", opening_deposit="500.00",
                               opened_on=(today - timedelta(days=130)).isoformat(), backdate_reason=BACKDATED)
    vs = await _open(client, member_id, VS)
    db = app.state.runtime.db
    result = await daily.run_day(db)
    assert uuid.UUID(behind_two["id"]) in result.suspended and uuid.UUID(behind_three["id"]) in result.closed
    two = (await client.get(f"/v1/savings/accounts/{behind_two['id']}")).json()
    assert two["status"] == "suspended" and "missed" in two["status_reason"]
    assert [i["status"] for i in (await client.get(f"/v1/savings/accounts/{behind_two['id']}/schedule")).json()[:4]] == [
        "paid", "missed", "missed", "overdue"]
    three = (await client.get(f"/v1/savings/accounts/{behind_three['id']}")).json()
    assert three["status"] == "closed"
    moved = Decimal((await client.get(f"/v1/savings/accounts/{vs['id']}")).json()["balance"])
    opened = today - timedelta(days=130)
    # her one installment with its interest at the penalised rate (7.00 less 2.00)
    assert abs(moved - Decimal("500.00") - expected_interest({opened: Decimal("500.00")}, opened, today - timedelta(days=1), "5.00")) <= CENT
    # running the day again changes nothing
    again = await daily.run_day(db)
    assert (again.suspended, again.closed) == ([], [])
    # catching up (two installments) resumes it
    assert (await client.post(f"/v1/savings/accounts/{behind_two['id']}/deposits", json={"amount": "1000.00"})).status_code == 201
    assert (await client.get(f"/v1/savings/accounts/{behind_two['id']}")).json()["status"] == "active"
    assert (await events_of(app, behind_two["id"]))[-2:] == ["savings.account.deposit_received", "savings.account.dps_resumed"]


async def test_terms_mature_by_their_instruction_once(app, client, member):
    from palli_savings.service import daily

    member_id, _ = await member()
    today = business_today()
    opened = add_months(today, -12)
    renews = await _open(client, member_id, FDR, term_months=12, opening_deposit="20000.00", opened_on=opened.isoformat(),
                         backdate_reason=BACKDATED)
    pays = await _open(client, member_id, FDR, term_months=12, opening_deposit="20000.00", opened_on=opened.isoformat(),
                       backdate_reason=BACKDATED, maturity_instruction="pay_to_voluntary")
    db = app.state.runtime.db
    result = await daily.run_day(db)
    assert {uuid.UUID(renews["id"]), uuid.UUID(pays["id"])} <= set(result.matured)
    assert uuid.UUID(pays["id"]) in result.awaiting_payout  # she has no voluntary savings to pay into
    earned = expected_interest({opened: Decimal("20000.00")}, opened, today - timedelta(days=1), "7.50")
    awaiting = (await client.get(f"/v1/savings/accounts/{pays['id']}")).json()
    assert awaiting["status"] == "matured" and abs(Decimal(awaiting["balance"]) - (Decimal("20000.00") + earned)) <= CENT
    # renew_principal with no voluntary account: the interest stays and earns with the principal
    renewed = (await client.get(f"/v1/savings/accounts/{renews['id']}")).json()
    assert renewed["status"] == "active" and renewed["maturity_on"] == add_months(today, 12).isoformat()
    assert renewed["principal"] == renewed["balance"] and renewed["term_started_on"] == today.isoformat()
    assert (await _payloads(app, renews["id"], "savings.account.renewed"))[0]["instruction"] == "renew_with_interest"
    again = await daily.run_day(db)
    assert uuid.UUID(renews["id"]) not in again.matured and uuid.UUID(pays["id"]) not in again.matured
    # a matured deposit is paid out by a manager without a penalty
    r = await client.post(f"/v1/savings/accounts/{pays['id']}/closure", json={"channel": "bank"})
    assert r.status_code == 200, r.text
    assert r.json()["payout"]["amount"] == awaiting["balance"]
    assert await _payloads(app, pays["id"], "savings.account.interest_reversed") == []


async def test_renew_principal_pays_the_interest_to_her_voluntary_savings(app, client, member):
    from palli_savings.service import daily

    member_id, _ = await member()
    today = business_today()
    vs = await _open(client, member_id, VS)
    fd = await _open(client, member_id, FDR, term_months=12, opening_deposit="20000.00", opened_on=add_months(today, -12).isoformat(),
                     backdate_reason=BACKDATED)
    await daily.run_day(app.state.runtime.db)
    renewed = (await client.get(f"/v1/savings/accounts/{fd['id']}")).json()
    interest_paid = Decimal((await client.get(f"/v1/savings/accounts/{vs['id']}")).json()["balance"])
    assert renewed["balance"] == renewed["principal"] == "20000.00" and interest_paid > Decimal("1400.00")
    assert [p["to_kind"] for p in await _payloads(app, fd["id"], "savings.account.transferred_out")] == ["voluntary"]
