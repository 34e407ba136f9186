"""Impact by place, gender, age band and partner (JSON and CSV), and the cascade: who trained whom,
its yield against plan, and the facilitators who never cascaded."""

from __future__ import annotations

import uuid
from datetime import timedelta

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem
from palli_training.testing import AC_FACILITATOR, AC_YOUTH, NS, attend_all, post_ok

SCORES = {"need": 4, "feasibility": 4, "inclusion": 4, "sustainability": 4}


async def test_impact_counts_people_where_they_live_and_projects_where_they_happen(client, people):
    today = business_today()
    master = await people.master()
    cohort, youths = await people.cohort(AC_YOUTH, master, starts_on=today - timedelta(days=10), n=2, partner="Cumilla Youth Net",
                                         address={"division": "Chattogram", "district": "Cumilla", "upazila": "Daudkandi"})
    boy = await people.youth(name="Rafiq Islam", gender="male", born=(today - timedelta(days=17 * 365)).isoformat(),
                             guardian_name="Abdul Islam", guardian_mobile="01712345678",
                             address={"division": "Chattogram", "district": "Cumilla", "upazila": "Daudkandi"})
    await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments", {"participant_id": boy["id"]}, 201)
    await attend_all(client, cohort, [*youths, boy])
    await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/complete", {}, 200)
    project = await post_ok(client, "/v1/training/projects", {
        "cohort_id": cohort["id"], "title": "Literacy corner", "problem": "p", "community": "Daudkandi", "stakeholders": "s", "plan": "p",
        "budget": "1000.00", "team": [youths[0]["id"], boy["id"]]}, 201)
    await post_ok(client, f"/v1/training/projects/{project['id']}/reviews", {"scores": SCORES, "recommend": True}, 201)
    await post_ok(client, f"/v1/training/projects/{project['id']}/decision", {"approve": True}, 200)
    for who, day in ((youths[0], 1), (youths[0], 2), (boy, 1), (boy, 2)):
        logged = await post_ok(client, f"/v1/training/projects/{project['id']}/hours", {
            "participant_id": who["id"], "on": (today - timedelta(days=day)).isoformat(), "hours": "10.25", "activity": "teaching",
            "client_id": f"r-{who['id'][:8]}-{day}"}, 201)
        await post_ok(client, f"/v1/training/projects/{project['id']}/hours/{logged['id']}/countersign", {}, 200)
    await post_ok(client, f"/v1/training/projects/{project['id']}/complete", {
        "beneficiaries_female": 30, "beneficiaries_male": 20, "evidence": ["photo:corner.jpg"]}, 200)

    by_district = (await client.get("/v1/training/reports/impact", params={"by": "district"})).json()
    cumilla = next(r for r in by_district["rows"] if r["key"] == "Cumilla")
    # the two youths live in Tangail (the default address); the boy and the project are in Cumilla
    assert (cumilla["participants"], cumilla["projects_completed"], cumilla["beneficiaries_female"]) == (1, 1, 30)
    assert cumilla["credentials"] == cumilla["completions"] == 1 and cumilla["volunteer_hours"] == "20.50" and cumilla["volunteer_value"] == "3075.00"
    assert by_district["totals"]["participants"] >= 3 and by_district["volunteer_hour_value"] == "150.00"
    by_gender = {r["key"]: r for r in (await client.get("/v1/training/reports/impact", params={"by": "gender"})).json()["rows"]}
    assert by_gender["male"]["credentials"] >= 1 and by_gender["all"]["projects_completed"] >= 1
    ages = {r["key"] for r in (await client.get("/v1/training/reports/impact", params={"by": "age_band"})).json()["rows"]}
    assert "under 18" in ages and "18-24" in ages
    partners = {r["key"]: r for r in (await client.get("/v1/training/reports/impact", params={"by": "partner"})).json()["rows"]}
    assert partners["Cumilla Youth Net"]["projects_completed"] == 1
    csv = await client.get("/v1/training/reports/impact", params={"by": "district", "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    text = csv.content.decode("utf-8-sig")
    assert text.splitlines()[0] == "district,participants,completions,credentials,projects_completed,beneficiaries_female," \
                                   "beneficiaries_male,beneficiaries_other,volunteer_hours,volunteer_value"
    assert any(line.startswith("Cumilla,1,1,1,1,30,20,0,20.50,3075.00") for line in text.splitlines())
    for params, field in [({"by": "religion"}, "by"), ({"from": "2026-12-31", "to": "2026-01-01"}, "from"), ({"to": "soon"}, "to")]:
        assert_problem(await client.get("/v1/training/reports/impact", params=params), 422, field)


async def test_the_cascade_shows_who_trained_whom_and_who_never_did(client, people):
    today = business_today()
    master = await people.master()
    course, (first, second) = await people.cohort(AC_FACILITATOR, master, starts_on=today - timedelta(days=8), n=2)
    await attend_all(client, course, [first, second])
    await post_ok(client, f"/v1/training/cohorts/{course['id']}/complete", {}, 200)
    active = await post_ok(client, "/v1/training/facilitators", {"participant_id": first["id"], "level": "facilitator",
                                                                 "trained_in": course["id"], "partner": "Mirzapur Youth Forum"}, 201)
    idle = await post_ok(client, "/v1/training/facilitators", {"participant_id": second["id"], "level": "facilitator",
                                                               "trained_in": course["id"], "partner": "Mirzapur Youth Forum"}, 201)
    await people.cohort(AC_YOUTH, active, starts_on=today, n=3)
    report = (await client.get("/v1/training/reports/cascade", params={"plan_cohorts_per_facilitator": "2",
                                                                       "plan_participants_per_cohort": "3"})).json()
    by_id = {f["facilitator_id"]: f for f in report["facilitators"]}
    assert (by_id[master["id"]]["cohorts"], by_id[master["id"]]["credentials"]) == (1, 2)
    assert (by_id[active["id"]]["cohorts"], by_id[active["id"]]["participants"], by_id[active["id"]]["trained_in"]) == (1, 3, course["id"])
    assert idle["id"] in {f["facilitator_id"] for f in report["never_cascaded"]}
    assert active["id"] not in {f["facilitator_id"] for f in report["never_cascaded"]}
    group = next(g for g in report["by_partner_district"] if g["partner"] == "Mirzapur Youth Forum")
    assert group["facilitators"] >= 2 and group["planned_cohorts"] == f"{2 * group['facilitators']:.1f}"
    assert_problem(await client.get("/v1/training/reports/cascade", params={"plan_cohorts_per_facilitator": "0"}), 422,
                   "plan_cohorts_per_facilitator")


async def test_a_livelihood_course_asks_for_a_passing_assessment(client, people):
    dairy = str(uuid.uuid5(NS, "programme:LIVE-DAIRY"))
    master = await people.master()
    cohort, (rina,) = await people.cohort(dairy, master, starts_on=business_today() - timedelta(days=5), n=1)
    await attend_all(client, cohort, [rina])
    [closed] = await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/complete", {}, 200)
    assert closed["credential"] is None and closed["missing"] == ["no assessment recorded; the programme needs 60"]
    path = f"/v1/training/cohorts/{cohort['id']}/assessments"
    [low] = await post_ok(client, path, {"scores": [{"participant_id": rina["id"], "score": 55}]}, 200)
    assert low["missing"] == ["assessed at 55; the programme needs 60"]
    [passed] = await post_ok(client, path, {"scores": [{"participant_id": rina["id"], "score": 75}]}, 200)
    assert passed["credential"]["programme_code"] == "LIVE-DAIRY" and passed["missing"] == []
    stranger = await people.youth(name="Not Here")
    for body, field in [({"scores": [{"participant_id": rina["id"], "score": 101}]}, "scores.0.score"),
                        ({"scores": [{"participant_id": stranger["id"], "score": 70}]}, "scores.0.participant_id"),
                        ({"scores": [{"participant_id": rina["id"], "score": 70}, {"participant_id": rina["id"], "score": 71}]},
                         "scores.1.participant_id"),
                        ({"scores": []}, "scores")]:
        assert_problem(await client.post(path, json=body), 422, field)
