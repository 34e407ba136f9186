"""Demo data for `make demo-data`: one branch in Tangail, a field officer, two samity groups and
their members, all created through the public API so every event flows as in real use.

Every /v1 route needs a bearer token: through the gateway, a user's access token (an admin of every
branch, since the demo opens a branch); straight at the service, an internal token it trusts."""

from __future__ import annotations

import httpx

BRANCH = {"code": "TGL-01", "name": "Tangail Sadar branch", "district": "Tangail", "upazila": "Tangail Sadar"}
GROUPS = [
    {"name": "Shapla Mohila Samity", "meeting_day": "sunday", "meeting_place": "Porabari primary school yard"},
    {"name": "Jui Mohila Samity", "meeting_day": "tuesday", "meeting_place": "Karatia union parishad"},
]
MEMBERS = [
    ("রহিমা খাতুন", "Rahima Khatun", "female", "1985-03-12", "01711000001"),
    ("সালমা বেগম", "Salma Begum", "female", "1990-07-01", "01811000002"),
    ("নাসরিন আক্তার", "Nasrin Akter", "female", "1988-11-23", "01911000003"),
    ("ফাতেমা বেগম", "Fatema Begum", "female", "1979-01-30", "01511000004"),
    ("আমেনা খাতুন", "Amena Khatun", "female", "1993-05-17", "01611000005"),
    ("করিম মিয়া", "Karim Mia", "male", "1982-09-09", "01311000006"),
]
# Messaging preferences that differ from the defaults (Bangla, SMS consent), so notifications have
# an English reader and an opt-out to show; everyone else keeps the defaults.
PREFERENCES = {
    "Nasrin Akter": {"language": "en"},
    "Karim Mia": {"language": "en", "sms_consent": False},
    "Fatema Begum": {"sms_consent": False},
}


async def sign_in(base_url: str, username: str, password: str) -> str:
    """An access token from the gateway's password grant."""
    async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
        r = await http.post("/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
    if r.status_code != 200:
        raise SystemExit(f"sign-in as {username} at {base_url} failed ({r.status_code}): {r.text[:300]}")
    return r.json()["access_token"]


async def seed(base_url: str, token: str | None = None, *, transport: httpx.AsyncBaseTransport | None = None) -> str:
    """`token` goes out as `Authorization: Bearer`; `transport` lets tests call an app in-process."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(base_url=base_url, timeout=10, headers=headers, transport=transport) as http:
        found = _ok(await http.get("/v1/branches", params={"limit": 200}))["items"]
        branch = next((b for b in found if b["code"] == BRANCH["code"]), None)
        if branch is None:
            branch = _ok(await http.post("/v1/branches", json=BRANCH))
        else:
            return f"demo data already present (branch {branch['code']} {branch['id']})"
        officer = _ok(await http.post(f"/v1/branches/{branch['id']}/staff", json={"name": "Shirin Akhter", "role": "field_officer", "mobile": "01700000100"}))
        groups = []
        for spec in GROUPS:
            body = {**spec, "branch_id": branch["id"], "formation_date": "2026-01-10", "field_officer_id": officer["id"]}
            groups.append(_ok(await http.post("/v1/groups", json=body)))
        for i, (bn, en, gender, dob, mobile) in enumerate(MEMBERS):
            group = groups[i % len(groups)]
            nid = dob[:4] + f"{i + 1:013d}"  # a 17-digit NID starts with the birth year
            member = _ok(await http.post("/v1/members", json={
                "group_id": group["id"], "name_bn": bn, "name_en": en, "gender": gender, "date_of_birth": dob,
                "nid": nid, "mobile": mobile, "household_monthly_income": "12000.00", "land_holding_decimals": "8.50",
                "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"},
                **PREFERENCES.get(en, {}),
            }))
            _ok(await http.post(f"/v1/members/{member['id']}/activate"))
        for group in groups:
            _ok(await http.post(f"/v1/groups/{group['id']}/activate"))
        return f"seeded branch {branch['code']} ({branch['id']}), {len(groups)} groups, {len(MEMBERS)} members"


def _ok(response: httpx.Response) -> dict:
    if response.status_code >= 400:
        hint = ""
        if response.status_code in (401, 403):
            hint = "\nthe API needs an admin's bearer token: pass --token or set PALLI_TOKEN (see the members README)"
        raise SystemExit(f"{response.request.method} {response.request.url} -> {response.status_code}: {response.text}{hint}")
    return response.json()
