"""Samity groups through the API: formation, status, limits, leader and secretary, listing."""

from __future__ import annotations

import uuid

import pytest

from palli_common.testing.http import assert_problem, each_case, get_json as get


def group_body(branch: dict, **over) -> dict:
    return {"branch_id": branch["id"], "name": f"Shapla {uuid.uuid4().hex[:10]}", "meeting_day": "sunday",
            "meeting_place": "school yard", "formation_date": "2026-01-10", **over}


# --- formation --------------------------------------------------------------------------------

async def test_form_group_starts_forming_and_empty(client, factory, outbox_events):
    branch = await factory.branch()
    r = await client.post("/v1/groups", json=group_body(branch, name="  Padma Samity  ", meeting_day="saturday"))
    assert r.status_code == 201, r.text
    g = r.json()
    assert g["status"] == "forming" and g["member_count"] == 0 and g["member_limit"] == 40
    assert g["name"] == "Padma Samity" and g["meeting_day"] == "saturday" and g["branch_id"] == branch["id"]
    assert g["leader_id"] is None and g["secretary_id"] is None and g["field_officer_id"] is None
    assert await outbox_events(g["id"]) == ["members.group.formed"]
    assert await get(client, f"/v1/groups/{g['id']}") == g


BAD_GROUPS = [
    ("meeting day invalid", {"meeting_day": "funday"}, "meeting_day"),
    ("meeting day capitalised", {"meeting_day": "Sunday"}, "meeting_day"),
    ("meeting day null", {"meeting_day": None}, "meeting_day"),
    ("unknown branch", {"branch_id": str(uuid.uuid4())}, "branch_id"),
    ("branch not a uuid", {"branch_id": "b-1"}, "branch_id"),
    ("limit below 5", {"member_limit": 4}, "member_limit"),
    ("limit above 60", {"member_limit": 61}, "member_limit"),
    ("blank name", {"name": "  "}, "name"),
    ("empty meeting place", {"meeting_place": ""}, "meeting_place"),
    ("formation date not ISO", {"formation_date": "10-01-2026"}, "formation_date"),
    ("unknown field officer", {"field_officer_id": str(uuid.uuid4())}, "field_officer_id"),
    ("status cannot be set", {"status": "active"}, "status"),
    ("leader cannot be set at formation", {"leader_id": str(uuid.uuid4())}, "leader_id"),
]


async def test_form_group_refuses_bad_field(client, factory, outbox_count):
    branch = await factory.branch()
    before = await outbox_count()

    async def check(override: dict, field: str) -> None:
        assert_problem(await client.post("/v1/groups", json=group_body(branch, **override)), 422, field)

    await each_case(BAD_GROUPS, check)
    assert await outbox_count() == before
    assert (await get(client, "/v1/groups", branch_id=branch["id"]))["items"] == []


async def test_group_name_is_unique_within_a_branch_only(client, factory, outbox_count):
    b1, b2 = await factory.branch(), await factory.branch()
    await factory.group(b1, name="Meghna")
    before = await outbox_count()
    assert_problem(await client.post("/v1/groups", json=group_body(b1, name="Meghna")), 409, "name")
    assert await outbox_count() == before
    assert (await client.post("/v1/groups", json=group_body(b2, name="Meghna"))).status_code == 201


async def test_renaming_to_a_taken_name_is_409(client, factory):
    branch = await factory.branch()
    await factory.group(branch, name="Jamuna")
    g = await factory.group(branch, name="Karnaphuli")
    assert_problem(await client.patch(f"/v1/groups/{g['id']}", json={"name": "Jamuna"}), 409, "name")
    assert (await get(client, f"/v1/groups/{g['id']}"))["name"] == "Karnaphuli"


# --- status -----------------------------------------------------------------------------------

async def test_group_status_cycle_and_events(client, factory, outbox_events):
    g = await factory.group()
    gid = g["id"]
    steps = [("activate", "active", "members.group.activated"),
             ("suspend", "suspended", "members.group.suspended"),
             ("activate", "active", "members.group.activated"),
             ("dissolve", "dissolved", "members.group.dissolved")]
    for action, status, _ in steps:
        r = await client.post(f"/v1/groups/{gid}/{action}", json={"reason": "committee decision"})
        assert r.status_code == 200, (action, r.text)
        assert r.json()["status"] == status
    assert await outbox_events(gid) == ["members.group.formed"] + [e for _, _, e in steps]


async def test_a_forming_group_can_be_dissolved_but_not_suspended(client, factory, outbox_count):
    g = await factory.group()
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/groups/{g['id']}/suspend"), 409, "status")
    assert await outbox_count() == before
    r = await client.post(f"/v1/groups/{g['id']}/dissolve")
    assert r.status_code == 200 and r.json()["status"] == "dissolved"


async def test_activating_an_active_group_is_409(client, factory):
    g = await factory.group()
    await client.post(f"/v1/groups/{g['id']}/activate")
    body = assert_problem(await client.post(f"/v1/groups/{g['id']}/activate"), 409, "status")
    assert "already active" in body["detail"]


async def test_dissolve_only_when_empty(client, factory, outbox_count):
    g = await factory.group()
    await client.post(f"/v1/groups/{g['id']}/activate")
    a = await factory.member(g, activate=True)
    b = await factory.member(g)
    await client.post(f"/v1/members/{b['id']}/activate")
    await client.post(f"/v1/members/{b['id']}/make-dormant")
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/groups/{g['id']}/dissolve"), 409, "status")
    await client.post(f"/v1/members/{a['id']}/exit", json={"reason": "left"})
    assert_problem(await client.post(f"/v1/groups/{g['id']}/dissolve"), 409, "status")  # a dormant member still counts
    assert await outbox_count() == before + 1  # only the exit
    await client.post(f"/v1/members/{b['id']}/exit", json={"reason": "left"})
    r = await client.post(f"/v1/groups/{g['id']}/dissolve", json={"reason": "all members left"})
    assert r.status_code == 200 and r.json()["status"] == "dissolved" and r.json()["member_count"] == 0


async def test_dissolved_group_refuses_members_changes_and_status(client, factory, outbox_count):
    g = await factory.group()
    await client.post(f"/v1/groups/{g['id']}/dissolve")
    before = await outbox_count()
    assert_problem(await client.post("/v1/members", json=factory.member_body(g)), 409, "group_id")
    assert_problem(await client.patch(f"/v1/groups/{g['id']}", json={"meeting_place": "mosque"}), 409, "status")
    for action in ("activate", "suspend", "dissolve"):
        assert_problem(await client.post(f"/v1/groups/{g['id']}/{action}"), 409, "status")
    assert await outbox_count() == before
    assert (await get(client, f"/v1/groups/{g['id']}"))["meeting_place"] == "school yard"


async def test_suspended_group_takes_no_new_members_until_reactivated(client, factory):
    g = await factory.group()
    await client.post(f"/v1/groups/{g['id']}/activate")
    await client.post(f"/v1/groups/{g['id']}/suspend")
    assert_problem(await client.post("/v1/members", json=factory.member_body(g)), 409, "group_id")
    await client.post(f"/v1/groups/{g['id']}/activate")
    assert (await client.post("/v1/members", json=factory.member_body(g))).status_code == 201


@pytest.mark.parametrize("body", [{"reason": ""}, {"reason": "x" * 501}, {"why": "x"}])
async def test_group_status_change_with_bad_body_is_422(client, factory, outbox_count, body):
    g = await factory.group()
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/groups/{g['id']}/activate", json=body), 422)
    assert await outbox_count() == before
    assert (await get(client, f"/v1/groups/{g['id']}"))["status"] == "forming"


# --- changes (PATCH) --------------------------------------------------------------------------

async def test_patch_meeting_details_and_limit(client, factory, outbox_events):
    g = await factory.group()
    r = await client.patch(f"/v1/groups/{g['id']}", json={"meeting_day": "tuesday", "meeting_place": "Rahim's yard",
                                                           "member_limit": 25, "name": "Shapla Tuesday"})
    assert r.status_code == 200, r.text
    got = r.json()
    assert (got["meeting_day"], got["meeting_place"], got["member_limit"], got["name"]) == \
        ("tuesday", "Rahim's yard", 25, "Shapla Tuesday")
    assert got["version"] == g["version"] + 1
    assert await outbox_events(g["id"]) == ["members.group.formed", "members.group.updated"]


async def test_member_limit_below_current_count_is_422(client, factory, outbox_count):
    g = await factory.group(member_limit=10)
    for _ in range(6):
        await factory.member(g)
    before = await outbox_count()
    body = assert_problem(await client.patch(f"/v1/groups/{g['id']}", json={"member_limit": 5}), 422, "member_limit")
    assert "6" in body["errors"][0]["detail"]
    assert await outbox_count() == before
    assert (await get(client, f"/v1/groups/{g['id']}"))["member_limit"] == 10
    r = await client.patch(f"/v1/groups/{g['id']}", json={"member_limit": 6})  # exactly the count is fine
    assert r.status_code == 200 and r.json()["member_limit"] == 6


async def test_patch_group_refuses_bad_field(client, factory, outbox_count):
    g = await factory.group()
    before = await outbox_count()

    async def check(patch: dict, field: str) -> None:
        assert_problem(await client.patch(f"/v1/groups/{g['id']}", json=patch), 422, field)

    await each_case([
        ("meeting day invalid", {"meeting_day": "someday"}, "meeting_day"),
        ("limit below 5", {"member_limit": 4}, "member_limit"),
        ("limit null", {"member_limit": None}, "member_limit"),
        ("name null", {"name": None}, "name"),
        ("meeting place null", {"meeting_place": None}, "meeting_place"),
        ("branch not patchable", {"branch_id": str(uuid.uuid4())}, "branch_id"),
        ("status not patchable", {"status": "active"}, "status"),
        ("unknown leader", {"leader_id": str(uuid.uuid4())}, "leader_id"),
        ("unknown field officer", {"field_officer_id": str(uuid.uuid4())}, "field_officer_id"),
    ], check)
    assert await outbox_count() == before
    assert await get(client, f"/v1/groups/{g['id']}") == g


async def test_patch_meeting_day_null_is_422(client, factory, outbox_count):
    g = await factory.group()
    before = await outbox_count()
    assert_problem(await client.patch(f"/v1/groups/{g['id']}", json={"meeting_day": None}), 422, "meeting_day")
    assert await outbox_count() == before


# --- leader and secretary ---------------------------------------------------------------------

@pytest.fixture
async def samity(factory):
    """An active group with three active members and one applicant."""
    g = await factory.group()
    await factory.client.post(f"/v1/groups/{g['id']}/activate")
    a, b, c = [await factory.member(g, activate=True) for _ in range(3)]
    applicant = await factory.member(g)
    return {"group": g, "a": a, "b": b, "c": c, "applicant": applicant}


async def test_leader_and_secretary_are_active_members_of_the_group(client, samity, outbox_events):
    gid, a, b = samity["group"]["id"], samity["a"], samity["b"]
    r = await client.patch(f"/v1/groups/{gid}", json={"leader_id": a["id"]})
    assert r.status_code == 200, r.text
    assert r.json()["leader_id"] == a["id"]
    r = await client.patch(f"/v1/groups/{gid}", json={"secretary_id": b["id"]})
    assert r.status_code == 200 and r.json()["secretary_id"] == b["id"] and r.json()["leader_id"] == a["id"]
    assert (await outbox_events(gid))[-2:] == ["members.group.updated", "members.group.updated"]
    # swapping both in one request is fine
    r = await client.patch(f"/v1/groups/{gid}", json={"leader_id": b["id"], "secretary_id": a["id"]})
    assert r.status_code == 200 and (r.json()["leader_id"], r.json()["secretary_id"]) == (b["id"], a["id"])
    # and clearing is allowed
    r = await client.patch(f"/v1/groups/{gid}", json={"secretary_id": None})
    assert r.status_code == 200 and r.json()["secretary_id"] is None and r.json()["leader_id"] == b["id"]


async def test_leader_from_another_group_is_422(client, factory, samity, outbox_count):
    stranger = await factory.member(activate=True)
    before = await outbox_count()
    gid = samity["group"]["id"]
    assert_problem(await client.patch(f"/v1/groups/{gid}", json={"leader_id": stranger["id"]}), 422, "leader_id")
    assert_problem(await client.patch(f"/v1/groups/{gid}", json={"secretary_id": stranger["id"]}), 422, "secretary_id")
    assert await outbox_count() == before


@pytest.mark.parametrize("who", ["applicant", "unknown", "dormant", "exited"])
async def test_leader_must_be_an_active_member(client, samity, outbox_count, who):
    gid = samity["group"]["id"]
    if who == "unknown":
        member_id = str(uuid.uuid4())
    elif who == "applicant":
        member_id = samity["applicant"]["id"]
    else:
        member_id = samity["c"]["id"]
        action = "make-dormant" if who == "dormant" else "exit"
        assert (await client.post(f"/v1/members/{member_id}/{action}", json={"reason": "x"})).status_code == 200
    before = await outbox_count()
    assert_problem(await client.patch(f"/v1/groups/{gid}", json={"leader_id": member_id}), 422, "leader_id")
    assert await outbox_count() == before


async def test_leader_and_secretary_must_differ(client, samity, outbox_count):
    gid, a, b = samity["group"]["id"], samity["a"], samity["b"]
    before = await outbox_count()
    assert_problem(await client.patch(f"/v1/groups/{gid}", json={"leader_id": a["id"], "secretary_id": a["id"]}), 422)
    assert await outbox_count() == before
    await client.patch(f"/v1/groups/{gid}", json={"leader_id": a["id"], "secretary_id": b["id"]})
    assert_problem(await client.patch(f"/v1/groups/{gid}", json={"secretary_id": a["id"]}), 422)
    assert_problem(await client.patch(f"/v1/groups/{gid}", json={"leader_id": b["id"]}), 422)
    g = await get(client, f"/v1/groups/{gid}")
    assert (g["leader_id"], g["secretary_id"]) == (a["id"], b["id"])


@pytest.mark.parametrize(("leaves", "body"), [
    ("exit", {"reason": "moved away"}),
    ("make-dormant", {"reason": "ill"}),
    ("transfer", None),
])
async def test_a_leader_who_leaves_frees_the_office(client, factory, samity, outbox_events, leaves, body):
    gid, a, b = samity["group"]["id"], samity["a"], samity["b"]
    await client.patch(f"/v1/groups/{gid}", json={"leader_id": a["id"], "secretary_id": b["id"]})
    if leaves == "transfer":
        body = {"group_id": (await factory.group())["id"]}
    r = await client.post(f"/v1/members/{a['id']}/{leaves}", json=body)
    assert r.status_code == 200, r.text
    g = await get(client, f"/v1/groups/{gid}")
    assert g["leader_id"] is None and g["secretary_id"] == b["id"]
    assert (await outbox_events(gid))[-1] == "members.group.updated"


async def test_secretary_who_exits_frees_only_the_secretary(client, samity):
    gid, a, b = samity["group"]["id"], samity["a"], samity["b"]
    await client.patch(f"/v1/groups/{gid}", json={"leader_id": a["id"], "secretary_id": b["id"]})
    await client.post(f"/v1/members/{b['id']}/exit", json={"reason": "married away"})
    g = await get(client, f"/v1/groups/{gid}")
    assert g["leader_id"] == a["id"] and g["secretary_id"] is None


# --- listing ----------------------------------------------------------------------------------

async def test_list_groups_filters_and_member_counts(client, factory):
    branch = await factory.branch()
    sun = await factory.group(branch, meeting_day="sunday")
    mon = await factory.group(branch, meeting_day="monday")
    sun2 = await factory.group(branch, meeting_day="sunday")
    await client.post(f"/v1/groups/{mon['id']}/activate")
    await client.post(f"/v1/groups/{sun2['id']}/activate")
    await client.post(f"/v1/groups/{sun2['id']}/suspend")
    for _ in range(2):
        await factory.member(mon)
    gone = await factory.member(sun)
    await client.post(f"/v1/members/{gone['id']}/exit", json={"reason": "left"})

    async def listed(**params) -> dict[str, int]:
        page = await get(client, "/v1/groups", branch_id=branch["id"], **params)
        return {g["id"]: g["member_count"] for g in page["items"]}

    assert await listed() == {sun["id"]: 0, mon["id"]: 2, sun2["id"]: 0}
    assert await listed(status="active") == {mon["id"]: 2}
    assert await listed(status="suspended") == {sun2["id"]: 0}
    assert await listed(meeting_day="sunday") == {sun["id"]: 0, sun2["id"]: 0}
    assert await listed(meeting_day="sunday", status="forming") == {sun["id"]: 0}
    assert await listed(meeting_day="friday") == {}
    assert (await get(client, f"/v1/groups/{mon['id']}"))["member_count"] == 2


async def test_list_groups_paginates(client, factory):
    branch = await factory.branch()
    made = sorted([(await factory.group(branch))["id"] for _ in range(3)])
    first = await get(client, "/v1/groups", branch_id=branch["id"], limit=2)
    second = await get(client, "/v1/groups", branch_id=branch["id"], limit=2, cursor=first["next_cursor"])
    assert [g["id"] for g in first["items"] + second["items"]] == made and second["next_cursor"] is None


@pytest.mark.parametrize(("params", "field"), [
    ({"status": "sleeping"}, "status"), ({"meeting_day": "funday"}, "meeting_day"), ({"branch_id": "x"}, "branch_id"),
])
async def test_list_groups_bad_filter_is_422(client, params, field):
    assert_problem(await client.get("/v1/groups", params=params), 422, field)
