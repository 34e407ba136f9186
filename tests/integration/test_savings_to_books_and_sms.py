"""Savings with members, lending, the ledger and notifications as real processes on a real broker:
a member's compulsory and voluntary accounts, a loan disbursed into her voluntary savings, a
withdrawal, a collection sheet with her installment and her savings, a repayment from savings with
her consent, and a month's interest. The ledger's member-savings accounts and interest expense match
savings' balances to the poisha, and she gets a Bangla SMS for each money event."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from palli_common.clock import business_today
from palli_savings.domain.periods import period_end_on_or_before

from .test_disbursement_to_books_and_sms import GEN_MC, eventually

GS, VS = "5a000000-0000-4000-8000-000000000001", "5a000000-0000-4000-8000-000000000002"


async def test_savings_reach_the_books_and_her_phone(service_factory, internal_keys):
    members = service_factory("members").start()
    lending = service_factory("lending").start()
    savings = service_factory("savings").start()
    ledger = service_factory("ledger").start()
    notifications = service_factory("notifications").start()
    admin = internal_keys.headers()
    async with httpx.AsyncClient(base_url=members.url, headers=admin) as m:
        branch = (await m.post("/v1/branches", json={"code": f"SV{random.randint(0, 10**7):07d}", "name": "Madhupur",
                                                      "district": "Tangail", "upazila": "Madhupur"})).json()
        group = (await m.post("/v1/groups", json={"branch_id": branch["id"], "name": "Padma Mohila Samity", "meeting_day": "monday",
                                                   "meeting_place": "Madhupur haat", "formation_date": "2026-01-05"})).json()
        assert (await m.post(f"/v1/groups/{group['id']}/activate")).status_code == 200
        r = await m.post("/v1/members", json={
            "group_id": group["id"], "name_bn": "মোছাঃ সালমা খাতুন", "name_en": "Salma Khatun", "gender": "female",
            "date_of_birth": "1988-02-11", "nid": f"1988{random.randint(0, 10**13 - 1):013d}",
            "mobile": f"018{random.randint(0, 10**8 - 1):08d}", "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Madhupur"},
            "household_monthly_income": "9000.00", "land_holding_decimals": "2.00"})
        assert r.status_code == 201, r.text
        member = r.json()
        assert (await m.post(f"/v1/members/{member['id']}/activate")).status_code == 200

    officer = internal_keys.headers(roles=["field_officer"], branches=[branch["id"]], subject="officer-sv")
    manager = internal_keys.headers(roles=["branch_manager"], branches=[branch["id"]], subject="manager-sv")
    async with httpx.AsyncClient(base_url=savings.url, headers=officer) as sv:
        async def open_gs() -> httpx.Response | None:
            r = await sv.post("/v1/savings/accounts", json={"member_id": member["id"], "product_id": GS, "opening_deposit": "500.00"})
            # her registration and activation reach savings a moment after the API answered
            return None if ("not known to savings" in r.text or "she is applicant" in r.text) else r

        r = await eventually(open_gs)
        assert r is not None and r.status_code == 201, r and r.text
        gs = r.json()
        vs = (await sv.post("/v1/savings/accounts", json={"member_id": member["id"], "product_id": VS})).json()
        assert (await sv.post(f"/v1/savings/accounts/{gs['id']}/deposits", json={"amount": "100.00"})).status_code == 201

    async with httpx.AsyncClient(base_url=lending.url, headers=officer) as fo, httpx.AsyncClient(base_url=lending.url, headers=manager) as bm:
        r = await eventually(lambda: _apply(fo, member["id"]))
        loan = r.json()
        assert (await bm.post(f"/v1/loans/{loan['id']}/approve")).status_code == 200
        r = await bm.post(f"/v1/loans/{loan['id']}/disburse", json={"disbursed_on": business_today().isoformat(), "channel": "savings",
                                                                        "reference": vs["number"]})
        assert r.status_code == 200, r.text

    async with httpx.AsyncClient(base_url=savings.url, headers=officer) as sv:
        async def credited() -> dict | None:
            account = (await sv.get(f"/v1/savings/accounts/{vs['id']}")).json()
            return account if account["balance"] == "12500.00" else None

        assert await eventually(credited), "the disbursement never reached her voluntary savings"
        assert (await sv.post(f"/v1/savings/accounts/{vs['id']}/withdrawals", json={"amount": "50.00"})).status_code == 201

    # the samity meeting: lending's sheet shows her savings due beside her installment, and one POST takes both
    async with httpx.AsyncClient(base_url=lending.url, headers=officer) as fo:
        today = business_today().isoformat()

        async def sheet() -> dict | None:
            got = (await fo.get("/v1/collection-sheets", params={"group_id": group["id"], "meeting_on": today})).json()
            return got if got["lines"] and got["lines"][0]["savings_due"] == "50.00" else None

        got = await eventually(sheet)
        assert got, "lending never learnt her savings account"
        assert got["lines"][0]["savings_account_id"] == gs["id"]
        r = await fo.post("/v1/collection-sheets", headers={"Idempotency-Key": f"meeting-{random.random()}"}, json={
            "group_id": group["id"], "meeting_on": today, "lines": [{"loan_id": loan["id"], "amount": "100.00"}],
            "savings": [{"account_id": gs["id"], "amount": "50.00"}]})
        assert r.status_code == 201, r.text
        assert r.json()["posted"] == 1 and r.json()["savings"][0]["status"] == "sent_to_savings"

    async with httpx.AsyncClient(base_url=savings.url, headers=officer) as sv:
        async def sheet_saved() -> bool:
            return (await sv.get(f"/v1/savings/accounts/{gs['id']}")).json()["balance"] == "650.00"

        assert await eventually(sheet_saved), "the sheet's savings never reached her compulsory account"
        # she agrees (thumbprint on the form) to repay 100.00 of her loan from her voluntary savings
        r = await sv.post(f"/v1/savings/accounts/{vs['id']}/loan-repayments", json={
            "loan_id": loan["id"], "amount": "100.00", "consent": {"method": "thumbprint", "reference": "FORM-17"}})
        assert r.status_code == 201, r.text

    async with httpx.AsyncClient(base_url=lending.url, headers=officer) as fo:
        async def repaid_from_savings() -> bool:
            items = (await fo.get(f"/v1/loans/{loan['id']}/transactions")).json()["items"]
            return any(t["channel"] == "savings" and t["amount"] == "100.00" for t in items)

        assert await eventually(repaid_from_savings), "lending never applied the repayment from savings"

    # her compulsory savings as if opened six weeks ago (the API takes only today and yesterday)
    last_end = period_end_on_or_before("monthly", business_today() - timedelta(days=1))
    opened = last_end - timedelta(days=40)
    engine = create_async_engine(savings.env["SAVINGS_DATABASE_URL"])
    async with engine.begin() as conn:
        await conn.execute(text("UPDATE savings_accounts SET opened_on = :d WHERE id = :id"), {"d": opened, "id": gs["id"]})
        await conn.execute(text("UPDATE savings_transactions SET \"on\" = :d WHERE account_id = :id AND amount = 50000"),
                           {"d": opened, "id": gs["id"]})
    await engine.dispose()
    accountant = internal_keys.headers(roles=["accountant"], subject="accountant-sv")
    async with httpx.AsyncClient(base_url=savings.url, headers=accountant) as acc:
        r = await acc.post("/v1/savings/interest-postings", json={})
        assert r.status_code == 200, r.text
        again = await acc.post("/v1/savings/interest-postings", json={})
        assert all(p["accounts"] == 0 for p in again.json()["periods"])  # the same day twice posts nothing twice
        postings = (await acc.get(f"/v1/savings/accounts/{gs['id']}/interest-postings")).json()
        interest = sum(Decimal(p["amount"]) for p in postings)
        assert interest > 0 and {p["period_end"] for p in postings} >= {last_end.isoformat()}
        balances = {a["kind"]: Decimal(a["balance"]) for a in (await acc.get("/v1/savings/accounts", params={"member_id": member["id"]})).json()["items"]}
    assert balances == {"compulsory": Decimal("650.00") + interest, "voluntary": Decimal("12350.00")}

    async with httpx.AsyncClient(base_url=ledger.url, headers=accountant) as gl:
        async def books() -> dict | None:
            tb = (await gl.get("/v1/ledger/reports/trial-balance", params={"branch_id": branch["id"]})).json()
            got = {a["code"]: Decimal(a["balance"]) for a in tb["accounts"]}
            return tb if got.get("2110") == balances["compulsory"] and got.get("2120") == balances["voluntary"] else None

        tb = await eventually(books)
        assert tb, "the ledger's member savings never matched savings' balances"
        got = {a["code"]: Decimal(a["balance"]) for a in tb["accounts"]}
        assert tb["balanced"] and got["5110"] == interest and got["1310-GEN-MC"] < Decimal("12500.00")
        assert got["1110"] == Decimal("750.00") - Decimal("50.00")  # cash in: 500 + 100 + the sheet's 50 and 100; out: 50
        # the ledger's own reconciliation agrees: 2110 and 2120 against savings' published balances
        recon = (await gl.get("/v1/ledger/reconciliation/savings", params={"branch_id": branch["id"]})).json()
        assert recon["clean"] is True and recon["accounts_checked"] == 2, recon
        assert Decimal(recon["savings_total"]) == balances["compulsory"] + balances["voluntary"]

    async with httpx.AsyncClient(base_url=notifications.url, headers=officer) as n:
        wanted = {"savings.account.deposit_received", "savings.account.withdrawal_paid", "savings.account.interest_posted"}

        async def messages() -> list[dict]:
            items = (await n.get("/v1/notifications/messages", params={"member_id": member["id"]})).json()["items"]
            return items if wanted <= {i["source_event_type"] for i in items if i["status"] in ("sent", "delivered")} else []

        sent = await eventually(messages)
        assert sent, "no savings SMS reached her"
        deposits = [i for i in sent if i["source_event_type"] == "savings.account.deposit_received"]
        assert len(deposits) == 4  # 500 at opening, 100, the loan into her voluntary savings, the sheet's 50
        withdrawals = sorted(i["body"] for i in sent if i["source_event_type"] == "savings.account.withdrawal_paid")
        assert len(withdrawals) == 2  # the 50.00 she took, and the 100.00 that repaid her loan
        assert any("থেকে ৫০.০০ টাকা" in b and "স্থিতি ১২,৪৫০.০০" in b for b in withdrawals)
        assert any("থেকে ১০০.০০ টাকা" in b and "স্থিতি ১২,৩৫০.০০" in b for b in withdrawals)


async def _apply(fo: httpx.AsyncClient, member_id: str) -> httpx.Response | None:
    r = await fo.post("/v1/loans", json={"member_id": member_id, "product_id": GEN_MC, "principal": "12500.00", "installments": 46,
                                         "frequency": "weekly"})
    if r.status_code == 422 and ("unknown to lending" in r.text or "member is an applicant" in r.text):
        return None  # lending's copy of her lags the members events: unknown yet, or still an applicant
    assert r.status_code == 201, r.text
    return r
