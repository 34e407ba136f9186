"""Social action projects: a team from a cohort proposes one; panel members score it (one review
each); a manager approves it (with an optional micro-grant) or rejects it; volunteers log hours,
which the cohort's facilitator countersigns; the facilitator verifies it done with its reach (by
gender) and evidence. Countersigned hours and a completed project count toward the team's
credentials, evaluated again as they change."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, Forbidden, NotFound, ValidationFailed
from palli_common.geo import validate_address
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_training.adapters.tables import Cohort, Enrolment, Participant, Project, ProjectMember, ProjectReview, ProjectUpdate, VolunteerHours
from palli_training.contracts import events as ev
from palli_training.service import credentials
from palli_training.service.cohorts import locked_cohort
from palli_training.service.common import business_today, now

DECIDERS = {"admin", "branch_manager"}


async def _locked(uow: UnitOfWork, project_id: uuid.UUID, who: Identity) -> tuple[Project, Cohort]:
    project = (await uow.session.scalars(select(Project).where(Project.id == project_id).with_for_update())).first()
    if project is None:
        raise NotFound(f"project {project_id} does not exist", field="project_id")
    cohort, _ = await locked_cohort(uow, project.cohort_id, who)
    return project, cohort


def _fact(cls: type[ev.ProjectFact], p: Project, actor: str) -> ev.ProjectFact:
    return cls(project_id=str(p.id), cohort_id=str(p.cohort_id), title=p.title, status=p.status, division=p.division, district=p.district,
               upazila=p.upazila, grant=format_poisha(p.grant), beneficiaries_female=p.beneficiaries_female,
               beneficiaries_male=p.beneficiaries_male, beneficiaries_other=p.beneficiaries_other, actor=actor)


async def team(s, project_id: uuid.UUID) -> list[uuid.UUID]:  # noqa: ANN001
    return list((await s.scalars(select(ProjectMember.participant_id).where(ProjectMember.project_id == project_id)
                                 .order_by(ProjectMember.participant_id))).all())


async def propose(db: Database, who: Identity, body: dict) -> Project:
    if len(set(body["team"])) != len(body["team"]):
        raise ValidationFailed("a participant appears twice in the team", field="team")
    async with db.uow() as uow:
        s = uow.session
        cohort, _ = await locked_cohort(uow, body["cohort_id"], who)
        if cohort.status == "cancelled":
            raise Conflict("the cohort was cancelled", field="cohort_id")
        members = set((await s.scalars(select(Enrolment.participant_id).where(
            Enrolment.cohort_id == cohort.id, Enrolment.status.in_(("enrolled", "completed"))))).all())
        for i, pid in enumerate(body["team"]):
            if pid not in members:
                raise ValidationFailed("not a participant of this cohort", field=f"team.{i}")
        a = body.get("address")
        place = validate_address(a["division"], a["district"], a["upazila"], None) if a else cohort
        project = Project(id=uuid7(), cohort_id=cohort.id, title=body["title"], problem=body["problem"], community=body["community"],
                          stakeholders=body["stakeholders"], plan=body["plan"], division=place.division, district=place.district,
                          upazila=place.upazila, budget=body["budget"], status="proposed", created_by=who.subject, created_at=now())
        s.add(project)
        await s.flush()
        s.add_all(ProjectMember(project_id=project.id, participant_id=pid) for pid in body["team"])
        await s.flush()
        await uow.commit()
    return project


async def review(db: Database, who: Identity, project_id: uuid.UUID, body: dict) -> ProjectReview:
    if set(body["scores"]) != {"need", "feasibility", "inclusion", "sustainability"}:
        raise ValidationFailed("score each of need, feasibility, inclusion and sustainability", field="scores")
    async with db.uow() as uow:
        project = (await uow.session.scalars(select(Project).where(Project.id == project_id).with_for_update())).first()
        if project is None:
            raise NotFound(f"project {project_id} does not exist", field="project_id")
        if project.status != "proposed":
            raise Conflict(f"the project is {project.status}; reviews come before the decision", field="project_id")
        entry = ProjectReview(id=uuid7(), project_id=project.id, reviewer=who.subject, scores=body["scores"], total=sum(body["scores"].values()),
                              recommend=body["recommend"], comment=body.get("comment"), created_at=now())
        uow.session.add(entry)
        try:
            await uow.session.flush()
        except IntegrityError:
            raise Conflict("you have reviewed this project already", field="project_id") from None
        await uow.commit()
    return entry


async def decide(db: Database, who: Identity, project_id: uuid.UUID, *, approve: bool, grant: int, reason: str | None) -> Project:
    if not who.roles & DECIDERS:
        raise Forbidden("a branch manager or admin decides on a project", field="approve")
    async with db.uow() as uow:
        s = uow.session
        project = (await s.scalars(select(Project).where(Project.id == project_id).with_for_update())).first()
        if project is None:
            raise NotFound(f"project {project_id} does not exist", field="project_id")
        if project.status != "proposed":
            raise Conflict(f"the project is {project.status}", field="project_id")
        reviews = list((await s.scalars(select(ProjectReview).where(ProjectReview.project_id == project.id))).all())
        if not reviews:
            raise Conflict("the panel has not reviewed it yet", field="project_id")
        if approve and not any(r.recommend for r in reviews):
            raise Conflict("no reviewer recommends it", field="approve")
        if not approve and grant:
            raise ValidationFailed("a rejected project gets no grant", field="grant")
        if grant > project.budget:
            raise ValidationFailed(f"the grant is more than the budget ({format_poisha(project.budget)})", field="grant")
        project.status, project.grant, project.version = ("approved" if approve else "rejected"), grant, project.version + 1
        await s.flush()
        if approve:
            uow.publish(_fact(ev.ProjectApproved, project, who.subject), aggregate_id=project.id, aggregate_version=project.version)
        await uow.commit()
    return project


def minutes_of(hours: str, field: str = "hours") -> int:
    value = Decimal(hours)
    if value <= 0 or value > 24:
        raise ValidationFailed("hours are more than 0 and at most 24 a day", field=field)
    return int((value * 60).to_integral_value())


async def log_hours(db: Database, who: Identity, project_id: uuid.UUID, body: dict) -> tuple[VolunteerHours, bool]:
    """(the entry, True when new): the same client_id again returns what was logged."""
    minutes = minutes_of(body["hours"])
    if body["on"] > business_today():
        raise ValidationFailed("hours are logged for today or a past day", field="on")
    async with db.uow() as uow:
        s = uow.session
        project, _ = await _locked(uow, project_id, who)
        held = await s.scalar(select(VolunteerHours).where(VolunteerHours.participant_id == body["participant_id"],
                                                            VolunteerHours.client_id == body["client_id"]))
        if held is not None:
            if held.project_id != project.id:
                raise Conflict("this client_id was used for another project", field="client_id")
            return VolunteerHours(**held.model_dump()), False  # a copy: leaving without a commit expires the row
        if project.status != "approved":
            raise Conflict(f"the project is {project.status}; hours are logged while it runs", field="project_id")
        if body["participant_id"] not in await team(s, project.id):
            raise ValidationFailed("not in the project's team", field="participant_id")
        day_total = await s.scalar(select(func.sum(VolunteerHours.minutes)).where(
            VolunteerHours.participant_id == body["participant_id"], VolunteerHours.on == body["on"])) or 0
        if day_total + minutes > 24 * 60:
            raise ValidationFailed("more than 24 hours in one day", field="hours")
        entry = VolunteerHours(id=uuid7(), project_id=project.id, participant_id=body["participant_id"], on=body["on"], minutes=minutes,
                               activity=body["activity"], client_id=body["client_id"], created_at=now())
        s.add(entry)
        await s.flush()
        await uow.commit()
    return entry, True


async def countersign(db: Database, who: Identity, project_id: uuid.UUID, hours_id: uuid.UUID) -> VolunteerHours:
    async with db.uow() as uow:
        s = uow.session
        project, cohort = await _locked(uow, project_id, who)
        entry = await s.get(VolunteerHours, hours_id)
        if entry is None or entry.project_id != project.id:
            raise NotFound(f"hours {hours_id} are not logged on this project", field="hours_id")
        if entry.countersigned_by is not None:
            raise Conflict("already countersigned", field="hours_id")
        entry.countersigned_by, entry.countersigned_at = who.subject, now()
        await s.flush()
        await credentials.evaluate_team(uow, cohort, [entry.participant_id], who.subject)
        await uow.commit()
    return entry


async def complete(db: Database, who: Identity, project_id: uuid.UUID, body: dict) -> Project:
    """Verified done by the cohort's facilitator (or a manager): its reach and evidence recorded."""
    async with db.uow() as uow:
        project, cohort = await _locked(uow, project_id, who)
        if project.status != "approved":
            raise Conflict(f"the project is {project.status}; an approved project is completed", field="project_id")
        project.status, project.completed_on, project.verified_by = "completed", business_today(), who.subject
        project.beneficiaries_female, project.beneficiaries_male = body["beneficiaries_female"], body["beneficiaries_male"]
        project.beneficiaries_other, project.evidence, project.version = body["beneficiaries_other"], body["evidence"], project.version + 1
        await uow.session.flush()
        uow.publish(_fact(ev.ProjectCompleted, project, who.subject), aggregate_id=project.id, aggregate_version=project.version)
        await credentials.evaluate_team(uow, cohort, await team(uow.session, project.id), who.subject)
        await uow.commit()
    return project


async def pay_grant(db: Database, who: Identity, project_id: uuid.UUID, body: dict) -> Project:
    """Pay the approved grant to a team member, once: the project row is locked and records the
    payment with its event in one transaction (a retry finds it paid: 409 naming the project)."""
    if not who.roles & DECIDERS:
        raise Forbidden("a branch manager or admin pays a grant", field="channel")
    channel = body["channel"]
    if channel == "mobile_wallet" and not body.get("reference"):
        raise ValidationFailed("a wallet payment names its transaction", field="reference")
    if (channel == "savings") != (body.get("savings_account_id") is not None):
        raise ValidationFailed("savings_account_id names her voluntary savings, with channel savings (and only then)",
                               field="savings_account_id")
    async with db.uow() as uow:
        s = uow.session
        project, _ = await _locked(uow, project_id, who)
        if project.status not in ("approved", "completed"):
            raise Conflict(f"the project is {project.status}; an approved project's grant is paid", field="project_id")
        if project.grant <= 0:
            raise Conflict("the project was approved without a grant", field="project_id")
        if project.grant_paid_on is not None:
            raise Conflict(f"the grant was paid on {project.grant_paid_on}", field="project_id")
        if body["payee_participant_id"] not in await team(s, project.id):
            raise ValidationFailed("not in the project's team", field="payee_participant_id")
        payee = await s.get(Participant, body["payee_participant_id"])
        if channel == "savings" and payee.member_id is None:
            raise ValidationFailed("only a member has savings to pay into", field="payee_participant_id")
        reference = str(body["savings_account_id"]) if channel == "savings" else body.get("reference")
        project.grant_paid_on, project.grant_channel, project.grant_reference = business_today(), channel, reference
        project.grant_payee_id, project.version = payee.id, project.version + 1
        await s.flush()
        uow.publish(ev.GrantPaid(**_fact(ev.ProjectFact, project, who.subject).model_dump(), amount=format_poisha(project.grant),
                                 channel=channel, reference=reference, on=project.grant_paid_on, payee_participant_id=str(payee.id),
                                 member_id=str(payee.member_id) if payee.member_id else None,
                                 branch_id=str(payee.branch_id) if payee.branch_id else None,
                                 savings_account_id=reference if channel == "savings" else None),
                    aggregate_id=project.id, aggregate_version=project.version)
        await uow.commit()
    return project


async def report_progress(db: Database, who: Identity, project_id: uuid.UUID, body: dict) -> ProjectUpdate:
    if body["on"] > business_today():
        raise ValidationFailed("progress is reported for today or a past day", field="on")
    async with db.uow() as uow:
        project, _ = await _locked(uow, project_id, who)
        if project.status != "approved":
            raise Conflict(f"the project is {project.status}; progress is reported while it runs", field="project_id")
        update = ProjectUpdate(id=uuid7(), project_id=project.id, on=body["on"], note=body["note"], evidence=body.get("evidence") or [],
                               reported_by=who.subject, created_at=now())
        uow.session.add(update)
        await uow.session.flush()
        await uow.commit()
    return update


async def progress(db: Database, project_id: uuid.UUID) -> list[ProjectUpdate]:
    async with db.sessions() as s:
        return list((await s.scalars(select(ProjectUpdate).where(ProjectUpdate.project_id == project_id)
                                     .order_by(ProjectUpdate.on, ProjectUpdate.id))).all())


async def detail(db: Database, project_id: uuid.UUID) -> tuple[Project, list[uuid.UUID], list[ProjectReview]]:
    async with db.sessions() as s:
        project = await s.get(Project, project_id)
        if project is None:
            raise NotFound(f"project {project_id} does not exist", field="project_id")
        reviews = list((await s.scalars(select(ProjectReview).where(ProjectReview.project_id == project_id)
                                        .order_by(ProjectReview.created_at))).all())
        return project, await team(s, project_id), reviews


async def hours(db: Database, project_id: uuid.UUID) -> list[VolunteerHours]:
    async with db.sessions() as s:
        return list((await s.scalars(select(VolunteerHours).where(VolunteerHours.project_id == project_id)
                                     .order_by(VolunteerHours.on, VolunteerHours.id))).all())
