"""Cohorts (batches), their sessions and enrolments. A cohort's sessions are laid out from its
programme's modules, `every_days` apart from its start; a cancelled session may get a make-up.
Enrolment is first come: beyond capacity a participant waits in line, and a drop-out (or transfer)
gives the first in line the place."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.geo import validate_address
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_training.adapters.tables import Cohort, CohortSession, Enrolment, Facilitator, Module, Participant, Programme
from palli_training.service.access import check_manages
from palli_training.service.common import business_today, now


async def locked_cohort(uow: UnitOfWork, cohort_id: uuid.UUID, who: Identity, field: str = "cohort_id") -> tuple[Cohort, Facilitator]:
    cohort = (await uow.session.scalars(select(Cohort).where(Cohort.id == cohort_id).with_for_update())).first()
    if cohort is None:
        raise NotFound(f"cohort {cohort_id} does not exist", field=field)
    facilitator = await uow.session.get(Facilitator, cohort.facilitator_id)
    check_manages(who, cohort, facilitator)
    return cohort, facilitator


async def create(db: Database, who: Identity, body: dict) -> Cohort:
    async with db.uow() as uow:
        s = uow.session
        programme = await s.get(Programme, body["programme_id"])
        if programme is None or not programme.active:
            raise ValidationFailed(f"programme {body['programme_id']} does not exist or is retired", field="programme_id")
        facilitator = await s.get(Facilitator, body["facilitator_id"])
        if facilitator is None or facilitator.status != "active":
            raise ValidationFailed(f"facilitator {body['facilitator_id']} does not exist or is not active", field="facilitator_id")
        if programme.kind == "facilitator" and facilitator.level != "master":
            raise Conflict("a facilitators' course is run by a master facilitator", field="facilitator_id")
        if body["starts_on"] < business_today() - timedelta(days=366):
            raise ValidationFailed("starts_on is more than a year back", field="starts_on")
        a = body["address"]
        address = validate_address(a["division"], a["district"], a["upazila"], None)
        cohort = Cohort(id=uuid7(), programme_id=programme.id, facilitator_id=facilitator.id, name=body["name"], partner=body.get("partner"),
                        division=address.division, district=address.district, upazila=address.upazila, place=body["place"],
                        branch_id=body.get("branch_id"), capacity=body["capacity"], starts_on=body["starts_on"], status="planned",
                        created_by=who.subject, created_at=now())
        check_manages(who, cohort, facilitator)
        s.add(cohort)
        await s.flush()
        modules = (await s.scalars(select(Module).where(Module.programme_id == programme.id).order_by(Module.position))).all()
        number, day = 0, body["starts_on"]
        for module in modules:
            for _ in range(module.sessions):
                number += 1
                s.add(CohortSession(id=uuid7(), cohort_id=cohort.id, module_id=module.id, number=number, scheduled_on=day, status="scheduled"))
                day += timedelta(days=body["every_days"])
        await uow.commit()
    return cohort


async def detail(db: Database, cohort_id: uuid.UUID) -> tuple[Cohort, list[CohortSession], dict[str, int]]:
    async with db.sessions() as s:
        cohort = await s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(f"cohort {cohort_id} does not exist", field="cohort_id")
        sessions = list((await s.scalars(select(CohortSession).where(CohortSession.cohort_id == cohort_id)
                                         .order_by(CohortSession.scheduled_on, CohortSession.number))).all())
        counts = dict((await s.execute(select(Enrolment.status, func.count()).where(Enrolment.cohort_id == cohort_id)
                                       .group_by(Enrolment.status))).all())
    return cohort, sessions, counts


async def listing(db: Database, *, programme_id: uuid.UUID | None, facilitator_id: uuid.UUID | None) -> list[Cohort]:
    query = select(Cohort)
    if programme_id:
        query = query.where(Cohort.programme_id == programme_id)
    if facilitator_id:
        query = query.where(Cohort.facilitator_id == facilitator_id)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(Cohort.starts_on, Cohort.id).limit(500))).all())


async def _count(uow: UnitOfWork, cohort_id: uuid.UUID, status: str) -> int:
    return await uow.session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.cohort_id == cohort_id, Enrolment.status == status)) or 0


async def _place(uow: UnitOfWork, cohort: Cohort, participant_id: uuid.UUID, reason: str | None = None) -> Enrolment:
    """Enrol, or put in line when the cohort is full (the cohort row is locked by the caller)."""
    held = await uow.session.scalar(select(Enrolment).where(Enrolment.cohort_id == cohort.id, Enrolment.participant_id == participant_id))
    if held is not None and held.status in ("enrolled", "waitlisted", "completed"):
        raise Conflict(f"the participant is already {held.status} in this cohort", field="participant_id",
                       extra={"enrolment_id": str(held.id)})
    full = await _count(uow, cohort.id, "enrolled") >= cohort.capacity
    position = (await uow.session.scalar(select(func.max(Enrolment.waitlist_position)).where(Enrolment.cohort_id == cohort.id)) or 0) + 1
    stamp = now()
    if held is None:
        held = Enrolment(id=uuid7(), cohort_id=cohort.id, participant_id=participant_id, status="waitlisted" if full else "enrolled",
                         waitlist_position=position if full else None, reason=reason, enrolled_at=stamp, updated_at=stamp)
        uow.session.add(held)
    else:  # came back after dropping out
        held.status, held.waitlist_position, held.reason, held.updated_at = ("waitlisted" if full else "enrolled"), (position if full else None), reason, stamp
    await uow.session.flush()
    return held


async def _promote(uow: UnitOfWork, cohort: Cohort) -> None:
    """A place came free: the first in line takes it."""
    if await _count(uow, cohort.id, "enrolled") >= cohort.capacity:
        return
    first = await uow.session.scalar(select(Enrolment).where(Enrolment.cohort_id == cohort.id, Enrolment.status == "waitlisted")
                                     .order_by(Enrolment.waitlist_position).limit(1))
    if first is not None:
        first.status, first.waitlist_position, first.updated_at = "enrolled", None, now()
        await uow.session.flush()


def _open(cohort: Cohort) -> None:
    if cohort.status in ("completed", "cancelled"):
        raise Conflict(f"the cohort is {cohort.status}", field="cohort_id")


async def enrol(db: Database, who: Identity, cohort_id: uuid.UUID, participant_id: uuid.UUID) -> Enrolment:
    async with db.uow() as uow:
        cohort, _ = await locked_cohort(uow, cohort_id, who)
        _open(cohort)
        if await uow.session.get(Participant, participant_id) is None:
            raise ValidationFailed(f"participant {participant_id} does not exist", field="participant_id")
        enrolment = await _place(uow, cohort, participant_id)
        await uow.commit()
    return enrolment


async def _enrolment(uow: UnitOfWork, cohort: Cohort, enrolment_id: uuid.UUID) -> Enrolment:
    enrolment = await uow.session.get(Enrolment, enrolment_id)
    if enrolment is None or enrolment.cohort_id != cohort.id:
        raise NotFound(f"enrolment {enrolment_id} is not in this cohort", field="enrolment_id")
    if enrolment.status not in ("enrolled", "waitlisted"):
        raise Conflict(f"the enrolment is {enrolment.status}", field="enrolment_id")
    return enrolment


async def drop(db: Database, who: Identity, cohort_id: uuid.UUID, enrolment_id: uuid.UUID, reason: str) -> Enrolment:
    async with db.uow() as uow:
        cohort, _ = await locked_cohort(uow, cohort_id, who)
        _open(cohort)
        enrolment = await _enrolment(uow, cohort, enrolment_id)
        enrolment.status, enrolment.waitlist_position, enrolment.reason, enrolment.updated_at = "dropped", None, reason, now()
        await uow.session.flush()
        await _promote(uow, cohort)
        await uow.commit()
    return enrolment


async def transfer(db: Database, who: Identity, cohort_id: uuid.UUID, enrolment_id: uuid.UUID, to_cohort_id: uuid.UUID,
                   reason: str) -> Enrolment:
    """Move a participant to another cohort of the same programme (both locked, in id order)."""
    if to_cohort_id == cohort_id:
        raise ValidationFailed("the participant moves to another cohort", field="to_cohort_id")
    async with db.uow() as uow:
        first, second = sorted((cohort_id, to_cohort_id))
        locked = {first: await locked_cohort(uow, first, who, "cohort_id" if first == cohort_id else "to_cohort_id"),
                  second: await locked_cohort(uow, second, who, "cohort_id" if second == cohort_id else "to_cohort_id")}
        (cohort, _), (target, _) = locked[cohort_id], locked[to_cohort_id]
        _open(cohort)
        _open(target)
        if target.programme_id != cohort.programme_id:
            raise Conflict("a transfer is to a cohort of the same programme", field="to_cohort_id")
        enrolment = await _enrolment(uow, cohort, enrolment_id)
        enrolment.status, enrolment.waitlist_position, enrolment.reason, enrolment.updated_at = "transferred", None, reason, now()
        await uow.session.flush()
        moved = await _place(uow, target, enrolment.participant_id, reason=f"transferred from {cohort.name}: {reason}")
        await _promote(uow, cohort)
        await uow.commit()
    return moved


async def cancel_session(db: Database, who: Identity, session_id: uuid.UUID, reason: str, makeup_on: date | None) -> list[CohortSession]:
    async with db.uow() as uow:
        session = await uow.session.get(CohortSession, session_id)
        if session is None:
            raise NotFound(f"session {session_id} does not exist", field="session_id")
        cohort, _ = await locked_cohort(uow, session.cohort_id, who)
        _open(cohort)
        if session.status != "scheduled":
            raise Conflict(f"the session is {session.status}", field="session_id")
        session.status, session.cancel_reason = "cancelled", reason
        out = [session]
        if makeup_on is not None:
            if makeup_on < session.scheduled_on:
                raise ValidationFailed("a make-up comes after the session it replaces", field="makeup_on")
            number = (await uow.session.scalar(select(func.max(CohortSession.number)).where(CohortSession.cohort_id == cohort.id)) or 0) + 1
            makeup = CohortSession(id=uuid7(), cohort_id=cohort.id, module_id=session.module_id, number=number, scheduled_on=makeup_on,
                                   status="scheduled", makeup_of=session.id)
            uow.session.add(makeup)
            out.append(makeup)
        await uow.session.flush()
        await uow.commit()
    return out


async def enrolments(db: Database, cohort_id: uuid.UUID) -> list[Enrolment]:
    async with db.sessions() as s:
        return list((await s.scalars(select(Enrolment).where(Enrolment.cohort_id == cohort_id)
                                     .order_by(Enrolment.status, Enrolment.waitlist_position, Enrolment.enrolled_at))).all())


def today_or_before(day: date, field: str) -> None:
    if day > business_today():
        raise ValidationFailed(f"{field} is in the future", field=field)
