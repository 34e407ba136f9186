"""Branch scope: the identity the gateway sends limits what a caller sees and changes.

A field officer of branch A sees A's groups and members only (lists are filtered in SQL, so pages
stay full), works in A, and gets 403 on anything of branch B. A partner reads the branches it was
granted. Without a valid identity token every business route is 401; /healthz stays open."""

from __future__ import annotations

import uuid

import pytest

from palli_common.testing.http import assert_problem, each_case, get_json
from palli_common.testing.identity import InternalKeys


async def _all(client, path: str, **params) -> list[dict]:  # noqa: ANN001
    """Every item of a list, walking the cursor one row per page: each page must be full."""
    items, cursor = [], None
    while True:
        page = await get_json(client, path, limit=1, **params, **({"cursor": cursor} if cursor else {}))
        assert len(page["items"]) == 1 or (not items and not page["items"]), page  # no page emptied by a filter
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


@pytest.fixture
async def world(factory) -> dict:
    """Branches A, B and C, two groups in A and one in B and C, members created alternately in A
    and B (so their ids interleave and a filter applied after fetching would show in the pages)."""
    a, b, c = await factory.branch(), await factory.branch(), await factory.branch()
    a1, a2 = await factory.group(a), await factory.group(a)
    b1, c1 = await factory.group(b), await factory.group(c)
    members: dict[str, list[dict]] = {"A": [], "B": [], "C": []}
    for _ in range(3):
        members["A"].append(await factory.member(a1, activate=True))
        members["B"].append(await factory.member(b1, activate=True))
    members["C"].append(await factory.member(c1, activate=True))
    return {"A": a, "B": b, "C": c, "a1": a1, "a2": a2, "b1": b1, "c1": c1, "members": members}


@pytest.fixture
def officer(client_as, world):  # noqa: ANN001
    """A field officer of branch A only."""
    return client_as(roles=["field_officer"], branches=[world["A"]["id"]], username="shirin")


def _ids(items: list[dict]) -> set[str]:
    return {i["id"] for i in items}


# --- what a branch's field officer sees --------------------------------------------------------

async def test_field_officer_lists_only_own_branch(officer, world):
    a = world["A"]["id"]
    groups = await _all(officer, "/v1/groups")
    assert _ids(groups) == {world["a1"]["id"], world["a2"]["id"]}
    members = await _all(officer, "/v1/members")
    assert _ids(members) == _ids(world["members"]["A"])
    assert {m["branch_id"] for m in members} == {a}
    assert _ids(await _all(officer, "/v1/branches")) == {a}
    # filters inside the scope work as before; a search by NID of B's member finds nothing
    assert _ids(await _all(officer, "/v1/members", branch_id=a, status="active")) == _ids(world["members"]["A"])
    assert await _all(officer, "/v1/members", nid=world["members"]["B"][0]["nid"]) == []
    assert await _all(officer, "/v1/members", group_id=world["b1"]["id"]) == []
    assert _ids(await _all(officer, f"/v1/groups/{world['a1']['id']}/members")) == _ids(world["members"]["A"])


async def test_explicit_filter_on_a_branch_outside_the_scope_is_403(officer, world):
    b = world["B"]["id"]
    for path in ("/v1/groups", "/v1/members"):
        body = assert_problem(await officer.get(path, params={"branch_id": b}), 403)
        assert body["branch_id"] == b


async def test_field_officer_registers_and_changes_members_in_own_branch(officer, factory, world):
    r = await officer.post("/v1/members", json=factory.member_body(world["a1"]))
    assert r.status_code == 201, r.text
    member = r.json()
    assert member["branch_id"] == world["A"]["id"]
    assert (await officer.get(f"/v1/members/{member['id']}")).status_code == 200
    assert (await officer.patch(f"/v1/members/{member['id']}", json={"name_en": "Rahima Begum"})).status_code == 200
    assert (await officer.post(f"/v1/members/{member['id']}/activate")).status_code == 200
    moved = await officer.post(f"/v1/members/{member['id']}/transfer", json={"group_id": world["a2"]["id"]})
    assert moved.status_code == 200 and moved.json()["group_id"] == world["a2"]["id"]
    assert (await officer.patch(f"/v1/groups/{world['a1']['id']}", json={"meeting_place": "mosque yard"})).status_code == 200
    assert (await officer.post(f"/v1/groups/{world['a2']['id']}/activate")).status_code == 200
    formed = await officer.post("/v1/groups", json={
        "branch_id": world["A"]["id"], "name": f"Golap {uuid.uuid4().hex[:6]}", "meeting_day": "monday",
        "meeting_place": "school yard", "formation_date": "2026-01-10"})
    assert formed.status_code == 201, formed.text
    assert (await officer.get(f"/v1/branches/{world['A']['id']}/staff")).status_code == 200


async def test_field_officer_gets_403_on_another_branch_and_nothing_changes(officer, client, factory, world, outbox_count):
    b_group, b_member = world["b1"], world["members"]["B"][0]
    a_member = world["members"]["A"][0]
    b = world["B"]["id"]
    cases = [
        ("get B's group", "GET", f"/v1/groups/{b_group['id']}", None, {}),
        ("B's group members", "GET", f"/v1/groups/{b_group['id']}/members", None, {}),
        ("patch B's group", "PATCH", f"/v1/groups/{b_group['id']}", {"meeting_place": "elsewhere"}, {}),
        ("suspend B's group", "POST", f"/v1/groups/{b_group['id']}/suspend", None, {}),
        ("activate B's group", "POST", f"/v1/groups/{b_group['id']}/activate", None, {}),
        ("form a group in B", "POST", "/v1/groups", {"branch_id": b, "name": "Kodom", "meeting_day": "monday",
                                                     "meeting_place": "bazar", "formation_date": "2026-01-10"}, {}),
        ("register into B's group", "POST", "/v1/members", factory.member_body(b_group), {}),
        ("get B's member", "GET", f"/v1/members/{b_member['id']}", None, {}),
        ("patch B's member", "PATCH", f"/v1/members/{b_member['id']}", {"name_en": "Someone Else"}, {}),
        # the scope is checked before If-Match: a stale version does not tell an outsider anything
        ("patch B's member, stale If-Match", "PATCH", f"/v1/members/{b_member['id']}", {"name_en": "X"}, {"If-Match": '"99"'}),
        ("make B's member dormant", "POST", f"/v1/members/{b_member['id']}/make-dormant", None, {}),
        ("exit B's member", "POST", f"/v1/members/{b_member['id']}/exit", {"reason": "moved"}, {}),
        ("transfer A's member into B", "POST", f"/v1/members/{a_member['id']}/transfer", {"group_id": b_group["id"]}, {}),
        ("transfer B's member into A", "POST", f"/v1/members/{b_member['id']}/transfer", {"group_id": world["a1"]["id"]}, {}),
        ("get branch B", "GET", f"/v1/branches/{b}", None, {}),
        ("patch branch B", "PATCH", f"/v1/branches/{b}", {"name": "Renamed"}, {}),
        ("B's staff", "GET", f"/v1/branches/{b}/staff", None, {}),
        ("add staff to B", "POST", f"/v1/branches/{b}/staff", {"name": "Mita", "mobile": "01700000101"}, {}),
        ("patch B's staff", "PATCH", f"/v1/branches/{b}/staff/{uuid.uuid4()}", {"name": "Mita"}, {}),
        ("open a branch", "POST", "/v1/branches", {"code": f"X{uuid.uuid4().hex[:8]}", "name": "New branch",
                                                   "district": "Tangail", "upazila": "Mirzapur"}, {}),
    ]
    before = await outbox_count()

    async def refused(method: str, path: str, body: dict | None, headers: dict) -> None:
        assert_problem(await officer.request(method, path, json=body, headers=headers), 403)

    await each_case(cases, refused)
    assert await outbox_count() == before
    # and B's records are as they were
    assert (await client.get(f"/v1/members/{b_member['id']}")).json() == b_member
    got = (await client.get(f"/v1/members/{a_member['id']}")).json()
    assert got["group_id"] == world["a1"]["id"] and got["version"] == a_member["version"]


async def test_unknown_ids_stay_404_and_bad_input_stays_422_for_a_scoped_caller(officer, world):
    assert_problem(await officer.get(f"/v1/members/{uuid.uuid4()}"), 404)
    assert_problem(await officer.get(f"/v1/groups/{uuid.uuid4()}"), 404)
    assert_problem(await officer.post("/v1/members", json={"group_id": world["a1"]["id"]}), 422, "name_bn")


async def test_a_caller_with_no_branches_sees_nothing(client_as, world):
    nobody = client_as(roles=["field_officer"], branches=[])
    assert await _all(nobody, "/v1/members") == []
    assert await _all(nobody, "/v1/groups") == []
    assert_problem(await nobody.get(f"/v1/members/{world['members']['A'][0]['id']}"), 403)


async def test_area_reference_data_needs_only_an_authenticated_caller(client_as, officer):
    partner = client_as(partner="acme-mfi", roles=[], scopes=["members:read"], branches=[])
    for c in (officer, partner):
        assert len(await get_json(c, "/v1/members/areas/divisions")) == 8
    assert_problem(await client_as(headers={}).get("/v1/members/areas/divisions"), 401)


# --- partners ----------------------------------------------------------------------------------

async def test_partner_lists_members_of_its_granted_branches_only(client_as, world):
    partner = client_as(partner="acme-mfi", roles=[], scopes=["members:read"], branches=[world["A"]["id"], world["C"]["id"]])
    members = await _all(partner, "/v1/members")
    assert _ids(members) == _ids(world["members"]["A"]) | _ids(world["members"]["C"])
    assert {m["branch_id"] for m in members} == {world["A"]["id"], world["C"]["id"]}
    assert _ids(await _all(partner, "/v1/members", branch_id=world["C"]["id"])) == _ids(world["members"]["C"])
    assert_problem(await partner.get("/v1/members", params={"branch_id": world["B"]["id"]}), 403)
    assert_problem(await partner.get(f"/v1/members/{world['members']['B'][0]['id']}"), 403)
    assert (await partner.get(f"/v1/members/{world['members']['C'][0]['id']}")).status_code == 200


# --- no valid identity: 401 --------------------------------------------------------------------

async def test_members_routes_refuse_missing_malformed_and_forged_tokens(client_as, internal_keys, tmp_path, outbox_count):
    forger = InternalKeys(tmp_path)  # a key pair the service never heard of
    same_kid = InternalKeys(tmp_path)
    same_kid.kid = internal_keys.kid  # another key that claims to be the gateway's
    cases = [
        ("no Authorization header", {}),
        ("empty bearer", {"Authorization": "Bearer "}),
        ("not a bearer", {"Authorization": f"Basic {internal_keys.token()}"}),
        ("malformed token", {"Authorization": "Bearer not.a-jwt"}),
        ("signed by another key, unknown kid", forger.headers()),
        ("signed by another key, the gateway's kid", same_kid.headers()),
        ("expired", {"Authorization": f"Bearer {internal_keys.token(lifetime=-60)}"}),
    ]
    before = await outbox_count()

    async def refused(headers: dict) -> None:
        c = client_as(headers=headers)
        assert_problem(await c.get("/v1/members"), 401)
        assert_problem(await c.post("/v1/branches", json={"code": "NOPE1", "name": "x", "district": "Tangail", "upazila": "Mirzapur"}), 401)

    await each_case(cases, refused)
    assert await outbox_count() == before


async def test_health_and_openapi_need_no_token(client_as):
    anonymous = client_as(headers={})
    r = await anonymous.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}
    assert (await anonymous.get("/openapi.json")).status_code == 200
