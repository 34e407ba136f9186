"""Walk a producer's goods through Palli Bipani on a running platform, through the gateway, and
show the money in the books, her passbook and her SMS:

    make market-journey              # against `make up` on http://127.0.0.1:8000
    .venv/bin/python scripts/market_journey.py --url http://127.0.0.1:8000 [--timeout 15]

As the first admin it opens a branch, a samity and a member (the producer) with her voluntary
savings; registers her as a producer with a nakshi kantha; receives her consignment lot of 10 at
one outlet and checks it (9 accepted); transfers 4 to a second outlet; sells 2 there from a tablet
that posts the sale twice (the second post changes nothing); takes 1 back from the customer; pays
her what she is owed into her savings; then waits until the trial balance (VAT 2320, commission
4140, producer payables 2310 back to zero, her savings 2120), her passbook and her SMS show it, and
the ledger's marketplace reconciliation is clean. Exit 1 if a step fails or does not show within
--timeout seconds.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal

import httpx
from rich.console import Console
from rich.table import Table

VS = "5a000000-0000-4000-8000-000000000002"  # savings' seeded voluntary savings
DEV_ADMIN = ("admin", "dev-only-admin-password")
console = Console()


class Failed(Exception):
    pass


def expect(r: httpx.Response, *codes: int) -> dict | list:
    if r.status_code not in codes:
        raise Failed(f"{r.request.method} {r.request.url.path} gave {r.status_code}: {r.text[:500]}")
    return r.json()


def sign_in(http: httpx.Client, username: str, password: str) -> dict[str, str]:
    token = expect(http.post("/v1/auth/token", data={"grant_type": "password", "username": username, "password": password}), 200)
    return {"Authorization": f"Bearer {token['access_token']}"}


def wait_until(check, timeout: float) -> float | None:  # noqa: ANN001
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if check():
            return time.perf_counter() - started
        time.sleep(0.05)
    return None


def journey(url: str, username: str, password: str, timeout: float) -> list[tuple[str, str]]:
    run = secrets.token_hex(3)
    steps: list[tuple[str, str]] = []
    with httpx.Client(base_url=url, timeout=30) as http:
        admin = sign_in(http, username, password)
        keyed = lambda: {**admin, "Idempotency-Key": str(uuid.uuid4())}  # noqa: E731
        branch = expect(http.post("/v1/branches", headers=admin, json={
            "code": f"M{run}".upper(), "name": f"Bipani branch {run}", "district": "Tangail", "upazila": "Mirzapur"}), 201)
        group = expect(http.post("/v1/groups", headers=admin, json={
            "branch_id": branch["id"], "name": f"Nakshi Mohila Samity {run}", "meeting_day": "tuesday", "meeting_place": "Mirzapur",
            "formation_date": "2026-01-06"}), 201)
        expect(http.post(f"/v1/groups/{group['id']}/activate", headers=admin), 200)
        member = expect(http.post("/v1/members", headers=admin, json={
            "group_id": group["id"], "name_bn": "জোহরা খাতুন", "name_en": "Johora Khatun", "gender": "female", "date_of_birth": "1985-07-09",
            "nid": f"1985{secrets.randbelow(10**13):013d}", "mobile": f"017{secrets.randbelow(10**8):08d}",
            "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"},
            "household_monthly_income": "7000.00", "land_holding_decimals": "2.00"}), 201)
        expect(http.post(f"/v1/members/{member['id']}/activate", headers=admin), 200)

        account: dict = {}
        producer: dict = {}

        def opened() -> bool:  # savings and the marketplace learn she is active from members' events
            if not account:
                r = http.post("/v1/savings/accounts", headers=keyed(), json={"member_id": member["id"], "product_id": VS})
                if r.status_code == 201:
                    account.update(r.json())
                elif r.status_code != 422:
                    raise Failed(f"opening her voluntary savings gave {r.status_code}: {r.text[:400]}")
            if not producer:
                r = http.post("/v1/marketplace/producers", headers=admin, json={"member_id": member["id"]})
                if r.status_code == 201:
                    producer.update(r.json())
                elif r.status_code != 422:
                    raise Failed(f"registering her as a producer gave {r.status_code}: {r.text[:400]}")
            return bool(account and producer)

        if wait_until(opened, timeout) is None:
            raise Failed("savings or the marketplace never heard of the member")
        item = expect(http.post("/v1/marketplace/products", headers=admin, json={
            "producer_id": producer["id"], "code": f"NK-{run}".upper(), "name": "Nakshi kantha, single", "name_bn": "নকশী কাঁথা",
            "category": "textile", "unit": "piece", "producer_price": "800.00", "retail_price": "1050.00", "photos": ["photo:kantha.jpg"]}), 201)
        outlets = [expect(http.post("/v1/marketplace/outlets", headers=admin, json={
            "code": f"PB-{run}-{n}".upper(), "name": f"Palli Bipani {place}", "name_bn": f"পল্লী বিপণি {place_bn}", "district": "Tangail",
            "upazila": "Mirzapur", "branch_id": branch["id"]}), 201) for n, (place, place_bn) in enumerate((("Mirzapur", "মির্জাপুর"),
                                                                                                         ("Gorai", "গোড়াই")))]
        home, away = outlets
        lot = expect(http.post("/v1/marketplace/lots", headers=admin, json={
            "product_id": item["id"], "outlet_id": home["id"], "mode": "consignment", "quantity": 10}), 201)
        lot = expect(http.post(f"/v1/marketplace/lots/{lot['id']}/quality-check", headers=admin,
                               json={"accepted": 9, "note": "one with a torn border"}), 200)
        steps.append(("consignment lot received and checked", f"{lot['accepted']} accepted, {lot['rejected']} rejected at {home['name']}"))
        expect(http.post("/v1/marketplace/transfers", headers=admin, json={
            "lot_id": lot["id"], "from_outlet_id": home["id"], "to_outlet_id": away["id"], "quantity": 4}), 201)
        steps.append(("transferred to the second outlet", f"4 of the lot to {away['name']}"))
        sale_body = {"client_id": f"tablet-{run}-0001", "sold_at": datetime.now(UTC).isoformat(), "channel": "bkash", "reference": f"BK{run}",
                     "lines": [{"product_id": item["id"], "quantity": 2}]}
        sale = expect(http.post(f"/v1/marketplace/outlets/{away['id']}/sales", headers=admin, json=sale_body), 201)
        again = expect(http.post(f"/v1/marketplace/outlets/{away['id']}/sales", headers=admin, json=sale_body), 200)
        if again["id"] != sale["id"]:
            raise Failed(f"the tablet's second post made another sale: {again['id']}")
        steps.append(("sold there; the offline tablet posts it twice", f"one sale {sale['total']} (VAT {sale['vat']}, commission "
                                                                       f"{sale['commission']}, hers {sale['producer_share']}); the repeat: 200, same sale"))
        back = expect(http.post(f"/v1/marketplace/sales/{sale['id']}/returns", headers=keyed(), json={
            "lines": [{"product_id": item["id"], "quantity": 1}], "reason": "the customer wanted another colour", "restock": True,
            "reference": f"BKR{run}"}), 201)
        steps.append(("one unit returned by the customer", f"{back['amount']} refunded, back on the shelf"))
        expect(http.request("PUT", f"/v1/marketplace/producers/{producer['id']}/payout-destination", headers=admin,
                            json={"channel": "savings", "savings_account_id": account["id"]}), 200)
        payout = expect(http.post(f"/v1/marketplace/producers/{producer['id']}/payouts", headers=keyed(), json={}), 201)
        steps.append(("paid out into her savings", f"{payout['amount']}: her share {payout['statement']['sales_share']} of "
                                                   f"{payout['statement']['units']} units sold, less {payout['statement']['refunds']} refunded"))

        def trial() -> dict[str, Decimal]:
            tb = expect(http.get("/v1/ledger/reports/trial-balance", headers=admin, params={"branch_id": branch["id"]}), 200)
            return {a["code"]: Decimal(a["balance"]) for a in tb["accounts"]}

        def booked() -> bool:
            t = trial()
            return t.get("2320", 0) != 0 and t.get("4140", 0) != 0 and t.get("2310", 0) == 0 and t.get("2120", 0) != 0

        seen = wait_until(booked, timeout)
        if seen is None:
            raise Failed(f"the trial balance never showed the sale, refund and payout: {trial()}")
        t = trial()
        steps.append(("trial balance", f"VAT 2320 {t.get('2320')}, commission 4140 {t.get('4140')}, payables 2310 {t.get('2310')}, "
                                       f"her savings 2120 {t.get('2120')} ({seen * 1000:.0f} ms)"))

        def passbook() -> list[dict]:
            return expect(http.get(f"/v1/savings/accounts/{account['id']}/transactions", headers=admin), 200)["items"]

        seen = wait_until(lambda: any(x["channel"] == "marketplace" and x["amount"] == payout["amount"] for x in passbook()), timeout)
        if seen is None:
            raise Failed(f"her passbook never showed the payout: {passbook()}")
        steps.append(("her savings passbook", f"deposit {payout['amount']}, channel marketplace ({seen * 1000:.0f} ms)"))

        def sms() -> list[dict]:
            items = expect(http.get("/v1/notifications/messages", headers=admin, params={"member_id": member["id"]}), 200)["items"]
            return [m for m in items if m["source_event_type"] == "marketplace.payout.paid" and m["status"] in ("sent", "delivered")]

        seen = wait_until(lambda: bool(sms()), timeout)
        if seen is None:
            raise Failed("her payout SMS was never sent")
        steps.append(("her SMS", f"{sms()[0]['body'][:70]}... ({seen * 1000:.0f} ms)"))

        def clean() -> bool:
            return Decimal(expect(http.get("/v1/ledger/reconciliation/marketplace", headers=admin), 200)["difference"]) == 0

        if wait_until(clean, timeout) is None:
            raise Failed("the marketplace reconciliation shows a difference")
        steps.append(("ledger reconciliation of producer payables", "clean"))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("GATEWAY_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", DEV_ADMIN[0]))
    parser.add_argument("--password", default=os.environ.get("ADMIN_PASSWORD", DEV_ADMIN[1]))
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds an event may take to reach another service")
    args = parser.parse_args()
    try:
        steps = journey(args.url, args.username, args.password, args.timeout)
    except (Failed, httpx.HTTPError) as exc:
        console.print(f"[red]marketplace journey failed:[/] {exc}")
        return 1
    table = Table(title="Palli Bipani, through the gateway")
    table.add_column("step")
    table.add_column("result")
    for step, result in steps:
        table.add_row(step, result)
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
