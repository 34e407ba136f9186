"""Helpers for training's tests (and other packages' tests that drive training): the seeded
programmes' ids, a cast of participants, and a POST that must succeed."""

from __future__ import annotations

import uuid

import httpx

NS = uuid.UUID("7a000000-0000-4000-8000-000000000000")  # migration 0002's programme ids
AC_YOUTH, AC_FACILITATOR, UTHAN, LEAD = (str(uuid.uuid5(NS, f"programme:{c}")) for c in ("AC-YOUTH", "AC-FACILITATOR", "UTHAN-52", "LEAD-3D"))
TANGAIL = {"division": "Dhaka", "district": "Tangail", "upazila": "Mirzapur"}


async def post_ok(c: httpx.AsyncClient, path: str, body: dict | None = None, code: int | tuple = (200, 201)) -> dict:
    r = await c.post(path, json=body or {})
    assert r.status_code in ((code,) if isinstance(code, int) else code), f"{path}: {r.status_code} {r.text}"
    return r.json()


def youth_body(name: str = "Nusrat Jahan", gender: str = "female", born: str = "2003-05-10", **over) -> dict:  # noqa: ANN003
    return {"name": name, "gender": gender, "date_of_birth": born, "address": TANGAIL, "mobile": "01812345678", "consent": True,
            "partner": "Mirzapur Youth Forum", **over}


async def attend_all(client: httpx.AsyncClient, cohort: dict, participants: list[dict], status: str = "present") -> list[dict]:
    """Every session of the cohort, everyone `status`, each record with its own client id."""
    from datetime import UTC, datetime, timedelta

    detail = (await client.get(f"/v1/training/cohorts/{cohort['id']}")).json()
    results = []
    for n, session in enumerate(detail["sessions"]):
        taken = datetime(2026, 11, 1, 10, tzinfo=UTC) + timedelta(days=n)
        results.append(await post_ok(client, f"/v1/training/sessions/{session['id']}/attendance", {"records": [
            {"participant_id": p["id"], "status": status, "client_id": f"phone-{session['id'][:8]}-{p['id'][:8]}", "taken_at": taken.isoformat()}
            for p in participants]}, 200))
    return results
