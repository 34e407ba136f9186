"""Branches, their staff, field officers on groups, and the reference areas endpoints."""

from __future__ import annotations

import uuid

import pytest

from palli_common.testing.http import assert_problem, each_case, get_json as get


def code() -> str:
    return f"T{uuid.uuid4().hex[:10].upper()}"


def branch_body(**over) -> dict:
    return {"code": code(), "name": "Porabari branch", "district": "Tangail", "upazila": "Tangail Sadar", **over}


async def add_staff(client, branch: dict, **over) -> dict:
    r = await client.post(f"/v1/branches/{branch['id']}/staff", json={"name": "Karim Mia", "mobile": "01711223344", **over})
    assert r.status_code == 201, r.text
    return r.json()


# --- branches ---------------------------------------------------------------------------------

async def test_open_branch_derives_division_and_canonical_names(client, outbox_events):
    c = code()
    r = await client.post("/v1/branches", json=branch_body(code=f" {c} ", district="tangail", upazila="টাঙ্গাইল সদর"))
    assert r.status_code == 201, r.text
    b = r.json()
    assert b["code"] == c
    assert (b["division"], b["district"], b["upazila"]) == ("Dhaka", "Tangail", "Tangail Sadar")
    assert b["version"] == 1
    assert await outbox_events(b["id"]) == ["members.branch.opened"]
    assert await get(client, f"/v1/branches/{b['id']}") == b


async def test_old_spellings_and_bangla_area_names_are_accepted(client):
    async def check(district: str, upazila: str, canonical: str, division: str) -> None:
        r = await client.post("/v1/branches", json=branch_body(district=district, upazila=upazila))
        assert r.status_code == 201, r.text
        assert (r.json()["district"], r.json()["division"]) == (canonical, division)

    await each_case([
        ("Chittagong", "Chittagong", "Patiya", "Chattogram", "Chattagram"),
        ("Comilla", "Comilla", "Debidwar", "Cumilla", "Chattagram"),
        ("Bogra", "Bogra", "Kahaloo", "Bogura", "Rajshahi"),
        ("Cox's Bazar", "Cox's Bazar", "Ramu", "Coxsbazar", "Chattagram"),
        ("coxs bazar", "coxs bazar", "রামু", "Coxsbazar", "Chattagram"),
        ("Bangla", "কক্সবাজার", "ramu", "Coxsbazar", "Chattagram"),
    ], check)


async def test_duplicate_branch_code_is_409_naming_code(client, outbox_count):
    c = code()
    assert (await client.post("/v1/branches", json=branch_body(code=c))).status_code == 201
    before = await outbox_count()
    assert_problem(await client.post("/v1/branches", json=branch_body(code=c)), 409, "code")
    assert_problem(await client.post("/v1/branches", json=branch_body(code=f"  {c} ")), 409, "code")
    assert await outbox_count() == before


async def test_lower_case_branch_code_is_upper_cased_and_still_unique(client, outbox_count):
    c = code()
    r = await client.post("/v1/branches", json=branch_body(code=c.lower()))
    assert r.status_code == 201, r.text
    assert r.json()["code"] == c
    before = await outbox_count()
    assert_problem(await client.post("/v1/branches", json=branch_body(code=c)), 409, "code")
    assert await outbox_count() == before


BAD_BRANCHES = [
    ("unknown district", {"district": "Nowhere"}, "district"),
    ("upazila not in district", {"upazila": "Savar"}, "upazila"),
    ("unknown upazila", {"upazila": "Atlantis"}, "upazila"),
    ("code too short", {"code": "A"}, "code"),
    ("code with leading hyphen", {"code": "-ABC"}, "code"),
    ("code with a space", {"code": "AB CD"}, "code"),
    ("code too long", {"code": "A" * 21}, "code"),
    ("empty name", {"name": ""}, "name"),
    ("division not accepted (derived)", {"division": "Dhaka"}, "division"),
]


async def test_open_branch_refuses_bad_field(client, outbox_count):
    before = await outbox_count()

    async def check(override: dict, field: str) -> None:
        assert_problem(await client.post("/v1/branches", json=branch_body(**override)), 422, field)

    await each_case(BAD_BRANCHES, check)
    assert await outbox_count() == before


async def test_ambiguous_district_free_name_is_refused(client):
    # branch creation takes a district by name alone; a missing one is named
    body = branch_body()
    del body["district"]
    assert_problem(await client.post("/v1/branches", json=body), 422, "district")


async def test_relocate_and_rename_branch(client, factory, outbox_events):
    b = await factory.branch()
    r = await client.patch(f"/v1/branches/{b['id']}", json={"district": "Gazipur", "upazila": "Kaliakair", "name": "Kaliakair"})
    assert r.status_code == 200, r.text
    got = r.json()
    assert (got["division"], got["district"], got["upazila"], got["name"]) == ("Dhaka", "Gazipur", "Kaliakair", "Kaliakair")
    assert got["code"] == b["code"] and got["version"] == 2
    assert await outbox_events(b["id"]) == ["members.branch.opened", "members.branch.updated"]


async def test_relocating_district_alone_checks_the_kept_upazila(client, factory, outbox_count):
    b = await factory.branch()
    before = await outbox_count()
    assert_problem(await client.patch(f"/v1/branches/{b['id']}", json={"district": "Gazipur"}), 422, "upazila")
    assert_problem(await client.patch(f"/v1/branches/{b['id']}", json={"code": "NEW"}), 422, "code")
    assert await outbox_count() == before
    assert await get(client, f"/v1/branches/{b['id']}") == b


async def test_list_branches_walks_pages(client, factory):
    for _ in range(3):
        await factory.branch()
    seen, cursor = [], None
    while True:
        page = await get(client, "/v1/branches", limit=2, **({"cursor": cursor} if cursor else {}))
        seen += [b["id"] for b in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) >= 3 and seen == sorted(seen)


# --- staff ------------------------------------------------------------------------------------

async def test_staff_mobile_is_normalised(client, factory, outbox_events):
    b = await factory.branch()
    for typed in ["01711223344", "+8801711223344", "8801711223344", "০১৭১১২২৩৩৪৪", "0171-122 3344"]:
        s = await add_staff(client, b, mobile=typed)
        assert s["mobile"] == "+8801711223344", typed
        assert s["role"] == "field_officer" and s["active"] is True and s["branch_id"] == b["id"]
        assert await outbox_events(s["id"]) == ["members.staff.registered"]


async def test_add_staff_refuses_bad_field(client, factory, outbox_count):
    b = await factory.branch()
    before = await outbox_count()

    async def check(override: dict, field: str) -> None:
        r = await client.post(f"/v1/branches/{b['id']}/staff", json={"name": "Karim", "mobile": "01711223344", **override})
        assert_problem(r, 422, field)

    await each_case([
        ("unknown role", {"role": "chef"}, "role"),
        ("role in wrong case", {"role": "Field_Officer"}, "role"),
        ("mobile operator 2", {"mobile": "01212345678"}, "mobile"),
        ("mobile too short", {"mobile": "12345"}, "mobile"),
        ("blank name", {"name": " "}, "name"),
        ("extra field", {"salary": "10000.00"}, "salary"),
    ], check)
    assert await outbox_count() == before
    assert (await get(client, f"/v1/branches/{b['id']}/staff"))["items"] == []


async def test_list_staff_by_role(client, factory):
    b = await factory.branch()
    fo = await add_staff(client, b)
    bm = await add_staff(client, b, role="branch_manager", name="Nasrin")
    page = await get(client, f"/v1/branches/{b['id']}/staff")
    assert [s["id"] for s in page["items"]] == sorted([fo["id"], bm["id"]])
    page = await get(client, f"/v1/branches/{b['id']}/staff", role="branch_manager")
    assert [s["id"] for s in page["items"]] == [bm["id"]]


async def test_list_staff_with_bad_role_is_422(client, factory):
    b = await factory.branch()
    assert_problem(await client.get(f"/v1/branches/{b['id']}/staff", params={"role": "chef"}), 422, "role")


async def test_update_staff(client, factory, outbox_events):
    b = await factory.branch()
    fo = await add_staff(client, b)
    r = await client.patch(f"/v1/branches/{b['id']}/staff/{fo['id']}", json={"mobile": "019 1122 3344", "active": False})
    assert r.status_code == 200, r.text
    assert r.json()["mobile"] == "+8801911223344" and r.json()["active"] is False and r.json()["version"] == 2
    assert await outbox_events(fo["id"]) == ["members.staff.registered", "members.staff.updated"]
    assert_problem(await client.patch(f"/v1/branches/{b['id']}/staff/{fo['id']}", json={"role": "chef"}), 422, "role")
    assert_problem(await client.patch(f"/v1/branches/{b['id']}/staff/{fo['id']}", json={"mobile": "0"}), 422, "mobile")


async def test_staff_of_another_branch_is_not_found_through_this_one(client, factory):
    b1, b2 = await factory.branch(), await factory.branch()
    s = await add_staff(client, b1)
    assert_problem(await client.patch(f"/v1/branches/{b2['id']}/staff/{s['id']}", json={"name": "X"}), 404)
    assert_problem(await client.patch(f"/v1/branches/{b1['id']}/staff/{uuid.uuid4()}", json={"name": "X"}), 404)


# --- field officers on groups -----------------------------------------------------------------

async def test_field_officer_of_the_branch_can_run_a_group(client, factory):
    b = await factory.branch()
    fo = await add_staff(client, b)
    g = await factory.group(b, field_officer_id=fo["id"])
    assert g["field_officer_id"] == fo["id"]
    page = await get(client, "/v1/groups", field_officer_id=fo["id"])
    assert [x["id"] for x in page["items"]] == [g["id"]]
    fo2 = await add_staff(client, b, name="Selim")
    r = await client.patch(f"/v1/groups/{g['id']}", json={"field_officer_id": fo2["id"]})
    assert r.status_code == 200 and r.json()["field_officer_id"] == fo2["id"]


async def test_field_officer_of_another_branch_is_422(client, factory, outbox_count):
    b1, b2 = await factory.branch(), await factory.branch()
    foreign = await add_staff(client, b2)
    before = await outbox_count()
    r = await client.post("/v1/groups", json={"branch_id": b1["id"], "name": "Kodom", "meeting_day": "monday",
                                             "meeting_place": "yard", "formation_date": "2026-02-01",
                                             "field_officer_id": foreign["id"]})
    assert_problem(r, 422, "field_officer_id")
    g = await factory.group(b1)
    before = await outbox_count()
    assert_problem(await client.patch(f"/v1/groups/{g['id']}", json={"field_officer_id": foreign["id"]}), 422, "field_officer_id")
    assert await outbox_count() == before
    assert (await get(client, f"/v1/groups/{g['id']}"))["field_officer_id"] is None


async def test_inactive_staff_cannot_become_field_officer(client, factory):
    b = await factory.branch()
    fo = await add_staff(client, b)
    await client.patch(f"/v1/branches/{b['id']}/staff/{fo['id']}", json={"active": False})
    g = await factory.group(b)
    assert_problem(await client.patch(f"/v1/groups/{g['id']}", json={"field_officer_id": fo["id"]}), 422, "field_officer_id")


# --- reference areas --------------------------------------------------------------------------

async def test_there_are_eight_divisions(client):
    divisions = await get(client, "/v1/members/areas/divisions")
    assert len(divisions) == 8
    assert {"Dhaka", "Chattagram", "Rajshahi", "Khulna", "Barisal", "Sylhet", "Rangpur", "Mymensingh"} == {d["name"] for d in divisions}
    assert all(d["bn_name"] for d in divisions)


async def test_districts_of_a_division_and_all_64(client):
    dhaka = await get(client, "/v1/members/areas/districts", division="Dhaka")
    names = {d["name"] for d in dhaka}
    assert "Tangail" in names and "Gazipur" in names and "Bogura" not in names
    assert {d["name"] for d in await get(client, "/v1/members/areas/districts", division="ঢাকা")} == names
    assert len(await get(client, "/v1/members/areas/districts")) == 64


async def test_upazilas_and_unions(client):
    upazilas = {u["name"] for u in await get(client, "/v1/members/areas/upazilas", district="Tangail")}
    assert "Tangail Sadar" in upazilas and "Savar" not in upazilas
    unions = {u["name"] for u in await get(client, "/v1/members/areas/unions", upazila="Tangail Sadar", district="Tangail")}
    assert "Porabari" in unions


@pytest.mark.parametrize(("path", "params", "field"), [
    ("/v1/members/areas/upazilas", {"district": "Nowhere"}, "district"),
    ("/v1/members/areas/upazilas", {}, "district"),
    ("/v1/members/areas/upazilas", {"district": ""}, "district"),
    ("/v1/members/areas/districts", {"division": "Nowhere"}, "division"),
    ("/v1/members/areas/unions", {"upazila": "Nowhere"}, "upazila"),
    ("/v1/members/areas/unions", {"upazila": "Kaliganj"}, "district"),  # four districts have a Kaliganj
])
async def test_unknown_area_is_422_naming_the_parameter(client, path, params, field):
    assert_problem(await client.get(path, params=params), 422, field)
