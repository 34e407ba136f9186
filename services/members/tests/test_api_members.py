"""Members through the API: lifecycle and its events, transfers, corrections, money on the wire,
search and cursor pagination, and concurrent registrations."""

from __future__ import annotations

import asyncio
import base64
import uuid

import pytest
from sqlalchemy import select

from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem, each_case, get_json as get


def unique_nid(birth_year: int = 1990) -> str:
    """A 17-digit NID for this birth year, unique in the run (test modules cannot import conftest)."""
    return f"{birth_year}{uuid.uuid4().int % 10**13:013d}"


async def ids(client, **params) -> list[str]:
    return [m["id"] for m in (await get(client, "/v1/members", limit=200, **params))["items"]]


# --- registration -----------------------------------------------------------------------------

async def test_registration_returns_the_canonical_member(factory, outbox_events):
    branch = await factory.branch()
    group = await factory.group(branch)
    body = factory.member_body(group, address={"division": "dhaka", "district": "TANGAIL", "upazila": "tangail sadar",
                                                "union": "পোড়াবাড়ী"})
    r = await factory.client.post("/v1/members", json=body)
    assert r.status_code == 201, r.text
    m = r.json()
    assert m["status"] == "applicant" and m["status_reason"] is None and m["version"] == 1
    assert m["group_id"] == group["id"] and m["branch_id"] == branch["id"]
    assert m["address"] == {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"}
    assert m["name_bn"] == "রহিমা খাতুন" and m["gender"] == "female"
    assert m["household_monthly_income"] == "12000.00" and m["land_holding_decimals"] == "8.50"
    assert await outbox_events(m["id"]) == ["members.member.registered"]
    assert await get(factory.client, f"/v1/members/{m['id']}") == m


async def test_registered_event_carries_the_snapshot_without_the_nid(app, client, factory):
    group = await factory.group()
    r = await client.post("/v1/members", json=factory.member_body(group, household_monthly_income="12000.5"),
                          headers={"x-request-id": "req-members-42"})
    assert r.status_code == 201 and r.headers["x-request-id"] == "req-members-42"
    m = r.json()
    async with app.state.runtime.db.sessions() as s:
        rows = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == m["id"]))).all()
    assert len(rows) == 1
    envelope = rows[0].envelope
    assert rows[0].topic == "members.member" and envelope["type"] == "members.member.registered"
    assert envelope["aggregate_version"] == 1 and envelope["correlation_id"] == "req-members-42"
    payload = envelope["payload"]
    assert "nid" not in payload  # personal identifiers stay in the members service
    assert payload["household_monthly_income"] == "12000.50" and payload["land_holding_decimals"] == "8.50"
    assert (payload["member_id"], payload["group_id"], payload["status"]) == (m["id"], group["id"], "applicant")


async def test_union_is_optional(factory):
    m = await factory.member(address={"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar"})
    assert m["address"]["union"] is None


async def test_joined_on_defaults_to_today_and_can_be_given(factory):
    m = await factory.member(joined_on="2026-01-15")
    assert m["joined_on"] == "2026-01-15"


# --- money on the wire ------------------------------------------------------------------------

async def test_income_is_a_two_place_decimal_string(factory):
    group = await factory.group()
    for sent, returned in [("12000.5", "12000.50"), ("12000", "12000.00"), ("0", "0.00"), ("0.01", "0.01"),
                           (" 7500.25 ", "7500.25"), ("10000000.00", "10000000.00")]:
        m = await factory.member(group, household_monthly_income=sent)
        assert m["household_monthly_income"] == returned, sent
        assert (await get(factory.client, f"/v1/members/{m['id']}"))["household_monthly_income"] == returned


async def test_land_holding_is_returned_as_a_two_place_string(factory):
    group = await factory.group()
    for sent, returned in [("8.5", "8.50"), ("0", "0.00"), (3, "3.00"), (2.5, "2.50"), ("120.25", "120.25")]:
        m = await factory.member(group, land_holding_decimals=sent)
        assert m["land_holding_decimals"] == returned, sent
        assert (await get(factory.client, f"/v1/members/{m['id']}"))["land_holding_decimals"] == returned


async def test_an_implausible_income_is_refused_never_a_server_error(client, factory):
    group = await factory.group()
    r = await client.post("/v1/members", json=factory.member_body(group, household_monthly_income="30000000.00"))
    body = assert_problem(r, 422, "household_monthly_income")
    assert "10000000.00" in body["errors"][0]["detail"]


# --- lifecycle --------------------------------------------------------------------------------

async def test_full_lifecycle_emits_one_event_per_step(client, factory, outbox_events):
    m = await factory.member()
    mid = m["id"]
    steps = [
        ("activate", None, "active", "members.member.activated"),
        ("make-dormant", {"reason": "missed 8 meetings"}, "dormant", "members.member.made_dormant"),
        ("reactivate", None, "active", "members.member.reactivated"),
        ("exit", {"reason": "moved to Dhaka"}, "exited", "members.member.exited"),
    ]
    expected = ["members.member.registered"]
    version = m["version"]
    for action, body, status, event in steps:
        r = await client.post(f"/v1/members/{mid}/{action}", json=body)
        assert r.status_code == 200, (action, r.text)
        got = r.json()
        assert got["status"] == status
        assert got["version"] == version + 1
        version = got["version"]
        expected.append(event)
        assert await outbox_events(mid) == expected
    final = await get(client, f"/v1/members/{mid}")
    assert final["status"] == "exited" and final["status_reason"] == "moved to Dhaka"


async def test_make_dormant_without_body_and_reason_is_kept(client, factory):
    m = await factory.member(activate=True)
    r = await client.post(f"/v1/members/{m['id']}/make-dormant")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "dormant" and r.json()["status_reason"] is None
    r = await client.post(f"/v1/members/{m['id']}/exit", json={"reason": "  no contact for a year  "})
    assert r.json()["status_reason"] == "no contact for a year"


async def test_an_applicant_can_exit(client, factory, outbox_events):
    m = await factory.member()
    r = await client.post(f"/v1/members/{m['id']}/exit", json={"reason": "application withdrawn"})
    assert r.status_code == 200 and r.json()["status"] == "exited"
    assert await outbox_events(m["id"]) == ["members.member.registered", "members.member.exited"]


async def test_exited_members_do_not_count_towards_the_group(client, factory):
    group = await factory.group()
    a = await factory.member(group)
    await factory.member(group, activate=True)
    assert (await get(client, f"/v1/groups/{group['id']}"))["member_count"] == 2
    await client.post(f"/v1/members/{a['id']}/exit", json={"reason": "left"})
    assert (await get(client, f"/v1/groups/{group['id']}"))["member_count"] == 1


# --- corrections (PATCH) -----------------------------------------------------------------------

async def test_patch_corrects_fields_and_emits_updated(client, factory, outbox_events):
    m = await factory.member()
    new_nid = unique_nid(1991)
    r = await client.patch(f"/v1/members/{m['id']}", json={
        "name_en": "Rahima Begum", "date_of_birth": "1991-05-01", "nid": new_nid, "mobile": "01911223344",
        "address": {"division": "Dhaka", "district": "Gazipur", "upazila": "Kaliakair"},
        "household_monthly_income": "9000.5", "land_holding_decimals": "2", "gender": "female",
    })
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["name_en"] == "Rahima Begum" and got["nid"] == new_nid and got["mobile"] == "+8801911223344"
    assert got["address"] == {"division": "Dhaka", "district": "Gazipur", "upazila": "Kaliakair", "union": None}
    assert got["household_monthly_income"] == "9000.50" and got["land_holding_decimals"] == "2.00"
    assert got["version"] == m["version"] + 1
    assert got["name_bn"] == m["name_bn"] and got["status"] == "applicant"
    assert await outbox_events(m["id"]) == ["members.member.registered", "members.member.updated"]


async def test_empty_patch_changes_nothing_but_the_version(client, factory):
    m = await factory.member()
    r = await client.patch(f"/v1/members/{m['id']}", json={})
    assert r.status_code == 200, r.text
    assert {k: v for k, v in r.json().items() if k not in ("version", "updated_at")} == \
        {k: v for k, v in m.items() if k not in ("version", "updated_at")}


# --- transfers --------------------------------------------------------------------------------

async def test_transfer_within_the_branch(client, factory, outbox_events):
    branch = await factory.branch()
    g1, g2 = await factory.group(branch), await factory.group(branch)
    m = await factory.member(g1, activate=True)
    r = await client.post(f"/v1/members/{m['id']}/transfer", json={"group_id": g2["id"], "reason": "moved para"})
    assert r.status_code == 200, r.text
    assert r.json()["group_id"] == g2["id"] and r.json()["branch_id"] == branch["id"]
    assert r.json()["status"] == "active"
    assert (await outbox_events(m["id"]))[-1] == "members.member.transferred"
    assert (await get(client, f"/v1/groups/{g1['id']}"))["member_count"] == 0
    assert (await get(client, f"/v1/groups/{g2['id']}"))["member_count"] == 1
    assert await ids(client, group_id=g2["id"]) == [m["id"]]


async def test_transfer_to_another_branch_moves_the_branch_too(client, factory, outbox_events):
    g1 = await factory.group()
    other_branch = await factory.branch(district="Gazipur", upazila="Kaliakair")
    g2 = await factory.group(other_branch)
    m = await factory.member(g1)
    r = await client.post(f"/v1/members/{m['id']}/transfer", json={"group_id": g2["id"]})
    assert r.status_code == 200, r.text
    assert r.json()["group_id"] == g2["id"] and r.json()["branch_id"] == other_branch["id"]
    assert await outbox_events(m["id"]) == ["members.member.registered", "members.member.transferred"]
    assert m["id"] in await ids(client, branch_id=other_branch["id"])
    assert m["id"] not in await ids(client, branch_id=g1["branch_id"])


async def test_transfer_into_a_full_group_is_409(client, factory, outbox_count):
    g1 = await factory.group()
    full = await factory.group(member_limit=5)
    for _ in range(5):
        await factory.member(full)
    m = await factory.member(g1)
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{m['id']}/transfer", json={"group_id": full["id"]}), 409, "group_id")
    assert await outbox_count() == before
    assert (await get(client, f"/v1/members/{m['id']}"))["group_id"] == g1["id"]


@pytest.mark.parametrize("target_status", ["dissolved", "suspended"])
async def test_transfer_into_a_closed_group_is_409(client, factory, outbox_count, target_status):
    g1 = await factory.group()
    closed = await factory.group()
    await client.post(f"/v1/groups/{closed['id']}/activate")
    action = "dissolve" if target_status == "dissolved" else "suspend"
    assert (await client.post(f"/v1/groups/{closed['id']}/{action}")).json()["status"] == target_status
    m = await factory.member(g1)
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{m['id']}/transfer", json={"group_id": closed["id"]}), 409, "group_id")
    assert await outbox_count() == before


async def test_transfer_of_an_exited_member_is_409(client, factory, outbox_count):
    g2 = await factory.group()
    m = await factory.member()
    await client.post(f"/v1/members/{m['id']}/exit", json={"reason": "left"})
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{m['id']}/transfer", json={"group_id": g2["id"]}), 409, "status")
    assert await outbox_count() == before


async def test_transfer_with_bad_target_is_422_naming_group_id(client, factory, outbox_count):
    m = await factory.member()
    before = await outbox_count()

    async def check(body: dict, field: str) -> None:
        assert_problem(await client.post(f"/v1/members/{m['id']}/transfer", json=body), 422, field)

    await each_case([
        ("same group", {"group_id": m["group_id"]}, "group_id"),
        ("unknown group", {"group_id": str(uuid.uuid4())}, "group_id"),
        ("not a uuid", {"group_id": "g-1"}, "group_id"),
        ("missing", {"reason": "x"}, "group_id"),
        ("extra field", {"group_id": str(uuid.uuid4()), "branch_id": str(uuid.uuid4())}, "branch_id"),
    ], check)
    assert await outbox_count() == before
    assert (await get(client, f"/v1/members/{m['id']}"))["group_id"] == m["group_id"]


# --- search -----------------------------------------------------------------------------------

@pytest.fixture
async def village(factory):
    """A branch with two groups and four members of known names, genders and statuses."""
    branch = await factory.branch()
    g1, g2 = await factory.group(branch), await factory.group(branch)
    tag = uuid.uuid4().hex[:8]
    rahima = await factory.member(g1, name_en=f"Rahima Khatun {tag}", name_bn="রহিমা খাতুন", activate=True)
    salma = await factory.member(g1, name_en=f"Salma Begum {tag}", name_bn="সালমা বেগম")
    karim = await factory.member(g2, name_en=f"Karim Uddin {tag}", name_bn="করিম উদ্দিন", gender="male", activate=True)
    jorina = await factory.member(g2, name_en=f"Jorina Khatun {tag}", name_bn="জরিনা খাতুন")
    return {"branch": branch, "g1": g1, "g2": g2, "tag": tag, "rahima": rahima, "salma": salma, "karim": karim, "jorina": jorina}


async def test_search_by_latin_name_part_ignores_case(client, village):
    v = village
    assert await ids(client, q=f"KHATUN {v['tag'].upper()}") == sorted([v["rahima"]["id"], v["jorina"]["id"]])
    assert await ids(client, q=f"salma begum {v['tag']}") == [v["salma"]["id"]]
    assert await ids(client, q=v["tag"]) == sorted(m["id"] for m in (v["rahima"], v["salma"], v["karim"], v["jorina"]))


async def test_search_by_bangla_name_part(client, village):
    v = village
    assert await ids(client, q="খাতুন", branch_id=v["branch"]["id"]) == sorted([v["rahima"]["id"], v["jorina"]["id"]])
    assert await ids(client, q="বেগম", branch_id=v["branch"]["id"]) == [v["salma"]["id"]]
    assert await ids(client, q="করিম", group_id=v["g2"]["id"]) == [v["karim"]["id"]]


async def test_search_by_nid_in_any_typed_form(client, village):
    nid = village["salma"]["nid"]
    assert await ids(client, nid=nid) == [village["salma"]["id"]]
    assert await ids(client, nid=nid.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))) == [village["salma"]["id"]]
    assert await ids(client, nid=unique_nid()) == []


async def test_search_by_mobile_in_local_form(client, village):
    local = "0" + village["karim"]["mobile"].removeprefix("+880")
    assert village["karim"]["id"] in await ids(client, mobile=local)
    assert await ids(client, mobile=local, branch_id=village["branch"]["id"]) == [village["karim"]["id"]]
    assert await ids(client, mobile=village["karim"]["mobile"], group_id=village["g2"]["id"]) == [village["karim"]["id"]]


async def test_search_filters_combine(client, village):
    v = village
    b = v["branch"]["id"]
    every = sorted(m["id"] for m in (v["rahima"], v["salma"], v["karim"], v["jorina"]))
    assert await ids(client, branch_id=b) == every
    assert await ids(client, group_id=v["g1"]["id"]) == sorted([v["rahima"]["id"], v["salma"]["id"]])
    assert await ids(client, branch_id=b, status="active") == sorted([v["rahima"]["id"], v["karim"]["id"]])
    assert await ids(client, branch_id=b, status="applicant", gender="female") == sorted([v["salma"]["id"], v["jorina"]["id"]])
    assert await ids(client, branch_id=b, gender="male") == [v["karim"]["id"]]
    assert await ids(client, group_id=v["g2"]["id"], q="khatun") == [v["jorina"]["id"]]
    assert await ids(client, branch_id=b, status="dormant") == []


async def test_group_members_endpoint_lists_and_filters(client, village):
    v = village
    page = await get(client, f"/v1/groups/{v['g1']['id']}/members")
    assert [m["id"] for m in page["items"]] == sorted([v["rahima"]["id"], v["salma"]["id"]])
    page = await get(client, f"/v1/groups/{v['g1']['id']}/members", status="active")
    assert [m["id"] for m in page["items"]] == [v["rahima"]["id"]]


async def test_search_treats_percent_and_underscore_literally(client, village):
    assert await ids(client, q="%", branch_id=village["branch"]["id"]) == []
    assert await ids(client, q="_", branch_id=village["branch"]["id"]) == []


# --- cursor pagination ------------------------------------------------------------------------

async def test_cursor_pagination_walks_every_member_once(client, factory):
    group = await factory.group()
    created = sorted([(await factory.member(group))["id"] for _ in range(5)])
    seen, cursor, pages = [], None, 0
    while True:
        params = {"group_id": group["id"], "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = await get(client, "/v1/members", **params)
        pages += 1
        assert len(page["items"]) <= 2
        seen += [m["id"] for m in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert pages < 10
    assert pages == 3
    assert seen == created  # no duplicates, no gaps, stable order


async def test_exact_multiple_of_limit_ends_without_an_empty_extra_page(client, factory):
    group = await factory.group()
    for _ in range(4):
        await factory.member(group)
    first = await get(client, "/v1/members", group_id=group["id"], limit=2)
    second = await get(client, "/v1/members", group_id=group["id"], limit=2, cursor=first["next_cursor"])
    assert len(second["items"]) == 2 and second["next_cursor"] is None


async def test_pages_stay_stable_when_members_are_added_meanwhile(client, factory):
    group = await factory.group()
    for _ in range(3):
        await factory.member(group)
    first = await get(client, "/v1/members", group_id=group["id"], limit=2)
    late = await factory.member(group)  # uuid7: sorts after everything already there
    rest = await get(client, "/v1/members", group_id=group["id"], limit=10, cursor=first["next_cursor"])
    all_ids = [m["id"] for m in first["items"]] + [m["id"] for m in rest["items"]]
    assert len(all_ids) == len(set(all_ids)) == 4 and all_ids[-1] == late["id"]


def _cursor(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize("cursor", [
    "garbage", "!!!", "%%%", _cursor(b'{"a":1}'), _cursor(b'["not-a-uuid"]'), _cursor(b"[1]"), _cursor(b"\xff\xfe"),
])
@pytest.mark.parametrize("path", ["/v1/members", "/v1/groups", "/v1/branches"])
async def test_garbage_cursor_is_422_naming_cursor(client, path, cursor):
    assert_problem(await client.get(path, params={"cursor": cursor}), 422, "cursor")


@pytest.mark.parametrize("limit", [0, -1, 201, 1000, "ten"])
async def test_limit_out_of_range_is_422_naming_limit(client, limit):
    body = assert_problem(await client.get("/v1/members", params={"limit": limit}), 422, "limit")
    assert body["errors"][0]["in"] == "query"


# --- concurrency ------------------------------------------------------------------------------

async def test_concurrent_registrations_with_one_nid_in_one_group_admit_exactly_one(client, factory):
    group = await factory.group(member_limit=40)
    nid = unique_nid()
    responses = await asyncio.gather(*[client.post("/v1/members", json=factory.member_body(group, nid=nid)) for _ in range(10)])
    codes = sorted(r.status_code for r in responses)
    assert codes == [201] + [409] * 9, [r.text for r in responses]
    for r in responses:
        if r.status_code == 409:
            assert_problem(r, 409, "nid")
    live = [m for m in (await get(client, "/v1/members", nid=nid))["items"] if m["status"] != "exited"]
    assert len(live) == 1
    assert (await get(client, f"/v1/groups/{group['id']}"))["member_count"] == 1


async def test_concurrent_registrations_with_one_nid_across_groups_admit_exactly_one(client, factory):
    """Different groups take different locks, so only the partial unique index can stop the race."""
    branch = await factory.branch()
    groups = [await factory.group(branch) for _ in range(6)]
    nid = unique_nid()
    responses = await asyncio.gather(*[client.post("/v1/members", json=factory.member_body(g, nid=nid)) for g in groups])
    assert sorted(r.status_code for r in responses) == [201] + [409] * 5, [r.text for r in responses]
    for r in responses:
        if r.status_code == 409:
            assert_problem(r, 409, "nid")
    assert len((await get(client, "/v1/members", nid=nid))["items"]) == 1


async def test_concurrent_registrations_never_overfill_a_group(client, factory):
    group = await factory.group(member_limit=5)
    responses = await asyncio.gather(*[client.post("/v1/members", json=factory.member_body(group)) for _ in range(8)])
    assert sorted(r.status_code for r in responses) == [201] * 5 + [409] * 3, [r.text for r in responses]
    for r in responses:
        if r.status_code == 409:
            assert_problem(r, 409, "group_id")
    assert len(await ids(client, group_id=group["id"])) == 5
    assert (await get(client, f"/v1/groups/{group['id']}"))["member_count"] == 5


async def test_concurrent_transfers_into_the_last_place_admit_exactly_one(client, factory):
    target = await factory.group(member_limit=5)
    for _ in range(4):
        await factory.member(target)
    movers = [await factory.member() for _ in range(4)]
    responses = await asyncio.gather(*[
        client.post(f"/v1/members/{m['id']}/transfer", json={"group_id": target["id"]}) for m in movers])
    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409], [r.text for r in responses]
    assert (await get(client, f"/v1/groups/{target['id']}"))["member_count"] == 5
