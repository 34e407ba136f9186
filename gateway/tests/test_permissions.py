"""Walks the whole permission table (the one the README prints): every route, for every staff
role and for partner clients by scope, answers 2xx when the table allows and 403 when it does not;
without a token, 401. Each allowed call gets fresh records in the state the route needs."""

from __future__ import annotations

import random
import uuid
from collections.abc import Awaitable, Callable

import pytest

from palli_gateway.auth.principal import ROLES, SCOPES
from palli_gateway.permissions import RULES, Rule

NID_SEQ = iter(range(1, 10**6))


class Records:
    """Creates, as the admin, what a route acts on; returns (url, json body)."""

    def __init__(self, api):  # noqa: ANN001
        self.api = api

    async def _post(self, path: str, body: dict | None = None) -> dict:
        r = await self.api.http.post(path, json=body, headers=await self.api.admin())
        assert r.status_code in (200, 201), r.text
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


Setup = Callable[[Records], Awaitable[tuple[str, dict | None]]]


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


async def _fixed(url: str, body: dict | None = None) -> tuple[str, dict | None]:
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
}


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


def _expected(rule: Rule, kind: str, name: str) -> bool:
    return rule.allows("partner" if kind == "scope" else "staff", frozenset({name}) if kind == "role" else frozenset(),
                       frozenset({name}) if kind == "scope" else frozenset())


async def _call(api, rule: Rule, url: str, body: dict | None, headers: dict[str, str]):  # noqa: ANN001
    return await api.http.request(rule.method, url, json=body, headers=headers)


async def _sign_in(api, kind: str, name: str) -> dict[str, str]:  # noqa: ANN001
    return await (api.headers_for([name]) if kind == "role" else api.client_headers([name]))


@pytest.fixture(scope="module")
def caller_headers() -> dict:
    """One token per caller for the whole walk (signing in 18 callers per route would dominate)."""
    return {}


@pytest.mark.parametrize("rule", WALKED, ids=lambda r: f"{r.method} {r.path}")
async def test_route_permissions(api, rule: Rule, caller_headers: dict) -> None:
    records = Records(api)
    url, body = await SETUPS[(rule.method, rule.path)](records)
    r = await _call(api, rule, url, body, {})
    assert r.status_code == 401, f"no token: {r.status_code} {r.text}"
    assert r.headers["content-type"].startswith("application/problem+json")
    for kind, name in CALLERS:
        key = (api.http.base_url, kind, name)
        if key not in caller_headers:
            caller_headers[key] = await _sign_in(api, kind, name)
        headers = await _sign_in(api, kind, name) if rule.path == "/v1/auth/logout" else caller_headers[key]  # logout spends it
        allowed = _expected(rule, kind, name)
        if allowed:
            url, body = await SETUPS[(rule.method, rule.path)](records)  # fresh records: the call may change them
        r = await _call(api, rule, url, body, headers)
        if allowed:
            assert 200 <= r.status_code < 300, f"{kind} {name} should be allowed: {r.status_code} {r.text}"
        else:
            assert r.status_code == 403, f"{kind} {name} should be refused: {r.status_code} {r.text}"
            assert r.json()["instance"] == url.split("?")[0]
