"""Attendance for a session, posted in one request from the facilitator's phone, which may send it
twice or late (offline). Each record carries the phone's `client_id` and the time it was taken: the
same record again changes nothing, and of two records for one participant the one taken last
stands, whichever arrives first. The session row is locked for the post, so two phones posting at
once never interleave; every record is checked before any is written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_training.adapters.tables import Attendance, Cohort, CohortSession, Enrolment
from palli_training.service.cohorts import locked_cohort
from palli_training.service.common import business_today, now

CLOCK_SKEW = timedelta(minutes=10)  # a phone's clock may run a little ahead


@dataclass
class Posted:
    session_id: uuid.UUID
    recorded: int = 0
    unchanged: int = 0
    superseded: int = 0


async def post(db: Database, who: Identity, session_id: uuid.UUID, records: list[dict]) -> Posted:
    seen: set[uuid.UUID] = set()
    for i, r in enumerate(records):
        if r["participant_id"] in seen:
            raise ValidationFailed("a participant appears twice; send one record each", field=f"records.{i}.participant_id")
        seen.add(r["participant_id"])
        if r["taken_at"].tzinfo is None:
            raise ValidationFailed("taken_at needs its UTC offset (e.g. 2026-12-07T10:15:00+06:00)", field=f"records.{i}.taken_at")
        if r["taken_at"] > datetime.now(UTC) + CLOCK_SKEW:
            raise ValidationFailed("taken_at is in the future", field=f"records.{i}.taken_at")
    result = Posted(session_id)
    async with db.uow() as uow:
        s = uow.session
        session = (await s.scalars(select(CohortSession).where(CohortSession.id == session_id).with_for_update())).first()
        if session is None:
            raise NotFound(f"session {session_id} does not exist", field="session_id")
        cohort, _ = await locked_cohort(uow, session.cohort_id, who)
        if session.status == "cancelled":
            raise Conflict("the session was cancelled; take attendance at its make-up", field="session_id")
        if cohort.status in ("completed", "cancelled"):
            raise Conflict(f"the cohort is {cohort.status}", field="session_id")
        if session.scheduled_on > business_today():
            raise Conflict(f"the session is on {session.scheduled_on}; attendance is taken on the day or after", field="session_id")
        enrolled = set((await s.scalars(select(Enrolment.participant_id).where(
            Enrolment.cohort_id == cohort.id, Enrolment.status == "enrolled"))).all())
        for i, r in enumerate(records):
            if r["participant_id"] not in enrolled:
                raise ValidationFailed("not enrolled in this cohort", field=f"records.{i}.participant_id")
        held = {a.participant_id: a for a in (await s.scalars(select(Attendance).where(
            Attendance.session_id == session.id, Attendance.participant_id.in_(list(seen))))).all()}
        stamp = now()
        for r in records:
            current = held.get(r["participant_id"])
            if current is not None and current.client_id == r["client_id"]:
                result.unchanged += 1
            elif current is not None and current.taken_at >= r["taken_at"]:
                result.superseded += 1
            elif current is not None:
                current.status, current.client_id, current.taken_at = r["status"], r["client_id"], r["taken_at"]
                current.recorded_by, current.recorded_at = who.subject, stamp
                result.recorded += 1
            else:
                s.add(Attendance(session_id=session.id, participant_id=r["participant_id"], status=r["status"], client_id=r["client_id"],
                                 taken_at=r["taken_at"], recorded_by=who.subject, recorded_at=stamp))
                result.recorded += 1
        if result.recorded:
            session.status = "held"
            if cohort.status == "planned":
                cohort.status = "running"
                cohort.version += 1
        await s.flush()
        await uow.commit()
    return result


async def of_session(db: Database, session_id: uuid.UUID) -> list[Attendance]:
    async with db.sessions() as s:
        if await s.get(CohortSession, session_id) is None:
            raise NotFound(f"session {session_id} does not exist", field="session_id")
        return list((await s.scalars(select(Attendance).where(Attendance.session_id == session_id)
                                     .order_by(Attendance.participant_id))).all())


async def cohort_of(db: Database, session_id: uuid.UUID) -> Cohort:
    async with db.sessions() as s:
        session = await s.get(CohortSession, session_id)
        if session is None:
            raise NotFound(f"session {session_id} does not exist", field="session_id")
        return await s.get(Cohort, session.cohort_id)
