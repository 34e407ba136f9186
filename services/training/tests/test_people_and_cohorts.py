"""Participants (members from their copy, youth with a guardian under 18), facilitators and their
training, cohorts with a waiting list, drop-outs and transfers, and who may manage a cohort."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem

from palli_training.testing import AC_FACILITATOR, AC_YOUTH, TANGAIL, post_ok, youth_body


async def test_youth_under_18_come_with_a_guardian_and_addresses_are_checked(client):
    minor = youth_body(born=(business_today() - timedelta(days=16 * 365)).isoformat())
    assert_problem(await client.post("/v1/training/participants", json=minor), 422, "guardian_name")
    assert_problem(await client.post("/v1/training/participants", json={**minor, "guardian_name": "Abdul Karim"}), 422, "guardian_mobile")
    assert_problem(await client.post("/v1/training/participants", json={**minor, "guardian_name": "Abdul Karim",
                                                                        "guardian_mobile": "12345"}), 422, "guardian_mobile")
    ok = await post_ok(client, "/v1/training/participants", {**minor, "guardian_name": "Abdul Karim", "guardian_mobile": "01712 345678"}, 201)
    assert (ok["consent_by"], ok["guardian_mobile"], ok["mobile"]) == ("guardian", "+8801712345678", "+8801812345678")
    for body, field in [(youth_body(consent=False), "consent"), (youth_body(address={**TANGAIL, "district": "Atlantis"}), "address.district"),
                        (youth_body(gender="unknown"), "gender"), (youth_body(born="2999-01-01"), "date_of_birth"),
                        ({k: v for k, v in youth_body().items() if k != "name"}, "name"), (youth_body(mobile="999"), "mobile")]:
        assert_problem(await client.post("/v1/training/participants", json=body), 422, field)


async def test_a_member_is_registered_from_trainings_copy_of_her(client, member):
    member_id, _ = await member()
    her = await post_ok(client, "/v1/training/participants", {"member_id": str(member_id), "consent": True}, 201)
    assert (her["member_id"], her["gender"], her["upazila"]) == (str(member_id), "female", "Mirzapur")
    assert_problem(await client.post("/v1/training/participants", json={"member_id": str(member_id), "consent": True}), 409, "member_id")
    assert_problem(await client.post("/v1/training/participants", json={"member_id": str(uuid.uuid4()), "consent": True}), 422, "member_id")
    assert_problem(await client.post("/v1/training/participants", json={"member_id": str(member_id), "name": "X", "consent": True}),
                   422, "name")
    exited, _ = await member(status="exited")
    assert_problem(await client.post("/v1/training/participants", json={"member_id": str(exited), "consent": True}), 409, "member_id")


async def test_a_facilitator_comes_from_a_completed_facilitators_course(client, client_as, people):
    somebody = await people.youth()
    assert_problem(await client.post("/v1/training/facilitators", json={"participant_id": somebody["id"], "level": "facilitator"}),
                   422, "trained_in")
    master = await people.master()
    youth_cohort, _ = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=0)
    assert_problem(await client.post("/v1/training/facilitators", json={"participant_id": somebody["id"], "level": "facilitator",
                                                                        "trained_in": youth_cohort["id"]}), 422, "trained_in")
    course, (trainee,) = await people.cohort(AC_FACILITATOR, master, starts_on=business_today(), n=1)
    assert_problem(await client.post("/v1/training/facilitators", json={"participant_id": trainee["id"], "level": "facilitator",
                                                                        "trained_in": course["id"]}), 409, "trained_in")
    async with client_as(roles=["branch_manager"]) as manager:
        assert_problem(await manager.post("/v1/training/facilitators", json={"participant_id": somebody["id"], "level": "master"}), 403, "level")
    # a facilitators' course needs a master facilitator to run it
    plain = await post_ok(client, "/v1/training/facilitators", {"participant_id": somebody["id"], "level": "master"}, 201)
    assert plain["level"] == "master"


async def test_a_full_cohort_keeps_a_waiting_list_in_order(client, people):
    master = await people.master()
    cohort, (a, b) = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=2, capacity=2)
    c, d = await people.youth(name="Chaity Rani"), await people.youth(name="Dalia Begum")
    wait_c = await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments", {"participant_id": c["id"]}, 201)
    wait_d = await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments", {"participant_id": d["id"]}, 201)
    assert (wait_c["status"], wait_d["status"]) == ("waitlisted", "waitlisted") and wait_c["waitlist_position"] < wait_d["waitlist_position"]
    assert_problem(await client.post(f"/v1/training/cohorts/{cohort['id']}/enrolments", json={"participant_id": c["id"]}), 409, "participant_id")
    enrolments = {e["participant_id"]: e for e in (await client.get(f"/v1/training/cohorts/{cohort['id']}/enrolments")).json()}
    await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments/{enrolments[a['id']]['id']}/drop", {"reason": "married, moved"}, 200)
    after = {e["participant_id"]: e["status"] for e in (await client.get(f"/v1/training/cohorts/{cohort['id']}/enrolments")).json()}
    assert after == {a["id"]: "dropped", b["id"]: "enrolled", c["id"]: "enrolled", d["id"]: "waitlisted"}
    detail = (await client.get(f"/v1/training/cohorts/{cohort['id']}")).json()
    assert (detail["enrolled"], detail["waitlisted"]) == (2, 1)
    # a transfer to another cohort of the programme frees a place for the next in line
    other, _ = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=0)
    moved = await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments/{enrolments[b['id']]['id']}/transfer",
                          {"to_cohort_id": other["id"], "reason": "closer to home"}, 200)
    assert moved["cohort_id"] == other["id"] and moved["status"] == "enrolled"
    after = {e["participant_id"]: e["status"] for e in (await client.get(f"/v1/training/cohorts/{cohort['id']}/enrolments")).json()}
    assert after[d["id"]] == "enrolled" and after[b["id"]] == "transferred"
    course, _ = await people.cohort(AC_FACILITATOR, master, starts_on=business_today(), n=0)
    assert_problem(await client.post(f"/v1/training/cohorts/{cohort['id']}/enrolments/{enrolments[c['id']]['id']}/transfer",
                                     json={"to_cohort_id": course["id"], "reason": "x"}), 409, "to_cohort_id")


async def test_a_trainer_works_only_in_the_cohorts_they_facilitate(client, client_as, people):
    trainer_subject = str(uuid.uuid4())
    p = await people.youth(name="Shirin Sultana")
    theirs = await post_ok(client, "/v1/training/facilitators", {"participant_id": p["id"], "level": "master", "subject": trainer_subject}, 201)
    mine, (x,) = await people.cohort(AC_YOUTH, theirs, starts_on=business_today(), n=1)
    someone_else, _ = await people.cohort(AC_YOUTH, await people.master(), starts_on=business_today(), n=0)
    newcomer = await people.youth()
    async with client_as(roles=["trainer"], subject=trainer_subject) as trainer:
        r = await trainer.post(f"/v1/training/cohorts/{mine['id']}/enrolments", json={"participant_id": newcomer["id"]})
        assert r.status_code == 201, r.text
        assert_problem(await trainer.post(f"/v1/training/cohorts/{someone_else['id']}/enrolments", json={"participant_id": newcomer["id"]}),
                       403, "cohort_id")
    async with client_as(roles=["field_officer"], branches=[uuid.uuid4()]) as officer:  # a branch's staff: their branch's cohorts only
        assert_problem(await officer.post(f"/v1/training/cohorts/{mine['id']}/enrolments", json={"participant_id": newcomer["id"]}),
                       403, "cohort_id")


async def test_cohort_input_is_checked(client, people):
    master = await people.master()
    body = {"programme_id": AC_YOUTH, "facilitator_id": master["id"], "name": "Batch", "address": TANGAIL, "place": "Hall",
            "starts_on": business_today().isoformat()}
    for over, field in [({"programme_id": str(uuid.uuid4())}, "programme_id"), ({"facilitator_id": str(uuid.uuid4())}, "facilitator_id"),
                        ({"capacity": 0}, "capacity"), ({"starts_on": "2020-01-01"}, "starts_on"), ({"every_days": 0}, "every_days"),
                        ({"address": {**TANGAIL, "upazila": "Nowhere"}}, "address.upazila"), ({"name": ""}, "name")]:
        assert_problem(await client.post("/v1/training/cohorts", json={**body, **over}), 422, field)
    programmes = {p["code"]: p for p in (await client.get("/v1/training/programmes")).json()}
    assert len(programmes["UTHAN-52"]["modules"]) == 52 and programmes["AC-YOUTH"]["rule"]["project_required"] is True
    assert [m["title"] for m in programmes["AC-YOUTH"]["modules"]][0].startswith("Me:")
    cohort = await post_ok(client, "/v1/training/cohorts", {**body, "programme_id": programmes["UTHAN-52"]["id"], "every_days": 7}, 201)
    days = [date.fromisoformat(s["scheduled_on"]) for s in cohort["sessions"]]
    assert len(days) == 52 and days[1] - days[0] == timedelta(days=7)


async def test_a_partner_sees_only_the_participants_it_registered(client, client_as):
    async with client_as(roles=[], scopes=["training:write", "training:read"], partner="youth-forum") as forum, \
            client_as(roles=[], scopes=["training:read"], partner="other-ngo") as other:
        mine = await post_ok(forum, "/v1/training/participants", youth_body(partner="anything it says"), 201)
        assert mine["partner"] == "youth-forum"  # a partner's own id, whatever the body says
        assert mine["id"] in {p["id"] for p in (await forum.get("/v1/training/participants")).json()["items"]}
        assert mine["id"] not in {p["id"] for p in (await other.get("/v1/training/participants")).json()["items"]}
        assert_problem(await other.get(f"/v1/training/participants/{mine['id']}"), 404, "participant_id")
    assert (await client.get(f"/v1/training/participants/{mine['id']}")).status_code == 200  # staff see everyone
