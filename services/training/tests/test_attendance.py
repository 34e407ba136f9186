"""Attendance from a facilitator's phone: sent twice, sent late, sent from two phones; every record
checked before any is written; refusals name the record and field."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem

from palli_training.testing import AC_YOUTH, post_ok


def _rec(participant: dict, status: str, client: str, at: datetime) -> dict:
    return {"participant_id": participant["id"], "status": status, "client_id": client, "taken_at": at.isoformat()}


async def test_the_record_taken_last_stands_whatever_arrives_first(client, people):
    master = await people.master()
    cohort, (amina, bina) = await people.cohort(AC_YOUTH, master, starts_on=business_today() - timedelta(days=3), n=2)
    session = cohort["sessions"][0]
    path = f"/v1/training/sessions/{session['id']}/attendance"
    at = datetime(2026, 12, 1, 10, tzinfo=UTC)
    # the co-facilitator's phone (taken later: she arrived late) syncs first, the main phone after
    first = await post_ok(client, path, {"records": [_rec(amina, "late", "phone-b-1", at + timedelta(minutes=20))]}, 200)
    second = await post_ok(client, path, {"records": [_rec(amina, "absent", "phone-a-1", at), _rec(bina, "present", "phone-a-2", at)]}, 200)
    assert (first["recorded"], second["recorded"], second["superseded"]) == (1, 1, 1)
    again = await post_ok(client, path, {"records": [_rec(bina, "present", "phone-a-2", at)]}, 200)
    assert (again["recorded"], again["unchanged"]) == (0, 1)
    held = {a["participant_id"]: a["status"] for a in (await client.get(path)).json()}
    assert held == {amina["id"]: "late", bina["id"]: "present"}
    assert (await client.get(f"/v1/training/cohorts/{cohort['id']}")).json()["status"] == "running"


async def test_a_retry_with_the_same_key_replays_the_answer(client, people):
    master = await people.master()
    cohort, (amina,) = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=1)
    path = f"/v1/training/sessions/{cohort['sessions'][0]['id']}/attendance"
    body = {"records": [_rec(amina, "present", "k-1", datetime.now(UTC))]}
    key = {"Idempotency-Key": f"att-{uuid.uuid4()}"}
    one, two = await client.post(path, json=body, headers=key), await client.post(path, json=body, headers=key)
    assert one.status_code == two.status_code == 200 and one.content == two.content and two.headers["idempotent-replayed"] == "true"


async def test_a_bad_record_refuses_the_whole_post(client, people):
    master = await people.master()
    today = business_today()
    cohort, (amina, bina) = await people.cohort(AC_YOUTH, master, starts_on=today - timedelta(days=2), n=2, every_days=2)
    stranger = await people.youth(name="Not Enrolled")
    path = f"/v1/training/sessions/{cohort['sessions'][0]['id']}/attendance"
    now = datetime.now(UTC)
    cases = [
        ({"records": [_rec(amina, "present", "c1", now), _rec(stranger, "present", "c2", now)]}, 422, "records.1.participant_id"),
        ({"records": [_rec(amina, "present", "c1", now), _rec(amina, "late", "c2", now)]}, 422, "records.1.participant_id"),
        ({"records": [_rec(amina, "sleeping", "c1", now)]}, 422, "records.0.status"),
        ({"records": [{**_rec(amina, "present", "c1", now), "taken_at": "2026-12-01T10:00:00"}]}, 422, "records.0.taken_at"),
        ({"records": [_rec(amina, "present", "c1", now + timedelta(hours=2))]}, 422, "records.0.taken_at"),
        ({"records": [{**_rec(amina, "present", "c1", now), "taken_at": "yesterday"}]}, 422, "records.0.taken_at"),
        ({"records": [{**_rec(amina, "present", "", now)}]}, 422, "records.0.client_id"),
        ({"records": []}, 422, "records"),
        ({"records": [_rec(amina, "present", "c1", now)], "extra": True}, 422, "extra"),
    ]
    for body, status, field in cases:
        assert_problem(await client.post(path, json=body), status, field)
    assert (await client.get(path)).json() == []  # nothing half-written
    future = next(s for s in cohort["sessions"] if s["scheduled_on"] > today.isoformat())
    assert_problem(await client.post(f"/v1/training/sessions/{future['id']}/attendance",
                                     json={"records": [_rec(bina, "present", "c9", now)]}), 409, "session_id")
    assert_problem(await client.post(f"/v1/training/sessions/{uuid.uuid4()}/attendance",
                                     json={"records": [_rec(bina, "present", "c9", now)]}), 404, "session_id")
    assert_problem(await client.post("/v1/training/sessions/not-a-uuid/attendance", json={"records": []}), 422, "session_id")


async def test_a_cancelled_session_takes_attendance_at_its_make_up(client, people):
    master = await people.master()
    today = business_today()
    cohort, (amina,) = await people.cohort(AC_YOUTH, master, starts_on=today - timedelta(days=1), n=1)
    session = cohort["sessions"][0]
    out = await post_ok(client, f"/v1/training/sessions/{session['id']}/cancel", {"reason": "flood", "makeup_on": today.isoformat()}, 200)
    cancelled, makeup = out
    assert cancelled["status"] == "cancelled" and makeup["makeup_of"] == session["id"] and makeup["number"] == len(cohort["sessions"]) + 1
    assert_problem(await client.post(f"/v1/training/sessions/{session['id']}/attendance",
                                     json={"records": [_rec(amina, "present", "x", datetime.now(UTC))]}), 409, "session_id")
    await post_ok(client, f"/v1/training/sessions/{makeup['id']}/attendance", {"records": [_rec(amina, "present", "x", datetime.now(UTC))]}, 200)
    assert_problem(await client.post(f"/v1/training/sessions/{session['id']}/cancel", json={"reason": "again"}), 409, "session_id")
    assert_problem(await client.post(f"/v1/training/sessions/{cohort['sessions'][1]['id']}/cancel",
                                     json={"reason": "x", "makeup_on": (today - timedelta(days=30)).isoformat()}), 422, "makeup_on")
