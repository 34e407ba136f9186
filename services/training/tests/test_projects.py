"""Social action projects: one review per panel member, a decision after review (a grant within the
budget), hours logged once per client id and at most 24 a day, countersigned once, completion
only of an approved project; refusals name the field."""

from __future__ import annotations

from datetime import timedelta

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem

from palli_training.testing import AC_YOUTH, post_ok

SCORES = {"need": 4, "feasibility": 3, "inclusion": 5, "sustainability": 2}


async def _project(client, people) -> tuple[dict, dict]:  # noqa: ANN001
    master = await people.master()
    cohort, (amina,) = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=1)
    project = await post_ok(client, "/v1/training/projects", {
        "cohort_id": cohort["id"], "title": "A bridge of bamboo", "problem": "children cross the canal by wading", "community": "Gorai",
        "stakeholders": "parents, the union council", "plan": "build it with volunteers", "budget": "8000.00", "team": [amina["id"]]}, 201)
    return project, amina


async def test_the_panel_reviews_once_each_then_a_manager_decides(client, client_as, people):
    project, _ = await _project(client, people)
    path = f"/v1/training/projects/{project['id']}"
    assert_problem(await client.post(f"{path}/decision", json={"approve": True}), 409, "project_id")  # nobody reviewed it
    assert_problem(await client.post(f"{path}/reviews", json={"scores": {**SCORES, "need": 6}, "recommend": True}), 422, "scores.need")
    assert_problem(await client.post(f"{path}/reviews", json={"scores": {"need": 4}, "recommend": True}), 422, "scores")
    review = await post_ok(client, f"{path}/reviews", {"scores": SCORES, "recommend": True, "comment": "safe design"}, 201)
    assert review["total"] == 14
    assert_problem(await client.post(f"{path}/reviews", json={"scores": SCORES, "recommend": False}), 409, "project_id")
    async with client_as(roles=["trainer"]) as trainer:
        assert_problem(await trainer.post(f"{path}/decision", json={"approve": True}), 403, "approve")
    assert_problem(await client.post(f"{path}/decision", json={"approve": True, "grant": "9000.00"}), 422, "grant")
    assert_problem(await client.post(f"{path}/decision", json={"approve": False, "grant": "100.00"}), 422, "grant")
    decided = await post_ok(client, f"{path}/decision", {"approve": True, "grant": "8000.00"}, 200)
    assert (decided["status"], decided["grant"], len(decided["reviews"])) == ("approved", "8000.00", 1)
    assert_problem(await client.post(f"{path}/decision", json={"approve": False}), 409, "project_id")


async def test_hours_are_logged_once_and_countersigned_once(client, people):
    project, amina = await _project(client, people)
    path = f"/v1/training/projects/{project['id']}"
    today = business_today()
    body = {"participant_id": amina["id"], "on": today.isoformat(), "hours": "3.5", "activity": "carrying bamboo", "client_id": "h-1"}
    assert_problem(await client.post(f"{path}/hours", json=body), 409, "project_id")  # not approved yet
    await post_ok(client, f"{path}/reviews", {"scores": SCORES, "recommend": True}, 201)
    await post_ok(client, f"{path}/decision", {"approve": True}, 200)
    first = await client.post(f"{path}/hours", json=body)
    again = await client.post(f"{path}/hours", json=body)
    assert (first.status_code, again.status_code) == (201, 200) and first.json()["id"] == again.json()["id"]
    assert first.json()["hours"] == "3.50"
    for over, field in [({"hours": "25", "client_id": "h-2"}, "hours"), ({"hours": "0", "client_id": "h-3"}, "hours"),
                        ({"hours": "abc", "client_id": "h-4"}, "hours"), ({"on": (today + timedelta(days=1)).isoformat(), "client_id": "h-5"}, "on"),
                        ({"hours": "21", "client_id": "h-6"}, "hours")]:  # 3.5 + 21 is more than a day
        assert_problem(await client.post(f"{path}/hours", json={**body, **over}), 422, field)
    outsider = await people.youth(name="Not In Team")
    assert_problem(await client.post(f"{path}/hours", json={**body, "participant_id": outsider["id"], "client_id": "h-7"}), 422, "participant_id")
    signed = await post_ok(client, f"{path}/hours/{first.json()['id']}/countersign", {}, 200)
    assert signed["countersigned_by"]
    assert_problem(await client.post(f"{path}/hours/{first.json()['id']}/countersign"), 409, "hours_id")
    assert len((await client.get(f"{path}/hours")).json()) == 1


async def test_only_an_approved_project_is_completed_with_its_reach(client, people):
    project, _ = await _project(client, people)
    path = f"/v1/training/projects/{project['id']}"
    done = {"beneficiaries_female": 40, "beneficiaries_male": 30, "evidence": ["photo:bridge.jpg"]}
    assert_problem(await client.post(f"{path}/complete", json=done), 409, "project_id")
    await post_ok(client, f"{path}/reviews", {"scores": SCORES, "recommend": True}, 201)
    await post_ok(client, f"{path}/decision", {"approve": True}, 200)
    assert_problem(await client.post(f"{path}/complete", json={**done, "evidence": []}), 422, "evidence")
    report = {"on": business_today().isoformat(), "note": "bamboo bought, half the bridge built", "evidence": ["photo:half.jpg"]}
    await post_ok(client, f"{path}/progress", report, 201)
    assert_problem(await client.post(f"{path}/progress", json={**report, "on": (business_today() + timedelta(days=1)).isoformat()}), 422, "on")
    assert_problem(await client.post(f"{path}/progress", json={**report, "note": ""}), 422, "note")
    assert_problem(await client.post(f"{path}/complete", json={**done, "beneficiaries_female": -1}), 422, "beneficiaries_female")
    completed = await post_ok(client, f"{path}/complete", done, 200)
    assert (completed["status"], completed["beneficiaries_female"], completed["evidence"]) == ("completed", 40, ["photo:bridge.jpg"])
    assert [u["note"] for u in (await client.get(f"{path}/progress")).json()] == ["bamboo bought, half the bridge built"]
    assert_problem(await client.post(f"{path}/progress", json=report), 409, "project_id")  # done: no more progress


async def test_a_team_must_come_from_the_cohort(client, people):
    master = await people.master()
    cohort, _ = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=1)
    outsider = await people.youth(name="Elsewhere Girl")
    body = {"cohort_id": cohort["id"], "title": "T", "problem": "P", "community": "C", "stakeholders": "S", "plan": "P",
            "team": [outsider["id"]]}
    assert_problem(await client.post("/v1/training/projects", json=body), 422, "team.0")
    assert_problem(await client.post("/v1/training/projects", json={**body, "team": []}), 422, "team")
    assert_problem(await client.post("/v1/training/projects", json={**body, "budget": "-5.00"}), 422, "budget")


async def test_an_approved_grant_is_paid_once_to_a_team_member(app, client, client_as, people, member):
    from sqlalchemy import select

    from palli_common.tables import OutboxRecord

    member_id, branch_id = await member()
    her = await post_ok(client, "/v1/training/participants", {"member_id": str(member_id), "consent": True}, 201)
    master = await people.master()
    cohort, (amina,) = await people.cohort(AC_YOUTH, master, starts_on=business_today(), n=1)
    await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments", {"participant_id": her["id"]}, 201)
    project = await post_ok(client, "/v1/training/projects", {
        "cohort_id": cohort["id"], "title": "Tube-well platform", "problem": "mud round the well", "community": "Gorai", "stakeholders": "s",
        "plan": "p", "budget": "6000.00", "team": [amina["id"], her["id"]]}, 201)
    path = f"/v1/training/projects/{project['id']}"
    account = "5a000000-0000-4000-8000-0000000000aa"
    assert_problem(await client.post(f"{path}/grant-payment", json={"payee_participant_id": her["id"], "channel": "cash"}), 409, "project_id")
    await post_ok(client, f"{path}/reviews", {"scores": SCORES, "recommend": True}, 201)
    await post_ok(client, f"{path}/decision", {"approve": True, "grant": "5000.00"}, 200)
    async with client_as(roles=["trainer"]) as trainer:
        assert_problem(await trainer.post(f"{path}/grant-payment", json={"payee_participant_id": her["id"], "channel": "cash"}), 403, "channel")
    for body, field in [({"payee_participant_id": her["id"], "channel": "savings"}, "savings_account_id"),
                        ({"payee_participant_id": her["id"], "channel": "cash", "savings_account_id": account}, "savings_account_id"),
                        ({"payee_participant_id": her["id"], "channel": "mobile_wallet"}, "reference"),
                        ({"payee_participant_id": master["participant_id"], "channel": "cash"}, "payee_participant_id"),
                        ({"payee_participant_id": amina["id"], "channel": "savings", "savings_account_id": account}, "payee_participant_id"),
                        ({"payee_participant_id": her["id"], "channel": "cheque"}, "channel")]:
        assert_problem(await client.post(f"{path}/grant-payment", json=body), 422, field)
    paid = await post_ok(client, f"{path}/grant-payment", {"payee_participant_id": her["id"], "channel": "savings",
                                                           "savings_account_id": account}, 200)
    assert (paid["grant_channel"], paid["grant_reference"], paid["grant_payee_id"]) == ("savings", account, her["id"])
    assert_problem(await client.post(f"{path}/grant-payment", json={"payee_participant_id": her["id"], "channel": "cash"}), 409, "project_id")
    async with app.state.runtime.db.sessions() as s:
        [event] = (await s.scalars(select(OutboxRecord).where(OutboxRecord.event_type == "training.project.grant_paid",
                                                              OutboxRecord.key == project["id"]))).all()
    p = event.envelope["payload"]
    assert (p["amount"], p["channel"], p["member_id"], p["branch_id"], p["savings_account_id"]) == (
        "5000.00", "savings", str(member_id), str(branch_id), account)
