"""Walk the training programme on a running platform, through the gateway, and show that lending
lends on its credentials:

    make training-journey            # against `make up` on http://127.0.0.1:8000
    .venv/bin/python scripts/training_journey.py --url http://127.0.0.1:8000 [--timeout 10]

As the first admin it opens a branch, a samity and two members, a loan product that requires the
youth leadership journey (AC-YOUTH), a master facilitator and a trainer's sign-in. The master's
facilitators' course trains two facilitators (attendance posted, posted again: nothing changes);
one of them, signed in as a trainer, runs a youth cohort with the first member in it; the cohort's
social action project is proposed, reviewed, approved and completed with countersigned hours; her
credential is issued and checked at its public address without a token; lending then accepts her
loan application and refuses the member without the credential. Exit 1 if a step fails or does not
show within --timeout seconds.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx
from rich.console import Console
from rich.table import Table

from palli_common.clock import business_today

GEN_MC = "1e4d0000-0000-4000-8000-000000000001"
DEV_ADMIN = ("admin", "dev-only-admin-password")
TANGAIL = {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"}
PRODUCT_FIELDS = ("name", "name_bn", "interest_method", "amortisation", "frequencies", "min_amount", "max_amount", "min_installments",
                  "max_installments", "term_months", "min_loan_months", "max_loan_months", "min_rate", "max_rate", "default_rate",
                  "grace_on_principal", "grace_on_interest", "min_days_to_first", "installment_multiple", "prepayment_interest", "eligibility")
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
        time.sleep(0.02)
    return None


def journey(url: str, username: str, password: str, timeout: float) -> list[tuple[str, str]]:
    run = secrets.token_hex(3)
    today = business_today()
    steps: list[tuple[str, str]] = []
    with httpx.Client(base_url=url, timeout=30) as http:
        admin = sign_in(http, username, password)
        branch = expect(http.post("/v1/branches", headers=admin, json={
            "code": f"T{run}".upper(), "name": f"Training branch {run}", "district": "Tangail", "upazila": "Mirzapur"}), 201)
        group = expect(http.post("/v1/groups", headers=admin, json={
            "branch_id": branch["id"], "name": f"Jui Mohila Samity {run}", "meeting_day": "monday", "meeting_place": "Mirzapur",
            "formation_date": "2026-01-05"}), 201)
        expect(http.post(f"/v1/groups/{group['id']}/activate", headers=admin), 200)
        members = []
        for name_en, name_bn in (("Sharmin Akter", "শারমিন আক্তার"), ("Moriom Begum", "মরিয়ম বেগম")):
            m = expect(http.post("/v1/members", headers=admin, json={
                "group_id": group["id"], "name_bn": name_bn, "name_en": name_en, "gender": "female", "date_of_birth": "1999-04-02",
                "nid": f"1999{secrets.randbelow(10**13):013d}", "mobile": f"019{secrets.randbelow(10**8):08d}", "address": TANGAIL,
                "household_monthly_income": "8000.00", "land_holding_decimals": "3.00"}), 201)
            expect(http.post(f"/v1/members/{m['id']}/activate", headers=admin), 200)
            members.append(m)
        trained, untrained = members

        product = expect(http.get(f"/v1/loan-products/{GEN_MC}", headers=admin), 200)
        body = {k: product[k] for k in PRODUCT_FIELDS if k in product}
        body.update(code=f"YOUTH-{run}".upper(), name=f"Youth leaders' enterprise loan {run}", name_bn="যুব উদ্যোক্তা ঋণ",
                    eligibility={**(product.get("eligibility") or {}), "required_training": "AC-YOUTH"})
        loan_product = expect(http.post("/v1/loan-products", headers=admin, json=body), 201, 202)

        programmes = {p["code"]: p for p in expect(http.get("/v1/training/programmes", headers=admin), 200)}
        youth = lambda name: expect(http.post("/v1/training/participants", headers=admin, json={  # noqa: E731
            "name": name, "gender": "female", "date_of_birth": "2000-02-02", "address": TANGAIL, "consent": True,
            "partner": "Mirzapur Youth Forum"}), 201)
        master = expect(http.post("/v1/training/facilitators", headers=admin, json={
            "participant_id": youth("Farida Yasmin")["id"], "level": "master", "partner": "Palli head office"}), 201)

        def attend(who: dict[str, str], cohort: dict, people: list[dict]) -> list[dict]:
            out = []
            for n, s in enumerate(cohort["sessions"]):
                at = datetime.now(UTC) - timedelta(days=len(cohort["sessions"]) - n)
                out.append(expect(http.post(f"/v1/training/sessions/{s['id']}/attendance", headers=who, json={"records": [
                    {"participant_id": p["id"], "status": "present", "client_id": f"{run}-{s['id'][-8:]}-{p['id'][-8:]}",
                     "taken_at": at.isoformat()} for p in people]}), 200))
            return out

        def cohort(who: dict[str, str], code: str, lead: dict, name: str, people: list[dict]) -> dict:
            c = expect(http.post("/v1/training/cohorts", headers=who, json={
                "programme_id": programmes[code]["id"], "facilitator_id": lead["id"], "name": name, "address": TANGAIL,
                "place": "Mirzapur union parishad hall", "starts_on": (today - timedelta(days=12)).isoformat(), "every_days": 1,
                "branch_id": branch["id"]}), 201)
            for p in people:
                expect(http.post(f"/v1/training/cohorts/{c['id']}/enrolments", headers=who, json={"participant_id": p["id"]}), 201)
            return c

        trainees = [youth("Nasima Khatun"), youth("Rupa Sarkar")]
        course = cohort(admin, "AC-FACILITATOR", master, f"Facilitators' course {run}", trainees)
        posted = attend(admin, course, trainees)
        again = attend(admin, course, trainees)
        if any(r["recorded"] for r in again) or sum(r["recorded"] for r in posted) != 2 * len(course["sessions"]):
            raise Failed(f"posting attendance twice changed it: {posted} then {again}")
        steps.append(("facilitators' course: attendance posted twice", f"{sum(r['recorded'] for r in posted)} records, "
                                                                        f"{sum(r['unchanged'] for r in again)} unchanged on the resend"))
        results = expect(http.post(f"/v1/training/cohorts/{course['id']}/complete", headers=admin), 200)
        if not all(r["credential"] for r in results):
            raise Failed(f"the facilitators' course gave no credential: {results}")
        trainer_password = secrets.token_urlsafe(16)
        trainer_user = expect(http.post("/v1/auth/users", headers=admin, json={
            "username": f"trainer-{run}", "full_name": "Nasima Khatun", "password": trainer_password, "roles": ["trainer"]}), 201)
        facilitator = expect(http.post("/v1/training/facilitators", headers=admin, json={
            "participant_id": trainees[0]["id"], "level": "facilitator", "trained_in": course["id"], "subject": trainer_user["id"]}), 201)
        trainer = sign_in(http, f"trainer-{run}", trainer_password)
        steps.append(("facilitators trained by the master", f"{len(results)} credentials; {trainees[0]['name']} cascades"))

        her: dict = {}

        def registered() -> bool:  # training learns the member from members' events
            r = http.post("/v1/training/participants", headers=admin, json={"member_id": trained["id"], "consent": True})
            if r.status_code == 201:
                her.update(r.json())
            elif not (r.status_code == 422 and "not known to training" in r.text):
                raise Failed(f"registering her gave {r.status_code}: {r.text[:400]}")
            return bool(her)

        if wait_until(registered, timeout) is None:
            raise Failed("training never heard of the member")
        peers = [youth("Tania Islam")]
        youth_cohort = cohort(trainer, "AC-YOUTH", facilitator, f"Youth cohort {run}", [her, *peers])
        attend(trainer, youth_cohort, [her, *peers])
        expect(http.post(f"/v1/training/cohorts/{youth_cohort['id']}/complete", headers=trainer), 200)
        project = expect(http.post("/v1/training/projects", headers=trainer, json={
            "cohort_id": youth_cohort["id"], "title": "Safe water for Mirzapur school", "problem": "the school's tube well has arsenic",
            "community": "Mirzapur", "stakeholders": "teachers, parents, the union council", "plan": "test wells, mark them, a new well",
            "budget": "20000.00", "team": [her["id"]]}), 201)
        expect(http.post(f"/v1/training/projects/{project['id']}/reviews", headers=admin, json={
            "scores": {"need": 5, "feasibility": 4, "inclusion": 4, "sustainability": 4}, "recommend": True}), 201)
        expect(http.post(f"/v1/training/projects/{project['id']}/decision", headers=admin, json={"approve": True, "grant": "15000.00"}), 200)
        for day in (3, 2):
            logged = expect(http.post(f"/v1/training/projects/{project['id']}/hours", headers=trainer, json={
                "participant_id": her["id"], "on": (today - timedelta(days=day)).isoformat(), "hours": "10.5",
                "activity": "testing wells with the kit", "client_id": f"{run}-hours-{day}"}), 201)
            expect(http.post(f"/v1/training/projects/{project['id']}/hours/{logged['id']}/countersign", headers=trainer), 200)
        expect(http.post(f"/v1/training/projects/{project['id']}/complete", headers=trainer, json={
            "beneficiaries_female": 140, "beneficiaries_male": 120, "evidence": ["photo:well-marked-red.jpg"]}), 200)
        credentials = expect(http.get("/v1/training/credentials", headers=admin, params={"participant_id": her["id"]}), 200)
        youth_credential = next((c for c in credentials if c["programme_code"] == "AC-YOUTH"), None)
        if youth_credential is None:
            raise Failed(f"she completed the journey and her project, but holds no AC-YOUTH credential: {credentials}")
        steps.append(("youth cohort, project and credential", f"{youth_credential['code']} issued to {her['name']}"))

        public = httpx.get(f"{url}/v1/training/verify/{youth_credential['code']}", timeout=30)  # no token
        if public.status_code != 200 or not public.json()["valid"]:
            raise Failed(f"the public check gave {public.status_code}: {public.text[:300]}")
        steps.append(("checked at its public address, no sign-in", f"{public.json()['holder']}: {public.json()['programme']}"))

        apply = {"product_id": loan_product["id"], "principal": "20000.00", "installments": 46, "frequency": "weekly"}
        started = time.perf_counter()
        accepted: dict = {}

        def lent() -> bool:  # lending learns the credential from training's event
            r = http.post("/v1/loans", headers=admin, json={**apply, "member_id": trained["id"]})
            if r.status_code == 201:
                accepted.update(r.json())
            elif not (r.status_code == 422 and ("not completed the training" in r.text or "unknown to lending" in r.text)):
                raise Failed(f"her application gave {r.status_code}: {r.text[:400]}")
            return bool(accepted)

        if wait_until(lent, timeout) is None:
            raise Failed("lending never accepted the credentialed member")
        steps.append(("loan requiring AC-YOUTH: credentialed member", f"accepted (lending held her credential {(time.perf_counter() - started) * 1000:.0f} ms after the first try)"))
        refused = http.post("/v1/loans", headers=admin, json={**apply, "member_id": untrained["id"]})
        if refused.status_code != 422 or "AC-YOUTH" not in refused.text:
            raise Failed(f"the member without the credential was not refused: {refused.status_code} {refused.text[:300]}")
        steps.append(("the same loan: member without it", "refused (422 member_id: has not completed the training)"))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("GATEWAY_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", DEV_ADMIN[0]))
    parser.add_argument("--password", default=os.environ.get("ADMIN_PASSWORD", DEV_ADMIN[1]))
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds an event may take to reach another service")
    args = parser.parse_args()
    try:
        steps = journey(args.url, args.username, args.password, args.timeout)
    except (Failed, httpx.HTTPError) as exc:
        console.print(f"[red]training journey failed:[/] {exc}")
        return 1
    table = Table(title="Training, through the gateway")
    table.add_column("step")
    table.add_column("result")
    for step, result in steps:
        table.add_row(step, result)
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
