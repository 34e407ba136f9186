"""The programme end to end in one service: a master facilitator's cohort trains facilitators; one
of them runs a youth cohort with a member in it; attendance is posted (and posted again, changing
nothing); a social action project is proposed, reviewed, approved, carried out with countersigned
hours and completed; credentials are issued, checked by their public code and QR code, and
revoked with a reason, each an event for lending."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from palli_common.clock import business_today
from palli_common.tables import OutboxRecord

from palli_training.testing import AC_FACILITATOR, AC_YOUTH, attend_all, post_ok


async def test_a_cascade_from_master_to_youth_project_to_credentials(app, client, people, member):
    today = business_today()
    master = await people.master()
    course, trainees = await people.cohort(AC_FACILITATOR, master, starts_on=today - timedelta(days=20), n=2)
    assert len(course["sessions"]) == 5 and course["status"] == "planned"
    await attend_all(client, course, trainees)
    results = await post_ok(client, f"/v1/training/cohorts/{course['id']}/complete", {}, 200)
    assert all(r["credential"] and not r["missing"] for r in results)
    facilitator = await post_ok(client, "/v1/training/facilitators", {"participant_id": trainees[0]["id"], "level": "facilitator",
                                                                      "trained_in": course["id"]}, 201)
    assert facilitator["trained_in"] == course["id"]

    member_id, _ = await member()
    her = await post_ok(client, "/v1/training/participants", {"member_id": str(member_id), "consent": True}, 201)
    assert (her["name"], her["district"], her["consent_by"]) == ("Rahima Khatun", "Tangail", "self")
    youth_cohort, youths = await people.cohort(AC_YOUTH, facilitator, starts_on=today - timedelta(days=10), n=2)
    await post_ok(client, f"/v1/training/cohorts/{youth_cohort['id']}/enrolments", {"participant_id": her["id"]}, 201)
    everyone = [*youths, her]
    first = await attend_all(client, youth_cohort, everyone)
    again = await attend_all(client, youth_cohort, everyone)  # the phone sends it all again
    assert {r["recorded"] for r in first} == {3} and {(r["recorded"], r["unchanged"]) for r in again} == {(0, 3)}

    closed = await post_ok(client, f"/v1/training/cohorts/{youth_cohort['id']}/complete", {}, 200)
    assert all(r["credential"] is None and "no completed social action project" in r["missing"] for r in closed)

    project = await post_ok(client, "/v1/training/projects", {
        "cohort_id": youth_cohort["id"], "title": "Stop child marriage in Mirzapur", "problem": "Girls leave school to marry at 15",
        "community": "Mirzapur union", "stakeholders": "parents, the imam, the union council, the school", "plan": "courtyard talks; a pledge",
        "budget": "15000.00", "team": [youths[0]["id"], her["id"]]}, 201)
    assert project["status"] == "proposed" and project["district"] == "Tangail"
    await post_ok(client, f"/v1/training/projects/{project['id']}/reviews", {
        "scores": {"need": 5, "feasibility": 4, "inclusion": 5, "sustainability": 3}, "recommend": True}, 201)
    approved = await post_ok(client, f"/v1/training/projects/{project['id']}/decision", {"approve": True, "grant": "10000.00"}, 200)
    assert (approved["status"], approved["grant"]) == ("approved", "10000.00")
    for who in (youths[0], her):
        for day in (3, 2):
            logged = await post_ok(client, f"/v1/training/projects/{project['id']}/hours", {
                "participant_id": who["id"], "on": (today - timedelta(days=day)).isoformat(), "hours": "10.5", "activity": "courtyard talks",
                "client_id": f"hours-{who['id'][:8]}-{day}"}, 201)
            await post_ok(client, f"/v1/training/projects/{project['id']}/hours/{logged['id']}/countersign", {}, 200)
    done = await post_ok(client, f"/v1/training/projects/{project['id']}/complete", {
        "beneficiaries_female": 120, "beneficiaries_male": 45, "evidence": ["photo:pledge-day-1.jpg"]}, 200)
    assert done["status"] == "completed" and done["verified_by"]

    held = (await client.get("/v1/training/credentials", params={"participant_id": her["id"]})).json()
    [credential] = [c for c in held if c["programme_code"] == "AC-YOUTH"]
    assert credential["status"] == "issued" and credential["verify_url"] == f"https://palli.example.org/v1/training/verify/{credential['code']}"
    assert (await client.get("/v1/training/credentials", params={"participant_id": youths[1]["id"]})).json() == []  # not in the team

    view = (await client.get(f"/v1/training/verify/{credential['code'].lower()}")).json()
    assert (view["valid"], view["holder"], view["programme_bn"]) == (True, "Rahima K.", "যুব নেতৃত্ব: অ্যাক্টিভ সিটিজেনস শিখন যাত্রা")
    qr = await client.get(f"/v1/training/verify/{credential['code']}/qr.svg")
    assert qr.status_code == 200 and qr.headers["content-type"].startswith("image/svg+xml") and qr.text.startswith("<svg")

    revoked = await post_ok(client, f"/v1/training/credentials/{credential['id']}/revoke", {"reason": "hours were logged twice"}, 200)
    assert revoked["status"] == "revoked"
    view = (await client.get(f"/v1/training/verify/{credential['code']}")).json()
    assert (view["valid"], view["revoked_reason"]) == (False, "hours were logged twice")
    async with app.state.runtime.db.sessions() as s:
        events = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == credential["id"]).order_by(OutboxRecord.created_at))).all()
    assert [e.event_type for e in events] == ["training.credential.issued", "training.credential.revoked"]
    assert events[0].envelope["payload"]["member_id"] == str(member_id) and events[0].envelope["payload"]["programme_code"] == "AC-YOUTH"
