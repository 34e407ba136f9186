"""The permission walk's setups for training's routes (test_permissions.SETUPS takes them in).

Training keeps a trainer to the cohorts they facilitate and a partner organisation to its own
cohorts, so each setup makes the records for the caller about to call: a cohort whose facilitator
is the calling trainer, whose partner is the calling client (`r.caller`: the claims of the token
the walk is about to send; None for the no-token call)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from palli_common.clock import business_today

NS = uuid.UUID("7a000000-0000-4000-8000-000000000000")  # training's migration 0002
AC_YOUTH, AC_FACILITATOR = (str(uuid.uuid5(NS, f"programme:{c}")) for c in ("AC-YOUTH", "AC-FACILITATOR"))
TANGAIL = {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"}


def _caller(r) -> dict:  # noqa: ANN001
    return getattr(r, "caller", None) or {}


async def participant(r) -> dict:  # noqa: ANN001
    return await r._post("/v1/training/participants", {"name": "Nusrat Jahan", "gender": "female", "date_of_birth": "2002-05-10",
                                                       "address": TANGAIL, "consent": True, "partner": _caller(r).get("partner")})


async def facilitator(r, level: str = "master") -> dict:  # noqa: ANN001
    p = await participant(r)
    return await r._post("/v1/training/facilitators", {"participant_id": p["id"], "level": level, "subject": _caller(r).get("sub")})


async def cohort(r, programme: str = AC_YOUTH) -> tuple[dict, dict]:  # noqa: ANN001
    """A cohort the caller manages, started days ago (its sessions are in the past), one participant enrolled."""
    lead = await facilitator(r)
    c = await r._post("/v1/training/cohorts", {
        "programme_id": programme, "facilitator_id": lead["id"], "name": "Walk batch", "partner": _caller(r).get("partner"),
        "address": TANGAIL, "place": "Union hall", "starts_on": (business_today() - timedelta(days=10)).isoformat(), "every_days": 1})
    p = await participant(r)
    await r._post(f"/v1/training/cohorts/{c['id']}/enrolments", {"participant_id": p["id"]})
    return c, p


def _records(session_id: str, participant_id: str) -> dict:
    return {"records": [{"participant_id": participant_id, "status": "present", "client_id": f"walk-{uuid.uuid4().hex[:8]}",
                         "taken_at": datetime.now(UTC).isoformat()}]}


async def attended(r, programme: str = AC_YOUTH) -> tuple[dict, dict]:  # noqa: ANN001
    c, p = await cohort(r, programme)
    for s in c["sessions"]:
        await r._post(f"/v1/training/sessions/{s['id']}/attendance", _records(s["id"], p["id"]))
    return c, p


async def credential(r) -> tuple[dict, dict, dict]:  # noqa: ANN001
    """A completed facilitators' course and its credential: (cohort, participant, credential)."""
    c, p = await attended(r, AC_FACILITATOR)
    [result] = await r._post(f"/v1/training/cohorts/{c['id']}/complete")
    return c, p, result["credential"]


async def enrolment(r) -> tuple[dict, dict]:  # noqa: ANN001
    c, p = await cohort(r)
    [e] = (await r.api.http.get(f"/v1/training/cohorts/{c['id']}/enrolments", headers=await r.api.admin())).json()
    return c, e


async def project(r, state: str = "proposed") -> tuple[dict, dict]:  # noqa: ANN001
    c, p = await cohort(r)
    proj = await r._post("/v1/training/projects", _project_body(c, p))
    if state in ("reviewed", "approved"):
        await r._post(f"/v1/training/projects/{proj['id']}/reviews", {"scores": {"need": 4, "feasibility": 4, "inclusion": 4,
                                                                                "sustainability": 4}, "recommend": True})
    if state == "approved":
        await r._post(f"/v1/training/projects/{proj['id']}/decision", {"approve": True, "grant": "1000.00"})
    return proj, p


def _project_body(c: dict, p: dict) -> dict:
    return {"cohort_id": c["id"], "title": "Clean the pond", "problem": "Dengue", "community": "Mirzapur", "stakeholders": "union council",
            "plan": "clean it monthly", "budget": "5000.00", "team": [p["id"]]}


def _hours_body(p: dict) -> dict:
    return {"participant_id": p["id"], "on": business_today().isoformat(), "hours": "2", "activity": "cleaning",
            "client_id": f"walk-{uuid.uuid4().hex[:8]}"}


async def _fixed(url: str, body: dict | None = None):  # noqa: ANN202
    return url, body


async def _facilitator_course(r):  # noqa: ANN001, ANN202
    c, p, _ = await credential(r)
    return "/v1/training/facilitators", {"participant_id": p["id"], "level": "facilitator", "trained_in": c["id"]}


async def _enrol(r):  # noqa: ANN001, ANN202
    c, _ = await cohort(r)
    p = await participant(r)
    return f"/v1/training/cohorts/{c['id']}/enrolments", {"participant_id": p["id"]}


async def _transfer(r):  # noqa: ANN001, ANN202
    c, e = await enrolment(r)
    other, _ = await cohort(r)
    return f"/v1/training/cohorts/{c['id']}/enrolments/{e['id']}/transfer", {"to_cohort_id": other["id"], "reason": "moved village"}


async def _hours(r, countersign: bool):  # noqa: ANN001, ANN202
    proj, p = await project(r, "approved")
    if not countersign:
        return f"/v1/training/projects/{proj['id']}/hours", _hours_body(p)
    logged = await r._post(f"/v1/training/projects/{proj['id']}/hours", _hours_body(p))
    return f"/v1/training/projects/{proj['id']}/hours/{logged['id']}/countersign", None


async def _session(r, suffix: str):  # noqa: ANN001, ANN202
    c, p = await cohort(r)
    s = c["sessions"][0]
    if suffix == "/attendance-get":
        return f"/v1/training/sessions/{s['id']}/attendance", None
    body = _records(s["id"], p["id"]) if suffix == "/attendance" else {"reason": "flood"}
    return f"/v1/training/sessions/{s['id']}{suffix}", body


async def _with(r, make, shape):  # noqa: ANN001, ANN202
    made = await make(r)
    return shape(*made) if isinstance(made, tuple) else shape(made)


SETUPS = {
    ("GET", "/v1/training/programmes"): lambda r: _fixed("/v1/training/programmes"),
    ("GET", "/v1/training/programmes/{programme_id}"): lambda r: _fixed(f"/v1/training/programmes/{AC_YOUTH}"),
    ("POST", "/v1/training/participants"): lambda r: _fixed("/v1/training/participants", {
        "name": "Sumi Akter", "gender": "female", "date_of_birth": "2001-01-01", "address": TANGAIL, "consent": True}),
    ("GET", "/v1/training/participants"): lambda r: _fixed("/v1/training/participants?district=Tangail"),
    ("GET", "/v1/training/participants/{participant_id}"): lambda r: _with(r, participant, lambda p: (f"/v1/training/participants/{p['id']}", None)),
    ("POST", "/v1/training/facilitators"): _facilitator_course,
    ("GET", "/v1/training/facilitators"): lambda r: _fixed("/v1/training/facilitators"),
    ("POST", "/v1/training/cohorts"): lambda r: _with(r, facilitator, lambda f: ("/v1/training/cohorts", {
        "programme_id": AC_YOUTH, "facilitator_id": f["id"], "name": "Walk batch", "partner": _caller(r).get("partner"), "address": TANGAIL,
        "place": "Union hall", "starts_on": business_today().isoformat()})),
    ("GET", "/v1/training/cohorts"): lambda r: _fixed(f"/v1/training/cohorts?programme_id={AC_YOUTH}"),
    ("GET", "/v1/training/cohorts/{cohort_id}"): lambda r: _with(r, cohort, lambda c, p: (f"/v1/training/cohorts/{c['id']}", None)),
    ("POST", "/v1/training/cohorts/{cohort_id}/enrolments"): _enrol,
    ("GET", "/v1/training/cohorts/{cohort_id}/enrolments"): lambda r: _with(r, cohort, lambda c, p: (
        f"/v1/training/cohorts/{c['id']}/enrolments", None)),
    ("POST", "/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/drop"): lambda r: _with(r, enrolment, lambda c, e: (
        f"/v1/training/cohorts/{c['id']}/enrolments/{e['id']}/drop", {"reason": "married and moved"})),
    ("POST", "/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/transfer"): _transfer,
    ("POST", "/v1/training/cohorts/{cohort_id}/complete"): lambda r: _with(r, attended, lambda c, p: (
        f"/v1/training/cohorts/{c['id']}/complete", None)),
    ("POST", "/v1/training/cohorts/{cohort_id}/assessments"): lambda r: _with(r, cohort, lambda c, p: (
        f"/v1/training/cohorts/{c['id']}/assessments", {"scores": [{"participant_id": p["id"], "score": 80}]})),
    ("POST", "/v1/training/sessions/{session_id}/cancel"): lambda r: _session(r, "/cancel"),
    ("POST", "/v1/training/sessions/{session_id}/attendance"): lambda r: _session(r, "/attendance"),
    ("GET", "/v1/training/sessions/{session_id}/attendance"): lambda r: _session(r, "/attendance-get"),
    ("POST", "/v1/training/projects"): lambda r: _with(r, cohort, lambda c, p: ("/v1/training/projects", _project_body(c, p))),
    ("GET", "/v1/training/projects/{project_id}"): lambda r: _with(r, project, lambda proj, p: (f"/v1/training/projects/{proj['id']}", None)),
    ("POST", "/v1/training/projects/{project_id}/reviews"): lambda r: _with(r, project, lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/reviews", {"scores": {"need": 3, "feasibility": 3, "inclusion": 3, "sustainability": 3},
                                                         "recommend": True})),
    ("POST", "/v1/training/projects/{project_id}/decision"): lambda r: _with(r, lambda rr: project(rr, "reviewed"), lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/decision", {"approve": True})),
    ("POST", "/v1/training/projects/{project_id}/grant-payment"): lambda r: _with(r, lambda rr: project(rr, "approved"), lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/grant-payment", {"payee_participant_id": p["id"], "channel": "cash"})),
    ("POST", "/v1/training/projects/{project_id}/progress"): lambda r: _with(r, lambda rr: project(rr, "approved"), lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/progress", {"on": business_today().isoformat(), "note": "half done"})),
    ("GET", "/v1/training/projects/{project_id}/progress"): lambda r: _with(r, project, lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/progress", None)),
    ("POST", "/v1/training/projects/{project_id}/hours"): lambda r: _hours(r, False),
    ("GET", "/v1/training/projects/{project_id}/hours"): lambda r: _with(r, project, lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/hours", None)),
    ("POST", "/v1/training/projects/{project_id}/hours/{hours_id}/countersign"): lambda r: _hours(r, True),
    ("POST", "/v1/training/projects/{project_id}/complete"): lambda r: _with(r, lambda rr: project(rr, "approved"), lambda proj, p: (
        f"/v1/training/projects/{proj['id']}/complete", {"beneficiaries_female": 10, "beneficiaries_male": 5, "evidence": ["photo:1"]})),
    ("GET", "/v1/training/credentials"): lambda r: _fixed("/v1/training/credentials"),
    ("GET", "/v1/training/reports/impact"): lambda r: _fixed("/v1/training/reports/impact?by=district"),
    ("GET", "/v1/training/reports/cascade"): lambda r: _fixed("/v1/training/reports/cascade"),
    ("POST", "/v1/training/credentials/{credential_id}/revoke"): lambda r: _with(r, credential, lambda c, p, cred: (
        f"/v1/training/credentials/{cred['id']}/revoke", {"reason": "issued in error"})),
}
