"""Members' messaging preferences (`language`, `sms_consent`): defaults, choices at registration,
opting out by PATCH, the events that carry them to the notifications service, and bad input."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from palli_common.migrations import upgrade
from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem, each_case, get_json as get


@pytest.fixture
def member_events(app):
    """`await member_events(member_id)` -> that member's (event type, payload) in the outbox, oldest first."""

    async def events(member_id: str) -> list[tuple[str, dict]]:
        query = sa.select(OutboxRecord).where(OutboxRecord.key == member_id).order_by(OutboxRecord.created_at, OutboxRecord.id)
        async with app.state.runtime.db.sessions() as s:
            return [(r.event_type, r.envelope["payload"]) for r in (await s.scalars(query)).all()]

    return events


def preferences(d: dict) -> tuple[str, bool]:
    return d["language"], d["sms_consent"]


# --- registration -----------------------------------------------------------------------------

async def test_a_member_reads_bangla_and_consents_to_sms_unless_told_otherwise(client, factory, member_events):
    m = await factory.member()
    assert preferences(m) == ("bn", True)
    assert preferences(await get(client, f"/v1/members/{m['id']}")) == ("bn", True)
    [(event_type, payload)] = await member_events(m["id"])
    assert event_type == "members.member.registered" and preferences(payload) == ("bn", True)


async def test_preferences_chosen_at_registration_are_kept_and_published(client, factory, member_events):
    m = await factory.member(language="en", sms_consent=False)
    assert preferences(m) == ("en", False)
    assert preferences(await get(client, f"/v1/members/{m['id']}")) == ("en", False)
    assert [preferences(p) for _, p in await member_events(m["id"])] == [("en", False)]


# --- changes ----------------------------------------------------------------------------------

async def test_opting_out_by_patch_publishes_updated_naming_sms_consent(client, factory, member_events):
    m = await factory.member()
    r = await client.patch(f"/v1/members/{m['id']}", json={"sms_consent": False}, headers={"If-Match": f'"{m["version"]}"'})
    assert r.status_code == 200, r.text
    assert preferences(r.json()) == ("bn", False) and r.json()["version"] == m["version"] + 1
    event_type, payload = (await member_events(m["id"]))[-1]
    assert event_type == "members.member.updated"
    assert payload["changed"] == ["sms_consent"] and preferences(payload) == ("bn", False)

    r = await client.patch(f"/v1/members/{m['id']}", json={"language": "en"})
    assert r.status_code == 200, r.text
    assert preferences(r.json()) == ("en", False)  # the opt-out stays
    event_type, payload = (await member_events(m["id"]))[-1]
    assert event_type == "members.member.updated" and payload["changed"] == ["language"]
    assert preferences(payload) == ("en", False)

    r = await client.patch(f"/v1/members/{m['id']}", json={"sms_consent": True, "name_en": "Rahima Begum"})
    assert r.status_code == 200, r.text
    _, payload = (await member_events(m["id"]))[-1]
    assert payload["changed"] == ["name_en", "sms_consent"] and preferences(payload) == ("en", True)
    assert preferences(await get(client, f"/v1/members/{m['id']}")) == ("en", True)


async def test_every_member_event_carries_the_preferences(client, factory, member_events):
    branch = await factory.branch()
    g1, g2 = await factory.group(branch), await factory.group(branch)
    m = await factory.member(g1, activate=True, language="en", sms_consent=False)
    for action, body in [("make-dormant", None), ("reactivate", None), ("transfer", {"group_id": g2["id"]}),
                         ("exit", {"reason": "moved to Dhaka"})]:
        r = await client.post(f"/v1/members/{m['id']}/{action}", json=body)
        assert r.status_code == 200, (action, r.text)
    events = await member_events(m["id"])
    assert [t.rsplit(".", 1)[1] for t, _ in events] == [
        "registered", "activated", "made_dormant", "reactivated", "transferred", "exited"]
    assert {preferences(p) for _, p in events} == {("en", False)}


# --- bad input --------------------------------------------------------------------------------

BAD_VALUES = [
    ("unsupported language", {"language": "fr"}, "language"),
    ("language in capitals", {"language": "EN"}, "language"),
    ("language blank", {"language": ""}, "language"),
    ("language a number", {"language": 1}, "language"),
    ("consent as a string", {"sms_consent": "false"}, "sms_consent"),
    ("consent as a word", {"sms_consent": "no"}, "sms_consent"),
    ("consent as a number", {"sms_consent": 0}, "sms_consent"),
    ("consent as a list", {"sms_consent": [True]}, "sms_consent"),
]


async def test_bad_preferences_at_registration_are_422_naming_the_field(client, factory, outbox_count):
    group = await factory.group()
    before = await outbox_count()

    async def check(over: dict, field: str) -> None:
        assert_problem(await client.post("/v1/members", json=factory.member_body(group, **over)), 422, field)

    await each_case([*BAD_VALUES, ("language null", {"language": None}, "language"),
                     ("consent null", {"sms_consent": None}, "sms_consent")], check)
    assert await outbox_count() == before
    assert (await get(client, f"/v1/groups/{group['id']}"))["member_count"] == 0


async def test_bad_preferences_in_a_patch_are_422_naming_the_field(client, factory, outbox_count):
    m = await factory.member()
    before = await outbox_count()

    async def check(body: dict, field: str) -> None:
        assert_problem(await client.patch(f"/v1/members/{m['id']}", json=body), 422, field)

    await each_case([*BAD_VALUES, ("language null", {"language": None}, "language"),
                     ("consent null", {"sms_consent": None}, "sms_consent"),
                     ("a good field beside a bad one", {"language": "en", "sms_consent": "yes"}, "sms_consent")], check)
    assert await outbox_count() == before
    got = await get(client, f"/v1/members/{m['id']}")
    assert preferences(got) == ("bn", True) and got["version"] == m["version"]


# --- migration --------------------------------------------------------------------------------

@pytest.fixture(params=["postgresql", "sqlite"])
def empty_db_url(request, make_database, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path}/members.db"
    return make_database("members_prefs")


def test_members_from_before_the_migration_read_bangla_and_consent(empty_db_url):
    """0002 on a database already holding a member: that member gets bn / true."""
    upgrade("palli_members", empty_db_url, "0001")
    ids = [uuid.uuid4() for _ in range(3)]
    asyncio.run(_insert_pre_0002_member(empty_db_url, *ids))
    upgrade("palli_members", empty_db_url)
    assert asyncio.run(_preferences_of(empty_db_url, ids[2])) == ("bn", True)


async def _insert_pre_0002_member(url: str, branch_id: uuid.UUID, group_id: uuid.UUID, member_id: uuid.UUID) -> None:
    ts = datetime.now(UTC)
    stamps = {"version": 1, "created_at": ts, "updated_at": ts}
    branches = sa.table("branches", *(sa.column(c) for c in ("code", "name", "division", "district", "upazila",
                                                              "version", "created_at", "updated_at")), sa.column("id", sa.Uuid()))
    groups = sa.table("groups", *(sa.column(c) for c in ("name", "meeting_day", "meeting_place", "formation_date",
                                                          "member_limit", "status", "version", "created_at", "updated_at")),
                      sa.column("id", sa.Uuid()), sa.column("branch_id", sa.Uuid()))
    members = sa.table("members", *(sa.column(c) for c in (
        "name_bn", "name_en", "gender", "date_of_birth", "nid", "mobile", "division", "district", "upazila",
        "household_monthly_income", "land_holding_decimals", "status", "joined_on", "version", "created_at", "updated_at")),
        sa.column("id", sa.Uuid()), sa.column("branch_id", sa.Uuid()), sa.column("group_id", sa.Uuid()))
    engine = create_async_engine(url)
    try:
        async with engine.begin() as c:
            await c.execute(branches.insert().values(id=branch_id, code="OLD-01", name="Old branch", division="Dhaka",
                                                     district="Tangail", upazila="Tangail Sadar", **stamps))
            await c.execute(groups.insert().values(id=group_id, branch_id=branch_id, name="Shapla", meeting_day="sunday",
                                                   meeting_place="yard", formation_date=date(2026, 1, 10), member_limit=40,
                                                   status="active", **stamps))
            await c.execute(members.insert().values(
                id=member_id, branch_id=branch_id, group_id=group_id, name_bn="রহিমা খাতুন", name_en="Rahima Khatun",
                gender="female", date_of_birth=date(1990, 3, 12), nid="1234567890", mobile="+8801711000001",
                division="Dhaka", district="Tangail", upazila="Tangail Sadar", household_monthly_income=0,
                land_holding_decimals=0, status="active", joined_on=date(2026, 1, 10), **stamps))
    finally:
        await engine.dispose()


async def _preferences_of(url: str, member_id: uuid.UUID) -> tuple[str, bool]:
    members = sa.table("members", sa.column("id", sa.Uuid()), sa.column("language", sa.String()), sa.column("sms_consent", sa.Boolean()))
    engine = create_async_engine(url)
    try:
        async with engine.connect() as c:
            row = (await c.execute(sa.select(members.c.language, members.c.sms_consent).where(members.c.id == member_id))).one()
    finally:
        await engine.dispose()
    return row.language, row.sms_consent
