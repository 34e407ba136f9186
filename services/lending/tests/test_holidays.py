"""Holidays through the API, and holiday_set() for schedule generation."""

from __future__ import annotations

import random
from datetime import date

import pytest

from palli_common.testing.http import assert_problem, each_case, get_json as get
from palli_lending.service.holidays import holiday_set


@pytest.fixture
def year() -> int:
    """A year no other test touches (the database is shared by the whole run)."""
    return random.randint(2100, 9000)


async def test_declare_list_and_remove_holidays(client, year):
    r = await client.post("/v1/holidays", json={"day": f"{year}-03-26", "name": "  Independence Day  "})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["day"] == f"{year}-03-26" and body["name"] == "Independence Day" and body["created_at"]
    for day, name in ((f"{year}-02-21", "Language Martyrs' Day"), (f"{year}-12-16", "Victory Day")):
        assert (await client.post("/v1/holidays", json={"day": day, "name": name})).status_code == 201

    listed = await get(client, "/v1/holidays", **{"from": f"{year}-01-01", "to": f"{year}-12-31"})
    assert [h["day"] for h in listed["items"]] == [f"{year}-02-21", f"{year}-03-26", f"{year}-12-16"]
    assert listed["next_cursor"] is None
    only_march = await get(client, "/v1/holidays", **{"from": f"{year}-03-26", "to": f"{year}-03-26"})
    assert [h["name"] for h in only_march["items"]] == ["Independence Day"]

    r = await client.delete(f"/v1/holidays/{year}-03-26")
    assert r.status_code == 204, r.text
    listed = await get(client, "/v1/holidays", **{"from": f"{year}-01-01", "to": f"{year}-12-31"})
    assert [h["day"] for h in listed["items"]] == [f"{year}-02-21", f"{year}-12-16"]
    assert_problem(await client.delete(f"/v1/holidays/{year}-03-26"), 404)


async def test_a_day_is_a_holiday_once(client, year):
    assert (await client.post("/v1/holidays", json={"day": f"{year}-04-14", "name": "Pohela Boishakh"})).status_code == 201
    body = assert_problem(await client.post("/v1/holidays", json={"day": f"{year}-04-14", "name": "Bangla New Year"}), 409, "day")
    assert "already a holiday" in body["detail"]
    listed = await get(client, "/v1/holidays", **{"from": f"{year}-04-14", "to": f"{year}-04-14"})
    assert [h["name"] for h in listed["items"]] == ["Pohela Boishakh"]


async def test_bad_holidays_are_refused(client, year):
    async def check(body: dict, field: str) -> None:
        assert_problem(await client.post("/v1/holidays", json=body), 422, field)

    await each_case([
        ("day missing", {"name": "Eid"}, "day"),
        ("day not ISO", {"day": "26-03-2030", "name": "Eid"}, "day"),
        ("impossible day", {"day": f"{year}-02-30", "name": "Eid"}, "day"),
        ("blank name", {"day": f"{year}-05-01", "name": "   "}, "name"),
        ("name too long", {"day": f"{year}-05-01", "name": "x" * 121}, "name"),
        ("unknown field", {"day": f"{year}-05-01", "name": "May Day", "paid": True}, "paid"),
    ], check)
    assert (await get(client, "/v1/holidays", **{"from": f"{year}-01-01", "to": f"{year}-12-31"}))["items"] == []
    assert_problem(await client.delete("/v1/holidays/not-a-day"), 422, "day")


async def test_list_refuses_a_range_that_ends_before_it_starts(client, year):
    assert_problem(await client.get("/v1/holidays", params={"from": f"{year}-12-31", "to": f"{year}-01-01"}), 422, "to")
    assert_problem(await client.get("/v1/holidays", params={"from": "yesterday"}), 422, "from")
    assert_problem(await client.get("/v1/holidays", params={"cursor": "bm90LWEtZGF5Il0"}), 422, "cursor")


async def test_list_pages_through_holidays(client, year):
    days = [date(year, 1, d) for d in range(1, 6)]
    for d in days:
        assert (await client.post("/v1/holidays", json={"day": d.isoformat(), "name": f"Day {d.day}"})).status_code == 201
    seen, cursor = [], None
    while True:
        params = {"from": f"{year}-01-01", "to": f"{year}-01-31", "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = await get(client, "/v1/holidays", **params)
        assert len(page["items"]) <= 2
        seen += [h["day"] for h in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [d.isoformat() for d in days]


async def test_holiday_set_is_the_days_within_the_range_both_included(app, client, year):
    for day in (f"{year}-06-01", f"{year}-06-10", f"{year}-06-20", f"{year}-07-01"):
        assert (await client.post("/v1/holidays", json={"day": day, "name": "Eid"})).status_code == 201
    async with app.state.runtime.db.sessions() as s:
        found = await holiday_set(s, date(year, 6, 1), date(year, 6, 20))
        assert found == frozenset({date(year, 6, 1), date(year, 6, 10), date(year, 6, 20)})
        assert isinstance(found, frozenset)
        assert await holiday_set(s, date(year, 6, 2), date(year, 6, 9)) == frozenset()


async def test_holidays_need_an_identity(app):
    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://lending") as anonymous:
        assert_problem(await anonymous.post("/v1/holidays", json={"day": "2030-01-01", "name": "x"}), 401)
