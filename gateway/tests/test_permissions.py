"""Walks the whole permission table (the one the README prints): every route, for every staff
role and for partner clients by scope, answers 2xx when the table allows and 403 when it does not;
without a token, 401. Each allowed call gets fresh records in the state the route needs."""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from palli_common.clock import business_today
from palli_common.db import Database
from palli_common.ids import uuid7
from palli_gateway.auth.principal import ROLES, SCOPES
from palli_gateway.permissions import RULES, Rule
from palli_notifications.adapters.tables import Contact, Message
from palli_notifications.domain.templates import MESSAGE_TYPES, SAMPLE_VARIABLES

from walk_marketplace import SETUPS as MARKETPLACE_SETUPS  # gateway/tests is on sys.path (conftest.py)
from walk_training import SETUPS as TRAINING_SETUPS, credential
from walk_webhooks import SETUPS as WEBHOOKS_SETUPS

NID_SEQ = iter(range(1, 10**6))
MONTH = (business_today() - timedelta(days=30)).isoformat()  # the reports' period starts
REPORTS = "/v1/ledger/reports"
GEN_MC = "1e4d0000-0000-4000-8000-000000000001"  # seeded by lending's migration 0002
GS, VS = "5a000000-0000-4000-8000-000000000001", "5a000000-0000-4000-8000-000000000002"  # seeded by savings' migration 0001


def savings_product_body() -> dict:
    return {"code": f"S{uuid.uuid4().hex[:8].upper()}", "name": "Eid savings", "name_bn": "ঈদ সঞ্চয়", "kind": "voluntary", "annual_rate": "5.00"}


async def _saving_url(r: "Records", suffix: str = "", body: dict | None = None) -> tuple[str, dict | None]:
    return f"/v1/savings/accounts/{(await r.savings_account())['id']}{suffix}", body


async def _release_hold(r: "Records") -> tuple[str, dict | None]:
    account = await r.savings_account()
    held = await r._post(f"/v1/savings/accounts/{account['id']}/holds", {"amount": "40.00", "reason": "pledged for a loan"})
    return f"/v1/savings/accounts/{account['id']}/holds/{held['id']}/release", None


async def _savings_transfer(r: "Records") -> tuple[str, dict | None]:
    account = await r.savings_account()
    other = await r._post("/v1/savings/accounts", {"member_id": account["member_id"], "product_id": GS})
    return f"/v1/savings/accounts/{account['id']}/transfers", {"to_account_id": other["id"], "amount": "10.00"}


async def _unblock(r: "Records") -> tuple[str, dict | None]:
    account = await r.savings_account()
    await r._post(f"/v1/savings/accounts/{account['id']}/block", {"reason": "court order"})
    return f"/v1/savings/accounts/{account['id']}/unblock", {"reason": "order lifted"}


async def _reactivate(r: "Records") -> tuple[str, dict | None]:
    from sqlalchemy import update

    from palli_savings.adapters.tables import SavingsAccount

    account = await r.savings_account()
    db = Database(r.savings_db)
    try:  # what the daily run does to an account a year idle
        async with db.sessions() as s:
            await s.execute(update(SavingsAccount).where(SavingsAccount.id == uuid.UUID(account["id"])).values(activity="dormant"))
            await s.commit()
    finally:
        await db.dispose()
    return f"/v1/savings/accounts/{account['id']}/reactivate", {"reason": "she came to the branch with her passbook"}


async def _new_savings_account(r: "Records") -> tuple[str, dict | None]:
    return "/v1/savings/accounts", {"member_id": await r.saver(), "product_id": GS}


def account_body() -> dict:
    return {"code": f"5290-T{uuid.uuid4().hex[:10].upper()}", "name": "Field staff motorcycle fuel", "name_bn": "জ্বালানি খরচ",
            "type": "expense", "parent_code": "5000"}


def rule_body() -> dict:
    return {"event_type": f"walk.fee.t{uuid.uuid4().hex[:10]}", "channel": "cash", "description": "a fee paid in cash",
            "lines": [{"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]}


def manual_entry_body() -> dict:
    """Office rent paid from a branch's cash, dated yesterday (never in Dhaka's future, whatever this machine's zone)."""
    return {"posted_on": (business_today() - timedelta(days=1)).isoformat(), "branch_id": str(uuid.uuid4()),
            "description": "office rent for the month", "reference": f"RENT-{uuid.uuid4().hex[:6]}",
            "lines": [{"account_code": "5220", "debit": "1500.00"}, {"account_code": "1110", "credit": "1500.00"}]}


def _contact_row() -> Contact:
    """A member's contact as notifications keeps it from members events."""
    return Contact(member_id=uuid.uuid4(), branch_id=uuid.uuid4(), name_bn="রহিমা খাতুন", name_en="Rahima Khatun",
                   mobile="+8801712345678", language="bn", sms_consent=True, status="active", aggregate_version=1,
                   updated_at=datetime.now(UTC))


def product_body() -> dict:
    return {"code": f"T{uuid.uuid4().hex[:8]}", "name": "Test product", "interest_method": "declining_balance",
            "frequencies": ["monthly"], "min_amount": "1000.00", "max_amount": "50000.00", "min_installments": 6,
            "max_installments": 24, "min_rate": "10.00", "max_rate": "20.00", "default_rate": "15.00"}


async def _loan_url(r: "Records", suffix: str = "", body: dict | None = None, stage: str = "active") -> tuple[str, dict | None]:
    return f"/v1/loans/{(await r.loan(stage))['id']}{suffix}", body


async def _reverse(r: "Records") -> tuple[str, dict | None]:
    loan = await r.loan()
    paid = await r._post(f"/v1/loans/{loan['id']}/repayments", {"amount": "50.00", "paid_on": business_today().isoformat()})
    return f"/v1/loans/{loan['id']}/transactions/{paid['id']}/reverse", {"reason": "counted twice"}


async def _prepay(r: "Records") -> tuple[str, dict | None]:
    loan = await r.loan()
    q = (await r.api.http.get(f"/v1/loans/{loan['id']}/prepayment-quote", headers=await r.api.admin())).json()
    return f"/v1/loans/{loan['id']}/prepay", {"amount": q["total"], "paid_on": business_today().isoformat()}


async def _write_off_approve(r: "Records") -> tuple[str, dict | None]:
    loan = await r.loan()
    await r._post(f"/v1/loans/{loan['id']}/write-off", {"reason": "the family left the district"})
    return f"/v1/loans/{loan['id']}/write-off/approve", None


async def _sheet(r: "Records", post: bool) -> tuple[str, dict | None]:
    loan = await r.loan()
    if not post:
        return f"/v1/collection-sheets?group_id={loan['group_id']}&meeting_on={business_today().isoformat()}", None
    return "/v1/collection-sheets", {"group_id": loan["group_id"], "meeting_on": business_today().isoformat(),
                                     "lines": [{"loan_id": loan["id"], "amount": "10.00"}]}


async def _holiday(r: "Records", create: bool) -> tuple[str, dict | None]:
    day = date(2030, 1, 1) + timedelta(days=random.randint(0, 3000))
    if create:
        return "/v1/holidays", {"day": day.isoformat(), "name": "Test holiday"}
    await r._post("/v1/holidays", {"day": day.isoformat(), "name": "Test holiday"})
    return f"/v1/holidays/{day.isoformat()}", None


async def _product_url(r: "Records", suffix: str = "", body: dict | None = None) -> tuple[str, dict | None]:
    product = await r.product()
    if suffix == "/activate":
        await r._post(f"/v1/loan-products/{product['id']}/deactivate")
    return f"/v1/loan-products/{product['id']}{suffix}", body


class Records:
    """Creates, as the admin, what a route acts on; returns (url, json body)."""

    def __init__(self, api, lending_db: str | None = None, notifications_db: str | None = None,  # noqa: ANN001
                 savings_db: str | None = None):
        self.api = api
        self.lending_db = lending_db
        self.notifications_db = notifications_db
        self.savings_db = savings_db
        self._approver: dict[str, str] | None = None
        self.caller: dict | None = None  # the claims of the token about to be sent (walk_training's setups use them)

    async def approver(self) -> dict[str, str]:
        """A second admin: lending's maker-checker wants a different person to approve."""
        if self._approver is None:
            self._approver = await self.api.headers_for(["admin"])
        return self._approver

    async def borrower(self) -> tuple[str, str]:
        """(group id, member id) as lending's members-event copies would hold them."""
        from datetime import UTC, datetime

        from palli_common.db import Database
        from palli_lending.adapters.tables import GroupCopy, MemberCopy

        group_id, member_id, stamp = uuid.uuid4(), uuid.uuid4(), datetime.now(UTC)
        db = Database(self.lending_db)
        try:
            async with db.sessions() as s:
                s.add(GroupCopy(group_id=group_id, branch_id=uuid.uuid4(), name="Shapla", meeting_day="sunday", status="active",
                                aggregate_version=1, updated_at=stamp))
                await s.flush()
                s.add(MemberCopy(member_id=member_id, branch_id=(await s.get(GroupCopy, group_id)).branch_id, group_id=group_id,
                                 name_en="Rahima Khatun", name_bn="রহিমা খাতুন", gender="female", mobile="+8801712345678",
                                 status="active", aggregate_version=1, updated_at=stamp))
                await s.commit()
        finally:
            await db.dispose()
        return str(group_id), str(member_id)

    async def loan(self, stage: str = "active") -> dict:
        """A GEN-MC loan at `stage`: applied, approved or active (disbursed 30 days ago)."""
        group_id, member_id = await self.borrower()
        loan = await self._post("/v1/loans", {"member_id": member_id, "product_id": GEN_MC, "principal": "10000.00",
                                              "installments": 46, "frequency": "weekly"})
        if stage in ("approved", "active"):
            r = await self.api.http.post(f"/v1/loans/{loan['id']}/approve", headers=await self.approver())
            assert r.status_code == 200, r.text
        if stage == "active":
            on = (business_today() - timedelta(days=30)).isoformat()
            loan = await self._post(f"/v1/loans/{loan['id']}/disburse", {"disbursed_on": on, "channel": "cash", "backdate_reason": "entered from the paper register"})
        loan["group_id"] = group_id
        return loan

    async def product(self) -> dict:
        return await self._post("/v1/loan-products", product_body())

    # --- ledger -----------------------------------------------------------------------------------

    async def account(self) -> dict:
        return await self._applied(await self._post("/v1/ledger/accounts", account_body()))

    async def posting_rule(self) -> dict:
        return await self._applied(await self._post("/v1/ledger/posting-rules", rule_body()))

    async def book_change(self) -> dict:
        """A new rule the root admin proposed, pending."""
        return await self._post("/v1/ledger/posting-rules", rule_body())

    async def _applied(self, change: dict) -> dict:
        """A proposed book change approved by a second admin: the record it made or changed."""
        r = await self.api.http.post(f"/v1/ledger/book-changes/{change['id']}/approve", headers=await self.approver())
        assert r.status_code == 200, r.text
        return r.json()["result"]

    async def journal_entry(self, posted: bool = False) -> dict:
        """A manual entry the root admin submitted; `posted`: approved by a second admin (maker-checker)."""
        entry = await self._post("/v1/ledger/manual-entries", manual_entry_body())
        if posted:
            r = await self.api.http.post(f"/v1/ledger/manual-entries/{entry['id']}/approve",
                                         headers={**await self.approver(), **_if_match(entry)})
            assert r.status_code == 200, r.text
            entry = r.json()
        return entry

    async def period_close(self) -> dict:
        """October closed for a branch of its own (the books of other tests stay open)."""
        return await self._post("/v1/ledger/period-closes", _close_body())

    # --- savings ---------------------------------------------------------------------------------

    async def saver(self) -> str:
        """An active member as savings' members-event copy holds her: her id."""
        from palli_savings.adapters.tables import Saver

        member_id = uuid.uuid4()
        await self._insert(self.savings_db, Saver(member_id=member_id, branch_id=uuid.uuid4(), group_id=uuid.uuid4(), name_en="Rahima Khatun",
                                                      name_bn="রহিমা খাতুন", status="active", aggregate_version=1, updated_at=datetime.now(UTC)))
        return str(member_id)

    async def savings_account(self) -> dict:
        """Her voluntary savings account holding 100.00."""
        return await self._post("/v1/savings/accounts", {"member_id": await self.saver(), "product_id": VS, "opening_deposit": "100.00"})

    async def savings_repayment(self) -> tuple[str, dict]:
        """Her account and an active loan of hers as savings' lending-event copy holds it."""
        from palli_savings.adapters.tables import MemberLoan

        account = await self.savings_account()
        loan_id = uuid.uuid4()
        await self._insert(self.savings_db, MemberLoan(loan_id=loan_id, member_id=uuid.UUID(account["member_id"]), status="active",
                                                       aggregate_version=3, updated_at=datetime.now(UTC)))
        return f"/v1/savings/accounts/{account['id']}/loan-repayments", {
            "loan_id": str(loan_id), "amount": "10.00", "consent": {"method": "signature", "reference": "FORM-1"}}

    # --- notifications: what members events and loan events would have written ----------------------

    async def contact(self) -> Contact:
        contact = _contact_row()
        await self._insert(self.notifications_db, contact)
        return contact

    async def message(self, status: str) -> Message:
        """A disbursement SMS to a fresh contact: `failed` (resendable) or `sent` (awaiting its delivery report)."""
        contact, stamp, event_type = _contact_row(), datetime.now(UTC), "lending.loan.disbursed"
        message = Message(
            id=uuid7(), source_event_id=uuid.uuid4(), source_event_type=event_type, member_id=contact.member_id,
            branch_id=contact.branch_id, loan_id=uuid.uuid4(),
            variables={k: v for k, v in SAMPLE_VARIABLES.items() if k in MESSAGE_TYPES[event_type]},
            language="bn", to=contact.mobile, body="ঋণ বিতরণ হয়েছে", encoding="UCS-2", segments=1, status=status,
            reference=secrets.token_hex(10), attempts=1, provider="recording", created_at=stamp, updated_at=stamp,
            provider_message_id=f"pm-{uuid.uuid4().hex}" if status == "sent" else None,
            last_error="refused by the SMS gateway" if status == "failed" else None,
            sent_at=stamp if status == "sent" else None,
        )
        await self._insert(self.notifications_db, contact, message)
        return message

    @staticmethod
    async def _insert(url: str | None, *rows: object) -> None:
        assert url, "this setup writes to a service's database: pass it to Records"
        db = Database(url)
        try:
            async with db.sessions() as s:
                s.add_all(rows)
                await s.commit()
        finally:
            await db.dispose()

    async def _post(self, path: str, body: dict | None = None) -> dict:
        return await self._request("POST", path, body)

    async def _request(self, method: str, path: str, body: dict | None = None) -> dict:
        r = await self.api.http.request(method, path, json=body, headers=await self.api.admin())
        assert r.status_code in (200, 201, 202), r.text
        return r.json()

    async def branch(self) -> dict:
        return await self.api.branch()

    async def group(self, branch: dict | None = None, activate: bool = False) -> dict:
        branch = branch or await self.branch()
        group = await self._post("/v1/groups", {
            "branch_id": branch["id"], "name": f"Shapla {uuid.uuid4().hex[:10]}", "meeting_day": "sunday",
            "meeting_place": "school yard", "formation_date": "2026-01-10",
        })
        return await self._post(f"/v1/groups/{group['id']}/activate") if activate else group

    def member_body(self, group: dict) -> dict:
        return {
            "group_id": group["id"], "name_bn": "রহিমা খাতুন", "name_en": "Rahima Khatun", "gender": "female",
            "date_of_birth": "1990-03-12", "nid": f"1990{random.randint(0, 10**9):09d}{next(NID_SEQ):04d}",
            "mobile": f"017{random.randint(0, 10**8 - 1):08d}",
            "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"},
            "household_monthly_income": "12000.00", "land_holding_decimals": "8.50",
        }

    async def member(self, status: str = "applicant") -> dict:
        member = await self._post("/v1/members", self.member_body(await self.group(activate=True)))
        if status in ("active", "dormant"):
            member = await self._post(f"/v1/members/{member['id']}/activate")
        if status == "dormant":
            member = await self._post(f"/v1/members/{member['id']}/make-dormant", {"reason": "moved away for a season"})
        return member

    async def staff(self) -> tuple[dict, dict]:
        branch = await self.branch()
        return branch, await self._post(f"/v1/branches/{branch['id']}/staff", {"name": "Salma Akter", "mobile": "01711000111"})

    async def user(self) -> dict:
        return await self.api.user(["field_officer"])

    async def client(self) -> dict:
        return await self.api.client(["members:read"])


# (url, json body) or (url, json body, extra request headers such as If-Match)
Call = tuple[str, dict | None] | tuple[str, dict | None, dict[str, str]]
Setup = Callable[[Records], Awaitable[Call]]


def _parts(call: Call) -> tuple[str, dict | None, dict[str, str]]:
    url, body, *extra = call
    return url, body, extra[0] if extra else {}


def _if_match(record: dict) -> dict[str, str]:
    return {"If-Match": f'"{record["version"]}"'}


async def _account_patch(r: Records) -> Call:
    account = await r.account()
    return f"/v1/ledger/accounts/{account['code']}", {"name": "Motorcycle fuel and repairs"}, _if_match(account)


async def _rule_url(r: Records, patch: bool = False) -> Call:
    rule = await r.posting_rule()
    if patch:
        return f"/v1/ledger/posting-rules/{rule['id']}", {"description": "a fee paid in cash at the samity meeting"}, _if_match(rule)
    return f"/v1/ledger/posting-rules/{rule['id']}", None


async def _entry_url(r: Records, prefix: str, suffix: str = "", body: dict | None = None, posted: bool = False) -> Call:
    entry = await r.journal_entry(posted)
    return f"/v1/ledger/{prefix}/{entry['id']}{suffix}", body, _if_match(entry) if suffix in ("/approve", "/reject") else {}


def _close_body() -> dict:
    return {"branch_id": str(uuid.uuid4()), "month": "2026-10"}


async def _close_url(r: Records, suffix: str = "", body: dict | None = None) -> Call:
    close = await r.period_close()
    return f"/v1/ledger/period-closes/{close['id']}{suffix}", body


async def _change_url(r: Records, suffix: str = "", body: dict | None = None) -> Call:
    return f"/v1/ledger/book-changes/{(await r.book_change())['id']}{suffix}", body


async def _message_url(r: Records, suffix: str = "", status: str = "sent") -> Call:
    return f"/v1/notifications/messages/{(await r.message(status)).id}{suffix}", None


async def _contact_url(r: Records) -> Call:
    return f"/v1/notifications/contacts/{(await r.contact()).member_id}", None


TEMPLATE = "/v1/notifications/templates/lending.loan.closed/en"


async def _template_put(r: Records) -> Call:
    """The stored text put back as it is (the walk must leave templates valid), with its ETag."""
    got = await r.api.http.get(TEMPLATE, headers=await r.api.admin())
    assert got.status_code == 200, got.text
    template = got.json()
    return TEMPLATE, {"body": template["body"], "enabled": template["enabled"]}, {"If-Match": got.headers["ETag"]}


async def _delivery_report(r: Records) -> Call:
    return "/v1/notifications/delivery-reports", {"reference": (await r.message("sent")).reference, "status": "delivered"}


async def _branch_url(r: Records, suffix: str = "") -> tuple[str, dict | None]:
    return f"/v1/branches/{(await r.branch())['id']}{suffix}", None


async def _new_user(r: Records) -> tuple[str, dict | None]:
    name = f"new{uuid.uuid4().hex[:10]}"
    return "/v1/auth/users", {"username": name, "full_name": "New Staff", "password": "a long enough password", "roles": ["trainer"]}


async def _group_status(r: Records, action: str, active: bool) -> tuple[str, dict | None]:
    return f"/v1/groups/{(await r.group(activate=active))['id']}/{action}", {"reason": "permission walk"}


async def _member_status(r: Records, action: str, status: str) -> tuple[str, dict | None]:
    return f"/v1/members/{(await r.member(status))['id']}/{action}", {"reason": "permission walk"}


async def _transfer(r: Records) -> tuple[str, dict | None]:
    member = await r.member("active")
    return f"/v1/members/{member['id']}/transfer", {"group_id": (await r.group(activate=True))["id"]}


async def _client_secret(r: Records) -> tuple[str, dict | None]:
    c = await r.client()
    return f"/v1/auth/clients/{c['client_id']}/secrets/{c['secrets'][0]['id']}", None


async def _new_group(r: Records) -> tuple[str, dict | None]:
    branch = await r.branch()
    return "/v1/groups", {"branch_id": branch["id"], "name": f"Padma {uuid.uuid4().hex[:8]}", "meeting_day": "monday",
                          "meeting_place": "yard", "formation_date": "2026-02-01"}


async def _new_member(r: Records) -> tuple[str, dict | None]:
    return "/v1/members", r.member_body(await r.group(activate=True))


async def _staff_patch(r: Records) -> tuple[str, dict | None]:
    branch, staff = await r.staff()
    return f"/v1/branches/{branch['id']}/staff/{staff['id']}", {"name": "Salma Begum"}


async def _fixed(url: str, body: dict | None = None) -> Call:
    return url, body


SETUPS: dict[tuple[str, str], Setup] = {
    ("GET", "/v1/auth/me"): lambda r: _fixed("/v1/auth/me"),
    ("POST", "/v1/auth/logout"): lambda r: _fixed("/v1/auth/logout"),
    ("GET", "/v1/auth/users"): lambda r: _fixed("/v1/auth/users"),
    ("POST", "/v1/auth/users"): _new_user,
    ("GET", "/v1/auth/users/{user_id}"): lambda r: _user_url(r),
    ("PATCH", "/v1/auth/users/{user_id}"): lambda r: _user_url(r, body={"full_name": "Renamed"}),
    ("POST", "/v1/auth/users/{user_id}/unlock"): lambda r: _user_url(r, "/unlock"),
    ("GET", "/v1/auth/clients"): lambda r: _fixed("/v1/auth/clients"),
    ("POST", "/v1/auth/clients"): lambda r: _fixed("/v1/auth/clients", {"name": "NGO", "scopes": ["members:read"], "branch_ids": None}),
    ("GET", "/v1/auth/clients/{client_id}"): lambda r: _client_url(r),
    ("PATCH", "/v1/auth/clients/{client_id}"): lambda r: _client_url(r, body={"name": "Renamed NGO"}),
    ("POST", "/v1/auth/clients/{client_id}/secrets"): lambda r: _client_url(r, "/secrets"),
    ("DELETE", "/v1/auth/clients/{client_id}/secrets/{secret_id}"): _client_secret,
    ("GET", "/v1/audit"): lambda r: _fixed("/v1/audit"),
    ("GET", "/v1/branches"): lambda r: _fixed("/v1/branches"),
    ("POST", "/v1/branches"): lambda r: _fixed("/v1/branches", {"code": f"P{uuid.uuid4().hex[:8]}", "name": "Madhupur", "district": "Tangail", "upazila": "Madhupur"}),
    ("GET", "/v1/branches/{branch_id}"): lambda r: _branch_url(r),
    ("PATCH", "/v1/branches/{branch_id}"): lambda r: _with_body(_branch_url(r), {"name": "Renamed branch"}),
    ("GET", "/v1/branches/{branch_id}/staff"): lambda r: _branch_url(r, "/staff"),
    ("POST", "/v1/branches/{branch_id}/staff"): lambda r: _with_body(_branch_url(r, "/staff"), {"name": "Rina", "mobile": "01811000222"}),
    ("PATCH", "/v1/branches/{branch_id}/staff/{staff_id}"): _staff_patch,
    ("GET", "/v1/groups"): lambda r: _fixed("/v1/groups"),
    ("POST", "/v1/groups"): _new_group,
    ("GET", "/v1/groups/{group_id}"): lambda r: _group_url(r),
    ("PATCH", "/v1/groups/{group_id}"): lambda r: _group_url(r, body={"meeting_place": "the new school yard"}),
    ("GET", "/v1/groups/{group_id}/members"): lambda r: _group_url(r, "/members"),
    ("POST", "/v1/groups/{group_id}/activate"): lambda r: _group_status(r, "activate", False),
    ("POST", "/v1/groups/{group_id}/suspend"): lambda r: _group_status(r, "suspend", True),
    ("POST", "/v1/groups/{group_id}/dissolve"): lambda r: _group_status(r, "dissolve", False),
    ("GET", "/v1/members/areas/divisions"): lambda r: _fixed("/v1/members/areas/divisions"),
    ("GET", "/v1/members/areas/districts"): lambda r: _fixed("/v1/members/areas/districts?division=Dhaka"),
    ("GET", "/v1/members/areas/upazilas"): lambda r: _fixed("/v1/members/areas/upazilas?district=Tangail"),
    ("GET", "/v1/members/areas/unions"): lambda r: _fixed("/v1/members/areas/unions?district=Tangail&upazila=Tangail%20Sadar"),
    ("GET", "/v1/members"): lambda r: _fixed("/v1/members"),
    ("POST", "/v1/members"): _new_member,
    ("GET", "/v1/members/{member_id}"): lambda r: _member_url(r),
    ("PATCH", "/v1/members/{member_id}"): lambda r: _member_url(r, body={"name_en": "Rahima Begum"}),
    ("POST", "/v1/members/{member_id}/activate"): lambda r: _member_status(r, "activate", "applicant"),
    ("POST", "/v1/members/{member_id}/make-dormant"): lambda r: _member_status(r, "make-dormant", "active"),
    ("POST", "/v1/members/{member_id}/reactivate"): lambda r: _member_status(r, "reactivate", "dormant"),
    ("POST", "/v1/members/{member_id}/exit"): lambda r: _member_status(r, "exit", "active"),
    ("POST", "/v1/members/{member_id}/transfer"): _transfer,
    ("GET", "/v1/loan-products"): lambda r: _fixed("/v1/loan-products"),
    ("POST", "/v1/loan-products"): lambda r: _fixed("/v1/loan-products", product_body()),
    ("GET", "/v1/loan-products/{product_id}"): lambda r: _fixed(f"/v1/loan-products/{GEN_MC}"),
    ("PATCH", "/v1/loan-products/{product_id}"): lambda r: _product_url(r, body={"name": "Renamed product"}),
    ("POST", "/v1/loan-products/{product_id}/activate"): lambda r: _product_url(r, "/activate"),
    ("POST", "/v1/loan-products/{product_id}/deactivate"): lambda r: _product_url(r, "/deactivate"),
    ("GET", "/v1/holidays"): lambda r: _fixed("/v1/holidays"),
    ("POST", "/v1/holidays"): lambda r: _holiday(r, create=True),
    ("DELETE", "/v1/holidays/{day}"): lambda r: _holiday(r, create=False),
    ("POST", "/v1/loans/schedule-preview"): lambda r: _fixed("/v1/loans/schedule-preview", {
        "product_id": GEN_MC, "principal": "10000.00", "installments": 46, "frequency": "weekly"}),
    ("GET", "/v1/loans"): lambda r: _fixed("/v1/loans"),
    ("POST", "/v1/loans"): lambda r: _new_loan(r),
    ("GET", "/v1/loans/{loan_id}"): lambda r: _loan_url(r),
    ("GET", "/v1/loans/{loan_id}/transactions"): lambda r: _loan_url(r, "/transactions"),
    ("POST", "/v1/loans/{loan_id}/approve"): lambda r: _loan_url(r, "/approve", stage="applied"),
    ("POST", "/v1/loans/{loan_id}/reject"): lambda r: _loan_url(r, "/reject", {"reason": "too much debt already"}, stage="applied"),
    ("POST", "/v1/loans/{loan_id}/withdraw"): lambda r: _loan_url(r, "/withdraw", stage="applied"),
    ("POST", "/v1/loans/{loan_id}/disburse"): lambda r: _loan_url(r, "/disburse", {"disbursed_on": business_today().isoformat(), "channel": "cash"}, stage="approved"),
    ("POST", "/v1/loans/{loan_id}/repayments"): lambda r: _loan_url(r, "/repayments", {"amount": "10.00", "paid_on": business_today().isoformat()}),
    ("POST", "/v1/loans/{loan_id}/transactions/{transaction_id}/reverse"): _reverse,
    ("GET", "/v1/loans/{loan_id}/prepayment-quote"): lambda r: _loan_url(r, "/prepayment-quote"),
    ("POST", "/v1/loans/{loan_id}/prepay"): _prepay,
    ("POST", "/v1/loans/{loan_id}/write-off"): lambda r: _loan_url(r, "/write-off", {"reason": "member died"}),
    ("POST", "/v1/loans/{loan_id}/write-off/approve"): _write_off_approve,
    ("GET", "/v1/collection-sheets"): lambda r: _sheet(r, post=False),
    ("POST", "/v1/collection-sheets"): lambda r: _sheet(r, post=True),
    ("GET", "/v1/portfolio/par"): lambda r: _fixed("/v1/portfolio/par?group_by=branch"),
    ("GET", "/v1/portfolio/arrears"): lambda r: _fixed("/v1/portfolio/arrears"),
    ("POST", "/v1/portfolio/close-of-business"): lambda r: _fixed("/v1/portfolio/close-of-business", {"day": business_today().isoformat()}),
    ("GET", "/v1/savings/products"): lambda r: _fixed("/v1/savings/products"),
    ("POST", "/v1/savings/products"): lambda r: _fixed("/v1/savings/products", savings_product_body()),
    ("GET", "/v1/savings/products/{product_id}"): lambda r: _fixed(f"/v1/savings/products/{GS}"),
    ("POST", "/v1/savings/products/{product_id}/rates"): lambda r: _fixed(
        f"/v1/savings/products/{VS}/rates", {"effective_from": (business_today() + timedelta(days=400)).isoformat(), "annual_rate": "5.00"}),
    ("GET", "/v1/savings/accounts"): lambda r: _fixed("/v1/savings/accounts"),
    ("POST", "/v1/savings/accounts"): _new_savings_account,
    ("GET", "/v1/savings/accounts/{account_id}"): lambda r: _saving_url(r),
    ("POST", "/v1/savings/accounts/{account_id}/deposits"): lambda r: _saving_url(r, "/deposits", {"amount": "20.00"}),
    ("POST", "/v1/savings/accounts/{account_id}/withdrawals"): lambda r: _saving_url(r, "/withdrawals", {"amount": "10.00"}),
    ("POST", "/v1/savings/accounts/{account_id}/loan-repayments"): lambda r: r.savings_repayment(),
    ("GET", "/v1/savings/accounts/{account_id}/transactions"): lambda r: _saving_url(r, "/transactions"),
    ("POST", "/v1/savings/accounts/{account_id}/holds"): lambda r: _saving_url(r, "/holds", {"amount": "40.00", "reason": "pledged for a loan"}),
    ("GET", "/v1/savings/accounts/{account_id}/holds"): lambda r: _saving_url(r, "/holds"),
    ("POST", "/v1/savings/accounts/{account_id}/holds/{hold_id}/release"): _release_hold,
    ("GET", "/v1/savings/accounts/{account_id}/interest-postings"): lambda r: _saving_url(r, "/interest-postings"),
    ("POST", "/v1/savings/interest-postings"): lambda r: _fixed("/v1/savings/interest-postings", {}),
    ("POST", "/v1/savings/accounts/{account_id}/transfers"): _savings_transfer,
    ("POST", "/v1/savings/accounts/{account_id}/block"): lambda r: _saving_url(r, "/block", {"reason": "court order"}),
    ("POST", "/v1/savings/accounts/{account_id}/unblock"): _unblock,
    ("POST", "/v1/savings/accounts/{account_id}/closure"): lambda r: _saving_url(r, "/closure", {"channel": "cash"}),
    ("GET", "/v1/savings/accounts/{account_id}/schedule"): lambda r: _saving_url(r, "/schedule"),
    ("POST", "/v1/savings/accounts/{account_id}/reactivate"): _reactivate,
    ("POST", "/v1/savings/daily-runs"): lambda r: _fixed("/v1/savings/daily-runs", {}),
    ("GET", "/v1/ledger/accounts"): lambda r: _fixed("/v1/ledger/accounts?type=asset"),
    ("POST", "/v1/ledger/accounts"): lambda r: _fixed("/v1/ledger/accounts", account_body()),
    ("GET", "/v1/ledger/accounts/{code}"): lambda r: _fixed("/v1/ledger/accounts/1310-GEN-MC"),
    ("PATCH", "/v1/ledger/accounts/{code}"): _account_patch,
    ("GET", "/v1/ledger/posting-rules"): lambda r: _fixed("/v1/ledger/posting-rules?event_type=lending.loan.disbursed"),
    ("POST", "/v1/ledger/posting-rules"): lambda r: _fixed("/v1/ledger/posting-rules", rule_body()),
    ("GET", "/v1/ledger/posting-rules/{rule_id}"): lambda r: _rule_url(r),
    ("PATCH", "/v1/ledger/posting-rules/{rule_id}"): lambda r: _rule_url(r, patch=True),
    ("GET", "/v1/ledger/book-changes"): lambda r: _fixed("/v1/ledger/book-changes?status=pending"),
    ("GET", "/v1/ledger/book-changes/{change_id}"): lambda r: _change_url(r),
    ("POST", "/v1/ledger/book-changes/{change_id}/approve"): lambda r: _change_url(r, "/approve"),
    ("POST", "/v1/ledger/book-changes/{change_id}/reject"): lambda r: _change_url(r, "/reject", {"reason": "not this way"}),
    ("GET", "/v1/ledger/journal-entries"): lambda r: _fixed("/v1/ledger/journal-entries?kind=manual"),
    ("GET", "/v1/ledger/journal-entries/{entry_id}"): lambda r: _entry_url(r, "journal-entries"),
    ("POST", "/v1/ledger/journal-entries/{entry_id}/reverse"): lambda r: _entry_url(
        r, "journal-entries", "/reverse", {"reason": "rent was paid by the head office"}, posted=True),
    ("GET", "/v1/ledger/manual-entries"): lambda r: _fixed("/v1/ledger/manual-entries?status=pending_approval"),
    ("POST", "/v1/ledger/manual-entries"): lambda r: _fixed("/v1/ledger/manual-entries", manual_entry_body()),
    ("GET", "/v1/ledger/manual-entries/{entry_id}"): lambda r: _entry_url(r, "manual-entries"),
    ("POST", "/v1/ledger/manual-entries/{entry_id}/approve"): lambda r: _entry_url(r, "manual-entries", "/approve"),
    ("POST", "/v1/ledger/manual-entries/{entry_id}/reject"): lambda r: _entry_url(
        r, "manual-entries", "/reject", {"reason": "the receipt is missing"}),
    ("GET", "/v1/ledger/period-closes"): lambda r: _fixed("/v1/ledger/period-closes?status=closed"),
    ("POST", "/v1/ledger/period-closes"): lambda r: _fixed("/v1/ledger/period-closes", _close_body()),
    ("GET", "/v1/ledger/period-closes/{close_id}"): lambda r: _close_url(r),
    ("POST", "/v1/ledger/period-closes/{close_id}/reopen"): lambda r: _close_url(r, "/reopen", {"reason": "a late invoice"}),
    ("GET", "/v1/ledger/reports/trial-balance"): lambda r: _fixed(f"{REPORTS}/trial-balance?as_of={business_today().isoformat()}"),
    ("GET", "/v1/ledger/reports/account-statement"): lambda r: _fixed(f"{REPORTS}/account-statement?account=1110&from={MONTH}"),
    ("GET", "/v1/ledger/reports/general-ledger"): lambda r: _fixed(f"{REPORTS}/general-ledger?from={MONTH}&account=5000"),
    ("GET", "/v1/ledger/reports/balance-sheet"): lambda r: _fixed(f"{REPORTS}/balance-sheet?format=csv"),  # CSV streams through too
    ("GET", "/v1/ledger/reports/income-statement"): lambda r: _fixed(f"{REPORTS}/income-statement?from={MONTH}"),
    ("GET", "/v1/ledger/reconciliation/loans"): lambda r: _fixed("/v1/ledger/reconciliation/loans?limit=10"),
    ("GET", "/v1/ledger/reconciliation/savings"): lambda r: _fixed("/v1/ledger/reconciliation/savings"),
    ("GET", "/v1/ledger/reconciliation/marketplace"): lambda r: _fixed("/v1/ledger/reconciliation/marketplace"),
    ("GET", "/v1/notifications/messages"): lambda r: _fixed("/v1/notifications/messages?status=failed"),
    ("GET", "/v1/notifications/messages/{message_id}"): lambda r: _message_url(r),
    ("POST", "/v1/notifications/messages/{message_id}/resend"): lambda r: _message_url(r, "/resend", status="failed"),
    ("GET", "/v1/notifications/contacts/{member_id}"): _contact_url,
    ("GET", "/v1/notifications/templates"): lambda r: _fixed("/v1/notifications/templates"),
    ("POST", "/v1/notifications/templates/preview"): lambda r: _fixed(
        "/v1/notifications/templates/preview", {"event_type": "lending.loan.repayment_received", "language": "bn"}),
    ("GET", "/v1/notifications/templates/{event_type}/{language}"): lambda r: _fixed(TEMPLATE),
    ("PUT", "/v1/notifications/templates/{event_type}/{language}"): _template_put,
    ("POST", "/v1/notifications/delivery-reports"): _delivery_report,
}
SETUPS.update(TRAINING_SETUPS)
SETUPS.update(MARKETPLACE_SETUPS)
SETUPS.update(WEBHOOKS_SETUPS)


async def _new_loan(r: Records) -> tuple[str, dict | None]:
    _, member_id = await r.borrower()
    return "/v1/loans", {"member_id": member_id, "product_id": GEN_MC, "principal": "10000.00", "installments": 46, "frequency": "weekly"}


async def _with_body(setup: Awaitable[tuple[str, dict | None]], body: dict) -> tuple[str, dict | None]:
    url, _ = await setup
    return url, body


async def _user_url(r: Records, suffix: str = "", body: dict | None = None) -> tuple[str, dict | None]:
    return f"/v1/auth/users/{(await r.user())['id']}{suffix}", body


async def _client_url(r: Records, suffix: str = "", body: dict | None = None) -> tuple[str, dict | None]:
    return f"/v1/auth/clients/{(await r.client())['client_id']}{suffix}", body


async def _group_url(r: Records, suffix: str = "", body: dict | None = None) -> tuple[str, dict | None]:
    return f"/v1/groups/{(await r.group())['id']}{suffix}", body


async def _member_url(r: Records, suffix: str = "", body: dict | None = None) -> tuple[str, dict | None]:
    return f"/v1/members/{(await r.member())['id']}{suffix}", body


WALKED = [r for r in RULES if not r.public]
# partner callers: each catalogue scope on its own, so "any one of the listed scopes" is checked exactly
CALLERS = [("role", role) for role in ROLES] + [("scope", scope) for scope in SCOPES]


def test_every_route_in_the_table_is_walked():
    assert {(r.method, r.path) for r in WALKED} == set(SETUPS)


async def test_every_route_in_the_table_is_in_the_public_document(api) -> None:
    """The walk matches paths by pattern, so `{id}` in a service against `{entry_id}` here would pass it; the
    public OpenAPI document keeps an operation only when method and template match a row exactly."""
    doc = (await api.http.get("/openapi.json")).json()
    documented = {(method.upper(), path) for path, item in doc["paths"].items() for method in item}
    rows = {(r.method, r.path) for r in RULES if r.path != "/.well-known/jwks.json"}  # the gateway's key set is not an API
    assert rows - documented == set()


def _expected(rule: Rule, kind: str, name: str) -> bool:
    return rule.allows("partner" if kind == "scope" else "staff", frozenset({name}) if kind == "role" else frozenset(),
                       frozenset({name}) if kind == "scope" else frozenset())


async def _call(api, rule: Rule, url: str, body: dict | None, headers: dict[str, str]):  # noqa: ANN001
    if rule.path == "/v1/collection-sheets" and rule.method == "POST":
        headers = {**headers, "Idempotency-Key": str(uuid.uuid4())}  # the service requires one
    return await api.http.request(rule.method, url, json=body, headers=headers)


def _claims(headers: dict[str, str]) -> dict:
    """The (unverified) claims of the bearer token: who the service will see."""
    import base64
    import json

    payload = headers["Authorization"].split()[1].split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


async def _sign_in(api, kind: str, name: str) -> dict[str, str]:  # noqa: ANN001
    return await (api.headers_for([name]) if kind == "role" else api.client_headers([name]))


@pytest.fixture(scope="module")
def caller_headers() -> dict:
    """One token per caller for the whole walk (signing in 18 callers per route would dominate)."""
    return {}


@pytest.mark.parametrize("rule", WALKED, ids=lambda r: f"{r.method} {r.path}")
async def test_route_permissions(api, stack, rule: Rule, caller_headers: dict) -> None:
    records = Records(api, stack.lending_db, stack.notifications_db, stack.savings_db)
    records.marketplace_db = stack.marketplace_db
    records.webhooks_db = stack.webhooks_db
    url, body, extra = _parts(await SETUPS[(rule.method, rule.path)](records))
    r = await _call(api, rule, url, body, extra)
    assert r.status_code == 401, f"no token: {r.status_code} {r.text}"
    assert r.headers["content-type"].startswith("application/problem+json")
    for kind, name in CALLERS:
        key = (api.http.base_url, kind, name)
        if key not in caller_headers:
            caller_headers[key] = await _sign_in(api, kind, name)
        headers = await _sign_in(api, kind, name) if rule.path == "/v1/auth/logout" else caller_headers[key]  # logout spends it
        allowed = _expected(rule, kind, name)
        if allowed:
            records.caller, records.caller_headers = _claims(headers), headers
            url, body, extra = _parts(await SETUPS[(rule.method, rule.path)](records))  # fresh records: the call may change them
        once = {"Idempotency-Key": str(uuid.uuid4())} if rule.method == "POST" else {}  # partners must send one on money routes
        r = await _call(api, rule, url, body, {**headers, **once, **extra})
        if allowed:
            assert 200 <= r.status_code < 300, f"{kind} {name} should be allowed: {r.status_code} {r.text}"
        else:
            assert r.status_code == 403, f"{kind} {name} should be refused: {r.status_code} {r.text}"
            assert r.json()["instance"] == url.split("?")[0]


async def test_anyone_verifies_a_credential_without_signing_in(api, stack) -> None:
    _, _, issued = await credential(Records(api, stack.lending_db, stack.notifications_db, stack.savings_db))
    r = await api.http.get(f"/v1/training/verify/{issued['code']}")
    assert r.status_code == 200, r.text
    assert r.json()["valid"] is True and r.json()["programme"].startswith("Active Citizens facilitators")
    qr = await api.http.get(f"/v1/training/verify/{issued['code']}/qr.svg")
    assert qr.status_code == 200 and qr.headers["content-type"].startswith("image/svg+xml")
    missing = await api.http.get("/v1/training/verify/NOSUCHCODE")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/problem+json")
    # the anonymous caller gets nothing else: every other training route still wants a token
    assert (await api.http.get("/v1/training/credentials")).status_code == 401
    assert (await api.http.get(f"/v1/training/participants/{issued['participant_id']}")).status_code == 401
