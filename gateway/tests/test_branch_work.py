"""The issue's 'done when', end to end through the gateway: a partner with a client-credentials
token lists members of the branches it is allowed; a field officer signs in, refreshes and works
only in their branch."""

from __future__ import annotations

import random
import uuid

from palli_common.testing.http import assert_problem


async def _group(api, branch: dict) -> dict:  # noqa: ANN001
    r = await api.http.post("/v1/groups", headers=await api.admin(), json={
        "branch_id": branch["id"], "name": f"Shapla {uuid.uuid4().hex[:8]}", "meeting_day": "tuesday",
        "meeting_place": "Porabari school yard", "formation_date": "2026-03-01",
    })
    assert r.status_code == 201, r.text
    r = await api.http.post(f"/v1/groups/{r.json()['id']}/activate", headers=await api.admin())
    assert r.status_code == 200, r.text
    return r.json()


def _member_body(group: dict) -> dict:
    return {
        "group_id": group["id"], "name_bn": "আমেনা বেগম", "name_en": "Amena Begum", "gender": "female",
        "date_of_birth": "1988-07-01", "nid": f"1988{random.randint(0, 10**13 - 1):013d}", "mobile": f"019{random.randint(0, 10**8 - 1):08d}",
        "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"},
        "household_monthly_income": "9000.00", "land_holding_decimals": "3.00",
    }


async def _member(api, group: dict) -> dict:  # noqa: ANN001
    r = await api.http.post("/v1/members", json=_member_body(group), headers=await api.admin())
    assert r.status_code == 201, r.text
    return r.json()


async def test_partner_lists_members_of_its_branches_only(api):
    a, b, c = await api.branch(), await api.branch(), await api.branch()
    in_a, in_b, in_c = [await _member(api, await _group(api, br)) for br in (a, b, c)]
    partner = await api.client_headers(["members:read"], branch_ids=[a["id"], c["id"]])
    seen, cursor = [], None
    while True:
        params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        page = (await api.http.get("/v1/members", params=params, headers=partner)).json()
        seen += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    ids = {m["id"] for m in seen}
    assert {in_a["id"], in_c["id"]} <= ids and in_b["id"] not in ids
    assert {m["branch_id"] for m in seen} <= {a["id"], c["id"]}
    assert_problem(await api.http.get(f"/v1/members/{in_b['id']}", headers=partner), 403)
    assert (await api.http.get(f"/v1/members/{in_a['id']}", headers=partner)).status_code == 200
    # read scope only: registering is refused at the gateway
    group_a = await _group(api, a)
    assert_problem(await api.http.post("/v1/members", json=_member_body(group_a), headers=partner), 403)


async def test_field_officer_signs_in_refreshes_and_works_in_their_branch_only(api):
    home, other = await api.branch(), await api.branch()
    home_group, other_group = await _group(api, home), await _group(api, other)
    stranger = await _member(api, other_group)
    officer = await api.user(["field_officer"], branch_id=home["id"])
    first = await api.token(officer["username"])
    r = await api.http.post("/v1/auth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]})
    assert r.status_code == 200, r.text
    headers = {"Authorization": f"Bearer {r.json()['access_token']}"}

    r = await api.http.post("/v1/members", json=_member_body(home_group), headers=headers)
    assert r.status_code == 201, r.text
    mine = r.json()
    r = await api.http.patch(f"/v1/members/{mine['id']}", json={"name_en": "Amena Khatun"}, headers=headers)
    assert r.status_code == 200 and r.json()["name_en"] == "Amena Khatun"
    listed = (await api.http.get("/v1/members", params={"limit": 200}, headers=headers)).json()["items"]
    assert mine["id"] in {m["id"] for m in listed} and {m["branch_id"] for m in listed} == {home["id"]}
    groups = (await api.http.get("/v1/groups", params={"limit": 200}, headers=headers)).json()["items"]
    assert {g["branch_id"] for g in groups} == {home["id"]}

    assert_problem(await api.http.get(f"/v1/members/{stranger['id']}", headers=headers), 403)
    assert_problem(await api.http.patch(f"/v1/members/{stranger['id']}", json={"name_en": "X"}, headers=headers), 403)
    assert_problem(await api.http.post("/v1/members", json=_member_body(other_group), headers=headers), 403)
    assert_problem(await api.http.get("/v1/groups", params={"branch_id": other["id"]}, headers=headers), 403)
    assert_problem(await api.http.post(f"/v1/members/{mine['id']}/transfer", json={"group_id": other_group["id"]}, headers=headers), 403)
