"""Credentials: issued when a participant of a completed cohort meets her programme's rule
(domain/rules.py), at most one live credential per participant and programme, each with a public
code anyone can check at /v1/training/verify/{code} (and its QR code) without signing in. A
revocation keeps the record and says why. Both are `training.credential` events: lending's
`required_training` works from its own copy of them."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_training.adapters.tables import (Assessment, Attendance, Cohort, CohortSession, Credential, Enrolment, Participant, Programme, Project,
                                            ProjectMember, VolunteerHours)
from palli_training.contracts import events as ev
from palli_training.domain.rules import ATTENDED, Record, unmet
from palli_training.service.cohorts import locked_cohort
from palli_training.service.common import business_today, now

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud or typed from paper


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(10))


@dataclass
class Evaluation:
    participant_id: uuid.UUID
    credential: Credential | None
    missing: list[str]


async def record_of(s, cohort: Cohort, participant_id: uuid.UUID) -> Record:  # noqa: ANN001
    held = select(CohortSession.id).where(CohortSession.cohort_id == cohort.id, CohortSession.status == "held")
    sessions = await s.scalar(select(func.count()).select_from(held.subquery())) or 0
    marks = dict((await s.execute(select(Attendance.status, func.count()).where(
        Attendance.participant_id == participant_id, Attendance.session_id.in_(held)).group_by(Attendance.status))).all())
    projects = select(Project.id).join(ProjectMember, ProjectMember.project_id == Project.id).where(
        Project.cohort_id == cohort.id, ProjectMember.participant_id == participant_id)
    completed = await s.scalar(select(func.count()).select_from(
        projects.where(Project.status == "completed").subquery())) or 0
    minutes = await s.scalar(select(func.sum(VolunteerHours.minutes)).where(
        VolunteerHours.participant_id == participant_id, VolunteerHours.project_id.in_(projects),
        VolunteerHours.countersigned_by.is_not(None))) or 0
    score = await s.scalar(select(Assessment.score).where(Assessment.cohort_id == cohort.id, Assessment.participant_id == participant_id))
    return Record(held_sessions=sessions, excused=marks.get("excused", 0), attended=sum(marks.get(k, 0) for k in ATTENDED),
                  completed_projects=completed, volunteer_minutes=int(minutes), assessment_score=score)


async def evaluate(uow: UnitOfWork, cohort: Cohort, participant_id: uuid.UUID, actor: str) -> Evaluation:
    """Issue her credential if the completed cohort's programme rule is met now (the cohort row is
    locked by the caller, so two evaluations never both issue)."""
    s = uow.session
    programme = await s.get(Programme, cohort.programme_id)
    live = await s.scalar(select(Credential).where(Credential.participant_id == participant_id, Credential.programme_id == programme.id,
                                                  Credential.status == "issued"))
    if live is not None:
        return Evaluation(participant_id, live, [])
    if cohort.status != "completed":
        return Evaluation(participant_id, None, ["the cohort is not completed yet"])
    missing = unmet(programme.rule, await record_of(s, cohort, participant_id))
    if missing:
        return Evaluation(participant_id, None, missing)
    participant = await s.get(Participant, participant_id)
    credential = Credential(id=uuid7(), code=new_code(), participant_id=participant_id, programme_id=programme.id, cohort_id=cohort.id,
                            issued_on=business_today(), status="issued", created_at=now())
    s.add(credential)
    enrolment = await s.scalar(select(Enrolment).where(Enrolment.cohort_id == cohort.id, Enrolment.participant_id == participant_id))
    if enrolment is not None and enrolment.status == "enrolled":
        enrolment.status, enrolment.updated_at = "completed", now()
    await s.flush()
    uow.publish(_fact(ev.CredentialIssued, credential, participant, programme, actor), aggregate_id=credential.id,
                aggregate_version=credential.version)
    return Evaluation(participant_id, credential, [])


def _fact(cls: type[ev.CredentialFact], c: Credential, p: Participant, programme: Programme, actor: str, **extra) -> ev.CredentialFact:  # noqa: ANN003
    return cls(credential_id=str(c.id), code=c.code, participant_id=str(p.id), member_id=str(p.member_id) if p.member_id else None,
               branch_id=str(p.branch_id) if p.branch_id else None, programme_id=str(programme.id), programme_code=programme.code,
               status=c.status, issued_on=c.issued_on, actor=actor, **extra)


async def evaluate_team(uow: UnitOfWork, cohort: Cohort, participant_ids: list[uuid.UUID], actor: str) -> list[Evaluation]:
    return [await evaluate(uow, cohort, pid, actor) for pid in sorted(participant_ids)]


async def complete_cohort(db: Database, who: Identity, cohort_id: uuid.UUID) -> tuple[Cohort, list[Evaluation]]:
    """The facilitator closes the course: every enrolled participant who meets the rule gets her
    credential now; the rest may still earn it (a project completed later, hours countersigned)."""
    async with db.uow() as uow:
        cohort, _ = await locked_cohort(uow, cohort_id, who)
        if cohort.status in ("completed", "cancelled"):
            raise Conflict(f"the cohort is {cohort.status}", field="cohort_id")
        held = await uow.session.scalar(select(func.count()).select_from(CohortSession).where(
            CohortSession.cohort_id == cohort.id, CohortSession.status == "held")) or 0
        if held == 0:
            raise Conflict("no session of the cohort has attendance yet", field="cohort_id")
        cohort.status, cohort.completed_on, cohort.version = "completed", business_today(), cohort.version + 1
        await uow.session.flush()
        enrolled = list((await uow.session.scalars(select(Enrolment.participant_id).where(
            Enrolment.cohort_id == cohort.id, Enrolment.status == "enrolled"))).all())
        results = await evaluate_team(uow, cohort, enrolled, who.subject)
        await uow.commit()
    return cohort, results


async def assess(db: Database, who: Identity, cohort_id: uuid.UUID, scores: list[dict]) -> tuple[Cohort, list[Evaluation]]:
    """Record the final assessment's scores (again: the last stands); in a completed cohort the
    credentials are evaluated again at once."""
    seen: set[uuid.UUID] = set()
    for i, entry in enumerate(scores):
        if entry["participant_id"] in seen:
            raise ValidationFailed("a participant appears twice", field=f"scores.{i}.participant_id")
        seen.add(entry["participant_id"])
    async with db.uow() as uow:
        s = uow.session
        cohort, _ = await locked_cohort(uow, cohort_id, who)
        if cohort.status == "cancelled":
            raise Conflict("the cohort was cancelled", field="cohort_id")
        enrolled = set((await s.scalars(select(Enrolment.participant_id).where(
            Enrolment.cohort_id == cohort.id, Enrolment.status.in_(("enrolled", "completed"))))).all())
        for i, entry in enumerate(scores):
            if entry["participant_id"] not in enrolled:
                raise ValidationFailed("not a participant of this cohort", field=f"scores.{i}.participant_id")
        stamp = now()
        for entry in scores:
            held = await s.get(Assessment, (cohort.id, entry["participant_id"]))
            if held is None:
                s.add(Assessment(cohort_id=cohort.id, participant_id=entry["participant_id"], score=entry["score"], assessed_by=who.subject,
                                 assessed_at=stamp))
            else:
                held.score, held.assessed_by, held.assessed_at = entry["score"], who.subject, stamp
        await s.flush()
        results = await evaluate_team(uow, cohort, sorted(seen), who.subject) if cohort.status == "completed" else []
        await uow.commit()
    return cohort, results


async def revoke(db: Database, who: Identity, credential_id: uuid.UUID, reason: str) -> Credential:
    async with db.uow() as uow:
        s = uow.session
        credential = (await s.scalars(select(Credential).where(Credential.id == credential_id).with_for_update())).first()
        if credential is None:
            raise NotFound(f"credential {credential_id} does not exist", field="credential_id")
        if credential.status != "issued":
            raise Conflict("the credential is already revoked", field="credential_id")
        credential.status, credential.revoked_reason, credential.revoked_by = "revoked", reason, who.subject
        credential.version += 1
        await s.flush()
        participant, programme = await s.get(Participant, credential.participant_id), await s.get(Programme, credential.programme_id)
        uow.publish(_fact(ev.CredentialRevoked, credential, participant, programme, who.subject, reason=reason), aggregate_id=credential.id,
                    aggregate_version=credential.version)
        await uow.commit()
    return credential


async def by_code(db: Database, code: str) -> tuple[Credential, Participant, Programme]:
    async with db.sessions() as s:
        credential = await s.scalar(select(Credential).where(Credential.code == code.strip().upper()))
        if credential is None:
            raise NotFound("no credential has this code", field="code")
        return credential, await s.get(Participant, credential.participant_id), await s.get(Programme, credential.programme_id)


async def listing(db: Database, *, participant_id: uuid.UUID | None) -> list[tuple[Credential, Programme]]:
    query = select(Credential, Programme).join(Programme, Programme.id == Credential.programme_id)
    if participant_id:
        query = query.where(Credential.participant_id == participant_id)
    async with db.sessions() as s:
        return [(c, p) for c, p in (await s.execute(query.order_by(Credential.id).limit(500))).all()]


def holder_name(name: str) -> str:
    """Her first name and the initials of the rest: enough to match the paper, not to find her."""
    first, *rest = name.split()
    return " ".join([first, *(f"{w[0]}." for w in rest)])
