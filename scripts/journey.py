"""Walk one member through a loan on a running platform, through the gateway, and time how long the
money takes to reach the books and the member's phone:

    make journey                     # against `make up` on http://127.0.0.1:8000
    .venv/bin/python scripts/journey.py --url http://127.0.0.1:8000 [--timeout 10]

As the first admin it opens a branch, a samity and a member, and a field officer's account; the
officer applies for a GEN-MC loan and the admin approves it; the officer opens her compulsory
savings, the admin enters her voluntary savings opened last month (back-dated, with a reason) and
disburses the loan into it; the officer takes a repayment and posts the samity meeting's collection
sheet with her installment and her savings; the admin runs last month's interest. After each money
step it polls the trial balance (loan portfolio, member savings 2110, interest expense 5110, of that
branch) and the member's messages or passbook until the step shows in both, and prints the delays. Exit 1 if a step does not show
within --timeout seconds.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from datetime import timedelta
from decimal import Decimal

import httpx
from rich.console import Console
from rich.table import Table

from palli_common.clock import business_today

GS = "5a000000-0000-4000-8000-000000000001"  # savings' seeded general (compulsory) savings
VS = "5a000000-0000-4000-8000-000000000002"  # voluntary savings
GEN_MC = "1e4d0000-0000-4000-8000-000000000001"
DEV_ADMIN = ("admin", "dev-only-admin-password")
console = Console()


class Failed(Exception):
    pass


def expect(r: httpx.Response, *codes: int) -> dict:
    if r.status_code not in codes:
        raise Failed(f"{r.request.method} {r.request.url.path} gave {r.status_code}: {r.text[:400]}")
    return r.json()


def sign_in(http: httpx.Client, username: str, password: str) -> dict[str, str]:
    token = expect(http.post("/v1/auth/token", data={"grant_type": "password", "username": username, "password": password}), 200)
    return {"Authorization": f"Bearer {token['access_token']}"}


def wait_until(check, timeout: float) -> float | None:  # noqa: ANN001
    """Seconds until check() is truthy, polling as fast as the gateway answers; None on timeout."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if check():
            return time.perf_counter() - started
        time.sleep(0.05)  # 20 checks a second: under the gateway's per-address limit
    return None


def journey(url: str, username: str, password: str, timeout: float) -> list[tuple[str, float | None, float | None]]:
    run = secrets.token_hex(3)
    with httpx.Client(base_url=url, timeout=30) as http:
        admin = sign_in(http, username, password)
        branch = expect(http.post("/v1/branches", headers=admin, json={
            "code": f"J{run}".upper(), "name": f"Journey branch {run}", "district": "Tangail", "upazila": "Mirzapur"}), 201)
        group = expect(http.post("/v1/groups", headers=admin, json={
            "branch_id": branch["id"], "name": f"Shapla Mohila Samity {run}", "meeting_day": "sunday",
            "meeting_place": "Mirzapur bazar", "formation_date": "2026-01-04"}), 201)
        expect(http.post(f"/v1/groups/{group['id']}/activate", headers=admin), 200)
        member = expect(http.post("/v1/members", headers=admin, json={
            "group_id": group["id"], "name_bn": "রোকেয়া বেগম", "name_en": "Rokeya Begum", "gender": "female",
            "date_of_birth": "1988-02-14", "nid": f"1988{secrets.randbelow(10**13):013d}", "mobile": f"017{secrets.randbelow(10**8):08d}",
            "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"},
            "household_monthly_income": "9000.00", "land_holding_decimals": "5.00"}), 201)
        expect(http.post(f"/v1/members/{member['id']}/activate", headers=admin), 200)
        officer_password = secrets.token_urlsafe(16)
        expect(http.post("/v1/auth/users", headers=admin, json={
            "username": f"officer-{run}", "full_name": "Salma Akter", "password": officer_password,
            "roles": ["field_officer"], "branch_id": branch["id"]}), 201)
        officer = sign_in(http, f"officer-{run}", officer_password)

        apply = {"member_id": member["id"], "product_id": GEN_MC, "principal": "15000.00", "installments": 46, "frequency": "weekly"}
        loan: dict = {}

        def applied() -> bool:  # lending learns the member from members' events a moment after the commit
            r = http.post("/v1/loans", headers=officer, json=apply)
            if r.status_code == 201:
                loan.update(r.json())
            elif not (r.status_code == 422 and "unknown to lending" in r.text):
                raise Failed(f"applying gave {r.status_code}: {r.text[:400]}")
            return bool(loan)

        if wait_until(applied, timeout) is None:
            raise Failed("lending never heard of the member")
        expect(http.post(f"/v1/loans/{loan['id']}/approve", headers=admin), 200)

        def portfolio() -> Decimal:
            tb = expect(http.get("/v1/ledger/reports/trial-balance", headers=admin, params={"branch_id": branch["id"]}), 200)
            return sum((Decimal(a["balance"]) for a in tb["accounts"] if a["code"].startswith("1310")), Decimal(0))

        def messages(event_type: str) -> bool:
            items = expect(http.get("/v1/notifications/messages", headers=officer, params={"member_id": member["id"]}), 200)["items"]
            return any(m["source_event_type"] == event_type and m["status"] in ("sent", "delivered") for m in items)

        def member_savings(code: str = "2110") -> Decimal:
            tb = expect(http.get("/v1/ledger/reports/trial-balance", headers=admin, params={"branch_id": branch["id"]}), 200)
            return sum((Decimal(a["balance"]) for a in tb["accounts"] if a["code"] == code), Decimal(0))

        def passbook(account_id: str) -> list[dict]:
            return expect(http.get(f"/v1/savings/accounts/{account_id}/transactions", headers=officer), 200)["items"]

        timings = []
        # her compulsory savings: the officer opens the account (savings learns she is active from members' events)
        account: dict = {}

        def opened() -> bool:
            r = http.post("/v1/savings/accounts", headers={**officer, "Idempotency-Key": f"open-{run}"},
                          json={"member_id": member["id"], "product_id": GS, "opening_deposit": "200.00"})
            if r.status_code == 201:
                account.update(r.json())
            elif not ("not known to savings" in r.text or "she is applicant" in r.text):
                raise Failed(f"opening her savings account gave {r.status_code}: {r.text[:400]}")
            return bool(account)

        if wait_until(opened, timeout) is None:
            raise Failed("savings never heard of the member")
        started = time.perf_counter()
        booked = wait_until(lambda: member_savings() == Decimal("200.00"), timeout)
        texted = wait_until(lambda: messages("savings.account.deposit_received"), timeout - (time.perf_counter() - started))
        timings.append(("savings account opened with 200.00", booked, texted and time.perf_counter() - started))

        # her voluntary savings, entered by the admin from the branch's paper register: opened on the
        # first of last month, so the interest run below has a month to pay
        today = business_today()
        last_month_end = today.replace(day=1) - timedelta(days=1)
        voluntary = expect(http.post("/v1/savings/accounts", headers={**admin, "Idempotency-Key": f"open-vs-{run}"}, json={
            "member_id": member["id"], "product_id": VS, "opening_deposit": "1000.00", "opened_on": last_month_end.replace(day=1).isoformat(),
            "backdate_reason": "journey: opened last month, entered from the paper register"}), 201)

        # the loan is paid into her voluntary savings (lending's savings channel; savings credits it from the event)
        disbursed_on = (today - timedelta(days=20)).isoformat()
        expect(http.post(f"/v1/loans/{loan['id']}/disburse", headers=admin, json={
            "disbursed_on": disbursed_on, "channel": "savings", "reference": voluntary["number"],
            "backdate_reason": "journey: a loan 20 days old"}), 200)
        started = time.perf_counter()
        booked = wait_until(lambda: portfolio() == Decimal("15000.00"), timeout)
        landed = wait_until(lambda: any(t["channel"] == "loan_disbursement" for t in passbook(voluntary["id"])),
                            timeout - (time.perf_counter() - started))
        texted = landed and wait_until(lambda: messages("lending.loan.disbursed"), timeout - (time.perf_counter() - started))
        timings.append(("disbursement of 15000.00 into her voluntary savings", booked, texted and time.perf_counter() - started))

        paid = expect(http.post(f"/v1/loans/{loan['id']}/repayments", headers=officer,
                                json={"amount": "350.00", "paid_on": today.isoformat()}), 201)
        started = time.perf_counter()
        left = Decimal("15000.00") - Decimal(paid["principal"])
        booked = wait_until(lambda: portfolio() == left, timeout)
        texted = wait_until(lambda: messages("lending.loan.repayment_received"), timeout - (time.perf_counter() - started))
        timings.append(("repayment of 350.00", booked, texted and time.perf_counter() - started))

        # the samity meeting's sheet takes her installment and her savings in one POST
        def savings_due_shown() -> bool:
            sheet = expect(http.get("/v1/collection-sheets", headers=officer, params={"group_id": group["id"],
                                                                                      "meeting_on": today.isoformat()}), 200)
            return any(line["savings_account_id"] == account["id"] for line in sheet["lines"])

        if wait_until(savings_due_shown, timeout) is None:
            raise Failed("the collection sheet never showed her savings due")
        expect(http.post("/v1/collection-sheets", headers={**officer, "Idempotency-Key": f"meeting-{run}"}, json={
            "group_id": group["id"], "meeting_on": today.isoformat(), "lines": [{"loan_id": loan["id"], "amount": "350.00"}],
            "savings": [{"account_id": account["id"], "amount": "50.00"}]}), 201)
        started = time.perf_counter()
        booked = wait_until(lambda: member_savings() == Decimal("250.00"), timeout)
        shown = wait_until(lambda: len(passbook(account["id"])) == 2, timeout)
        timings.append(("collection sheet: 350.00 installment and 50.00 savings", booked, shown and time.perf_counter() - started))

        # the accountant's monthly run: last month's interest (a second run for the same day posts nothing)
        expect(http.post("/v1/savings/interest-postings", headers=admin, json={"on": last_month_end.isoformat()}), 200)
        started = time.perf_counter()
        [posting] = expect(http.get(f"/v1/savings/accounts/{voluntary['id']}/interest-postings", headers=officer), 200)
        earned = Decimal(posting["amount"])
        booked = wait_until(lambda: member_savings("5110") == earned > 0, timeout)
        shown = wait_until(lambda: any(t["kind"] == "interest" and Decimal(t["amount"]) == earned for t in passbook(voluntary["id"])),
                           timeout - (time.perf_counter() - started))
        texted = shown and wait_until(lambda: messages("savings.account.interest_posted"), timeout - (time.perf_counter() - started))
        timings.append((f"interest for {last_month_end:%B}: {earned} on her voluntary savings", booked,
                        texted and time.perf_counter() - started))
        return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("GATEWAY_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", DEV_ADMIN[0]))
    parser.add_argument("--password", default=os.environ.get("ADMIN_PASSWORD", DEV_ADMIN[1]))
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds a step may take to show")
    args = parser.parse_args()
    try:
        timings = journey(args.url, args.username, args.password, args.timeout)
    except (Failed, httpx.HTTPError) as exc:
        console.print(f"[red]journey failed:[/] {exc}")
        return 1
    table = Table(title="From the API call's answer until it shows (polled through the gateway)")
    for column in ("step", "in the trial balance", "in the member's messages (sent) / passbook"):
        table.add_column(column)
    for step, booked, texted in timings:
        table.add_row(step, "never" if booked is None else f"{booked * 1000:.0f} ms", "never" if not texted else f"{texted * 1000:.0f} ms")
    console.print(table)
    return 0 if all(b is not None and t for _, b, t in timings) else 1


if __name__ == "__main__":
    sys.exit(main())
