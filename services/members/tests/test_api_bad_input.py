"""Bad input to the members API: every refusal is problem+json naming the field, and writes nothing.

"Nothing written" is checked two ways: the group's member list and the whole outbox (every use case
publishes an event in the same transaction as its state change, so an unchanged outbox means no
committed write at all)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem, each_case


def unique_nid(birth_year: int = 1990) -> str:
    """A 17-digit NID for this birth year, unique in the run (test modules cannot import conftest)."""
    return f"{birth_year}{uuid.uuid4().int % 10**13:013d}"


async def written(client, outbox_count, group: dict) -> tuple[int, int]:
    """(members listed in the group, rows in the outbox): unchanged across a refused request."""
    r = await client.get("/v1/members", params={"group_id": group["id"], "limit": 200})
    assert r.status_code == 200, r.text
    return len(r.json()["items"]), await outbox_count()


def years_ago(years: int, days: int = 0) -> date:
    today = business_today()
    try:
        d = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        d = today.replace(year=today.year - years, day=28)
    return date.fromordinal(d.toordinal() - days)


# --- registration: field by field -------------------------------------------------------------

ADDRESS = {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"}

# Grouped by theme; each theme is one test (a fresh app costs a new connection pool, so one test per
# case would slow the suite), and every case in it is checked and reported, not just the first failure.
BAD_REGISTRATIONS = {
    "nid": [
        ("letters", {"nid": "19901234ABCD56789"}, "nid"),
        ("12 digits", {"nid": "123456789012"}, "nid"),
        ("5 digits", {"nid": "12345"}, "nid"),
        ("blank", {"nid": "   "}, "nid"),
        ("17 digits not starting with the birth year", {"nid": "19851234567890123"}, "nid"),
        ("arabic-indic digits", {"nid": "١٢٣٤٥٦٧٨٩٠"}, "nid"),
    ],
    "mobile": [
        ("operator digit 2", {"mobile": "01212345678"}, "mobile"),
        ("operator digit 0", {"mobile": "01012345678"}, "mobile"),
        ("too short", {"mobile": "0171234567"}, "mobile"),
        ("too long", {"mobile": "017123456789"}, "mobile"),
        ("letters", {"mobile": "01712abcdef"}, "mobile"),
        ("foreign prefix", {"mobile": "+9101712345678"}, "mobile"),
    ],
    "address": [
        ("unknown district", {"address": {**ADDRESS, "district": "Nowhere"}}, "address.district"),
        ("district not in division", {"address": {**ADDRESS, "district": "Bogura", "upazila": "Bogra Sadar", "union": None}},
         "address.district"),
        ("upazila not in district", {"address": {**ADDRESS, "upazila": "Savar", "union": None}}, "address.upazila"),
        ("union not in upazila", {"address": {**ADDRESS, "union": "Nowhere Union"}}, "address.union"),
        ("unknown division", {"address": {**ADDRESS, "division": "Atlantis"}}, "address.division"),
        ("missing upazila", {"address": {"division": "Dhaka", "district": "Tangail"}}, "address.upazila"),
        ("blank upazila", {"address": {**ADDRESS, "upazila": " "}}, "address.upazila"),
        ("extra field", {"address": {**ADDRESS, "postcode": "1900"}}, "address.postcode"),
        ("not an object", {"address": "Porabari, Tangail"}, "address"),
    ],
    "money": [
        ("income as JSON number", {"household_monthly_income": 12000.5}, "household_monthly_income"),
        ("income as JSON integer", {"household_monthly_income": 12000}, "household_monthly_income"),
        ("income with three decimals", {"household_monthly_income": "12000.505"}, "household_monthly_income"),
        ("negative income", {"household_monthly_income": "-1.00"}, "household_monthly_income"),
        ("income not a number", {"household_monthly_income": "twelve"}, "household_monthly_income"),
        ("income NaN", {"household_monthly_income": "NaN"}, "household_monthly_income"),
        ("income Infinity", {"household_monthly_income": "Infinity"}, "household_monthly_income"),
        ("negative land", {"land_holding_decimals": "-0.50"}, "land_holding_decimals"),
        ("land with three decimals", {"land_holding_decimals": "1.234"}, "land_holding_decimals"),
    ],
    "other": [
        ("unknown extra field", {"favourite_colour": "green"}, "favourite_colour"),
        ("status cannot be set", {"status": "active"}, "status"),
        ("branch_id cannot be set", {"branch_id": str(uuid.uuid4())}, "branch_id"),
        ("invalid gender", {"gender": "unknown"}, "gender"),
        ("date of birth not ISO", {"date_of_birth": "12/03/1990"}, "date_of_birth"),
        ("date of birth in the future", {"date_of_birth": "2199-01-01", "nid": "1234567890"}, "date_of_birth"),
        ("date of birth over 120 years ago", {"date_of_birth": "1890-01-01", "nid": "1234567890"}, "date_of_birth"),
        ("blank Bangla name", {"name_bn": "   "}, "name_bn"),
        ("Latin name too long", {"name_en": "x" * 121}, "name_en"),
        ("group_id not a UUID", {"group_id": "not-a-uuid"}, "group_id"),
        ("group_id unknown", {"group_id": str(uuid.uuid4())}, "group_id"),
        ("joined_on not a date", {"joined_on": "yesterday"}, "joined_on"),
    ],
}


@pytest.mark.parametrize("theme", list(BAD_REGISTRATIONS))
async def test_registration_refuses_bad_field_and_writes_nothing(client, factory, outbox_count, theme):
    group = await factory.group()
    before = await written(client, outbox_count, group)

    async def check(override: dict, field: str) -> None:
        r = await client.post("/v1/members", json=factory.member_body(group, **override))
        assert_problem(r, 422, field)

    await each_case(BAD_REGISTRATIONS[theme], check)
    assert await written(client, outbox_count, group) == before


async def test_under_18_is_refused_naming_date_of_birth(client, factory, outbox_count):
    group = await factory.group()
    dob = years_ago(18, days=-1)  # turns 18 tomorrow
    before = await written(client, outbox_count, group)
    r = await client.post("/v1/members", json=factory.member_body(group, date_of_birth=dob.isoformat(), nid=unique_nid(dob.year)))
    body = assert_problem(r, 422, "date_of_birth")
    assert "18" in body["errors"][0]["detail"]
    assert await written(client, outbox_count, group) == before


async def test_exactly_18_today_is_accepted(factory):
    dob = years_ago(18)
    member = await factory.member(date_of_birth=dob.isoformat(), nid=unique_nid(dob.year))
    assert member["date_of_birth"] == dob.isoformat()


async def test_missing_required_fields_are_each_named(client, factory, outbox_count):
    group = await factory.group()
    before = await written(client, outbox_count, group)
    r = await client.post("/v1/members", json={})
    body = assert_problem(r, 422)
    named = {e["field"] for e in body["errors"]}
    assert {"group_id", "name_bn", "name_en", "gender", "date_of_birth", "nid", "mobile", "address",
            "household_monthly_income", "land_holding_decimals"} <= named
    assert all(e["in"] == "body" for e in body["errors"])
    assert await written(client, outbox_count, group) == before


async def test_each_missing_field_is_named(client, factory, outbox_count):
    group = await factory.group()
    before = await written(client, outbox_count, group)

    async def check(missing: str) -> None:
        body = factory.member_body(group)
        del body[missing]
        assert_problem(await client.post("/v1/members", json=body), 422, missing)

    await each_case([(f, f) for f in ("nid", "mobile", "date_of_birth", "household_monthly_income", "group_id",
                                      "address", "gender", "name_bn")], check)
    assert await written(client, outbox_count, group) == before


async def test_body_that_is_not_json_is_422_problem(client, outbox_count):
    before = await outbox_count()
    r = await client.post("/v1/members", content=b"{not json", headers={"content-type": "application/json"})
    assert_problem(r, 422)
    assert await outbox_count() == before


async def test_several_bad_fields_are_all_reported(client, factory):
    group = await factory.group()
    r = await client.post("/v1/members", json=factory.member_body(
        group, household_monthly_income=1.5, gender="x", favourite_colour="green"))
    body = assert_problem(r, 422)
    assert {"household_monthly_income", "gender", "favourite_colour"} <= {e["field"] for e in body["errors"]}


# --- conflicts: full group, duplicate NID -------------------------------------------------------

async def test_sixth_member_of_a_five_member_group_is_409_naming_group_id(client, factory, outbox_count):
    group = await factory.group(member_limit=5)
    for _ in range(5):
        await factory.member(group)
    before = await written(client, outbox_count, group)
    assert before[0] == 5
    r = await client.post("/v1/members", json=factory.member_body(group))
    body = assert_problem(r, 409, "group_id")
    assert "full" in body["detail"]
    assert await written(client, outbox_count, group) == before


async def test_an_exited_member_frees_a_place_in_a_full_group(client, factory):
    group = await factory.group(member_limit=5)
    members = [await factory.member(group) for _ in range(5)]
    assert (await client.post("/v1/members", json=factory.member_body(group))).status_code == 409
    r = await client.post(f"/v1/members/{members[0]['id']}/exit", json={"reason": "moved to Dhaka"})
    assert r.status_code == 200, r.text
    assert (await client.post("/v1/members", json=factory.member_body(group))).status_code == 201


async def test_duplicate_nid_of_a_live_member_is_409_and_rejoins_after_exit(client, factory, outbox_count):
    group = await factory.group()
    nid = unique_nid(1990)
    holder = await factory.member(group, nid=nid, activate=True)
    other_group = await factory.group()
    before = await written(client, outbox_count, other_group)
    r = await client.post("/v1/members", json=factory.member_body(other_group, nid=nid))
    assert_problem(r, 409, "nid")
    assert await written(client, outbox_count, other_group) == before

    r = await client.post(f"/v1/members/{holder['id']}/exit", json={"reason": "left the village"})
    assert r.status_code == 200, r.text
    r = await client.post("/v1/members", json=factory.member_body(other_group, nid=nid))
    assert r.status_code == 201, r.text
    assert r.json()["nid"] == nid
    # both records stay; only one is live
    r = await client.get("/v1/members", params={"nid": nid})
    assert sorted(m["status"] for m in r.json()["items"]) == ["applicant", "exited"]


async def test_duplicate_nid_is_caught_whatever_digits_and_spacing_are_typed(client, factory):
    group = await factory.group()
    nid = unique_nid(1990)
    await factory.member(group, nid=nid)
    bangla = nid.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    spaced = f"{nid[:4]} {nid[4:10]} {nid[10:]}"
    for typed in (bangla, spaced):
        r = await client.post("/v1/members", json=factory.member_body(group, nid=typed))
        assert_problem(r, 409, "nid")


async def test_bangla_digit_nid_and_mobile_are_stored_in_ascii(factory):
    nid = unique_nid(1990)
    member = await factory.member(nid=nid.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")),
                                  mobile="০১৭১১ ২২৩৩৪৪")
    assert member["nid"] == nid
    assert member["mobile"] == "+8801711223344"


async def test_mobile_forms_are_normalised_to_e164(factory):
    group = await factory.group()
    for typed in ["01711223344", "8801711223344", "+8801711223344", "017-1122-3344", "+880 1711 223344", "01311223344"]:
        member = await factory.member(group, mobile=typed)
        assert member["mobile"] == "+880" + typed.replace("-", "").replace(" ", "")[-10:], typed


@pytest.mark.parametrize("nid", ["1234567890", "1234567890123"])
async def test_ten_and_thirteen_digit_nids_are_accepted(factory, nid):
    nid = nid[:-4] + f"{uuid.uuid4().int % 10000:04d}"
    member = await factory.member(nid=nid)
    assert member["nid"] == nid


async def test_patch_to_a_live_members_nid_is_409(client, factory):
    group = await factory.group()
    a = await factory.member(group)
    b = await factory.member(group)
    r = await client.patch(f"/v1/members/{b['id']}", json={"nid": a["nid"]})
    assert_problem(r, 409, "nid")
    assert (await client.get(f"/v1/members/{b['id']}")).json()["nid"] == b["nid"]


async def test_patch_keeping_own_nid_is_fine(client, factory):
    member = await factory.member()
    r = await client.patch(f"/v1/members/{member['id']}", json={"nid": member["nid"], "name_en": "Rahima K."})
    assert r.status_code == 200, r.text
    assert r.json()["name_en"] == "Rahima K."


# --- PATCH with bad input --------------------------------------------------------------------

BAD_PATCHES = [
    ("nid letters", {"nid": "12AB"}, "nid"),
    ("nid with wrong birth year", {"nid": "19851234567890123"}, "nid"),
    ("dob change breaks the 17-digit nid", {"date_of_birth": "1985-01-01"}, "nid"),
    ("dob under age", {"date_of_birth": years_ago(10).isoformat()}, "date_of_birth"),
    ("mobile operator 2", {"mobile": "01212345678"}, "mobile"),
    ("upazila not in district", {"address": {**ADDRESS, "upazila": "Savar"}}, "address.upazila"),
    ("income as JSON number", {"household_monthly_income": 500.25}, "household_monthly_income"),
    ("negative income", {"household_monthly_income": "-3.00"}, "household_monthly_income"),
    ("nid null", {"nid": None}, "nid"),
    ("name null", {"name_en": None}, "name_en"),
    ("address null", {"address": None}, "address"),
    ("group_id not patchable (use transfer)", {"group_id": str(uuid.uuid4())}, "group_id"),
    ("status not patchable", {"status": "active"}, "status"),
]


async def test_patch_refuses_bad_field_and_leaves_member_unchanged(client, factory, outbox_count):
    member = await factory.member()
    before = await outbox_count()

    async def check(patch: dict, field: str) -> None:
        assert_problem(await client.patch(f"/v1/members/{member['id']}", json=patch), 422, field)

    await each_case(BAD_PATCHES, check)
    assert await outbox_count() == before
    assert (await client.get(f"/v1/members/{member['id']}")).json() == member


async def test_patch_of_an_exited_member_is_409(client, factory, outbox_count):
    member = await factory.member()
    await client.post(f"/v1/members/{member['id']}/exit", json={"reason": "died"})
    before = await outbox_count()
    assert_problem(await client.patch(f"/v1/members/{member['id']}", json={"name_en": "X"}), 409, "status")
    assert await outbox_count() == before


# --- unknown and malformed ids in the path ----------------------------------------------------

UNKNOWN_ID_REQUESTS = [
    ("GET", "/v1/members/{id}", None),
    ("PATCH", "/v1/members/{id}", {"name_en": "X"}),
    ("POST", "/v1/members/{id}/activate", None),
    ("POST", "/v1/members/{id}/make-dormant", None),
    ("POST", "/v1/members/{id}/reactivate", None),
    ("POST", "/v1/members/{id}/exit", {"reason": "x"}),
    ("POST", "/v1/members/{id}/transfer", {"group_id": str(uuid.uuid4())}),
    ("GET", "/v1/groups/{id}", None),
    ("GET", "/v1/groups/{id}/members", None),
    ("PATCH", "/v1/groups/{id}", {"name": "X"}),
    ("POST", "/v1/groups/{id}/activate", None),
    ("GET", "/v1/branches/{id}", None),
    ("GET", "/v1/branches/{id}/staff", None),
    ("POST", "/v1/branches/{id}/staff", {"name": "Karim", "mobile": "01711223344"}),
    ("PATCH", "/v1/branches/{id}", {"name": "X"}),
]


async def test_unknown_id_in_path_is_404_problem(client, outbox_count):
    before = await outbox_count()
    for method, path, body in UNKNOWN_ID_REQUESTS:
        r = await client.request(method, path.format(id=uuid.uuid4()), json=body)
        assert r.status_code == 404, (method, path, r.text)
        problem = assert_problem(r, 404)
        assert problem["instance"].startswith(path.split("{")[0])
    assert await outbox_count() == before


@pytest.mark.parametrize(("path", "field"), [
    ("/v1/members/12345", "member_id"),
    ("/v1/groups/12345", "group_id"),
    ("/v1/branches/12345", "branch_id"),
])
async def test_malformed_id_in_path_is_422_naming_it(client, path, field):
    body = assert_problem(await client.get(path), 422, field)
    assert body["errors"][0]["in"] == "path"


# --- invalid lifecycle transitions ------------------------------------------------------------

async def status_of(client, member: dict) -> str:
    return (await client.get(f"/v1/members/{member['id']}")).json()["status"]


async def test_activating_an_exited_member_is_409(client, factory, outbox_count):
    member = await factory.member()
    await client.post(f"/v1/members/{member['id']}/exit", json={"reason": "moved"})
    before = await outbox_count()
    for action in ("activate", "reactivate", "make-dormant"):
        assert_problem(await client.post(f"/v1/members/{member['id']}/{action}"), 409, "status")
    assert_problem(await client.post(f"/v1/members/{member['id']}/exit", json={"reason": "again"}), 409, "status")
    assert await outbox_count() == before
    assert await status_of(client, member) == "exited"


async def test_activating_an_active_member_is_409(client, factory, outbox_count):
    member = await factory.member(activate=True)
    before = await outbox_count()
    body = assert_problem(await client.post(f"/v1/members/{member['id']}/activate"), 409, "status")
    assert "already active" in body["detail"]
    assert await outbox_count() == before


async def test_making_an_applicant_dormant_is_409(client, factory, outbox_count):
    member = await factory.member()
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{member['id']}/make-dormant"), 409, "status")
    assert await outbox_count() == before
    assert await status_of(client, member) == "applicant"


async def test_reactivating_an_applicant_is_409(client, factory, outbox_count):
    member = await factory.member()
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{member['id']}/reactivate"), 409, "status")
    assert await outbox_count() == before
    assert await status_of(client, member) == "applicant"


async def test_activating_a_dormant_member_is_409(client, factory, outbox_count):
    member = await factory.member(activate=True)
    assert (await client.post(f"/v1/members/{member['id']}/make-dormant")).status_code == 200
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{member['id']}/activate"), 409, "status")
    assert await outbox_count() == before


async def test_exit_without_a_reason_is_422(client, factory, outbox_count):
    member = await factory.member(activate=True)
    before = await outbox_count()

    async def check(body: dict, field: str) -> None:
        assert_problem(await client.post(f"/v1/members/{member['id']}/exit", json=body), 422, field)

    await each_case([
        ("empty body", {}, "reason"),
        ("blank reason", {"reason": "   "}, "reason"),
        ("null reason", {"reason": None}, "reason"),
        ("reason too long", {"reason": "x" * 501}, "reason"),
        ("extra field", {"reason": "moved", "note": "x"}, "note"),
    ], check)
    assert await outbox_count() == before
    assert await status_of(client, member) == "active"


async def test_exit_with_no_body_at_all_is_422(client, factory, outbox_count):
    member = await factory.member()
    before = await outbox_count()
    assert_problem(await client.post(f"/v1/members/{member['id']}/exit"), 422)
    assert await outbox_count() == before
    assert await status_of(client, member) == "applicant"


# --- query parameters ---------------------------------------------------------------------------

@pytest.mark.parametrize(("params", "field"), [
    ({"status": "retired"}, "status"),
    ({"gender": "x"}, "gender"),
    ({"group_id": "nope"}, "group_id"),
    ({"branch_id": "nope"}, "branch_id"),
    ({"nid": "12AB"}, "nid"),
    ({"mobile": "01212345678"}, "mobile"),
    ({"q": "x" * 121}, "q"),
])
async def test_search_with_bad_query_parameter_is_422_naming_it(client, params, field):
    assert_problem(await client.get("/v1/members", params=params), 422, field)


async def test_every_bad_field_is_reported_at_once(client, factory, outbox_count):
    group = await factory.group()
    before = await outbox_count()
    body = factory.member_body(group, nid="12345", mobile="01211111111",
                               address={"division": "Dhaka", "district": "Feni", "upazila": "Sadar"})
    problem = assert_problem(await client.post("/v1/members", json=body), 422)
    assert [e["field"] for e in problem["errors"]] == ["nid", "mobile", "address.district"]
    assert await outbox_count() == before
