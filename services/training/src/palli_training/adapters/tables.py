"""Training's own tables: programmes and their modules as data, participants (members or youth),
facilitators, cohorts with their sessions, enrolments, attendance, social action projects with
their reviews and volunteer hours, and credentials. Money (a project's budget or grant) is integer
poisha; hours are integer minutes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from palli_common.idempotency import IdempotencyKeyRecord  # noqa: F401  (same metadata: migrations create it)
from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401


def json_field(default: Any = None, nullable: bool = True) -> Any:
    return Field(default=default, sa_column=Column(JSON, nullable=nullable))


class Programme(SQLModel, table=True):
    """A programme as data: its modules in order and the rule that earns its credential."""

    __tablename__ = "training_programmes"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=40, unique=True)  # what lending's required_training names
    kind: str = Field(max_length=30)  # youth_leadership | facilitator | courtyard | leadership | livelihood
    name: str = Field(max_length=200)
    name_bn: str = Field(max_length=200)
    # {"min_attendance_percent": 80, "project_required": true, "min_volunteer_hours": 20}
    rule: dict = json_field(default=None, nullable=False)
    active: bool = True
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Module(SQLModel, table=True):
    __tablename__ = "training_modules"
    __table_args__ = (UniqueConstraint("programme_id", "position"),)

    id: uuid.UUID = Field(primary_key=True)
    programme_id: uuid.UUID = Field(foreign_key="training_programmes.id")
    position: int
    title: str = Field(max_length=200)
    title_bn: str = Field(max_length=200)
    sessions: int = 1  # how many sessions the module takes


class MemberCopy(SQLModel, table=True):
    """What training knows of a member, from `members.member` events (never asked on a request)."""

    __tablename__ = "training_member_copies"

    member_id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID
    name_en: str = Field(max_length=120)
    name_bn: str = Field(max_length=120)
    gender: str = Field(max_length=12)
    date_of_birth: date
    division: str = Field(max_length=60)
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    status: str = Field(max_length=12)
    aggregate_version: int
    updated_at: datetime = Field(sa_column=utc_column())


class Participant(SQLModel, table=True):
    """Someone trained: a member (her details kept from members' events) or a young person who is
    not one (details given at registration, a guardian for the under-18s)."""

    __tablename__ = "training_participants"
    __table_args__ = (
        Index("uq_training_participants_member", "member_id", unique=True, postgresql_where=text("member_id IS NOT NULL"),
              sqlite_where=text("member_id IS NOT NULL")),
        Index("ix_training_participants_district", "district", "gender"),
    )

    id: uuid.UUID = Field(primary_key=True)
    member_id: uuid.UUID | None = None
    branch_id: uuid.UUID | None = None
    name: str = Field(max_length=120)
    name_bn: str | None = Field(default=None, max_length=120)
    gender: str = Field(max_length=12)  # female | male | other
    date_of_birth: date
    division: str = Field(max_length=60)
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    mobile: str | None = Field(default=None, max_length=20)
    guardian_name: str | None = Field(default=None, max_length=120)
    guardian_mobile: str | None = Field(default=None, max_length=20)
    consent_by: str = Field(max_length=12)  # self | guardian
    consent_on: date
    partner: str | None = Field(default=None, max_length=120)  # the partner organisation that brought them
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    version: int = 1


class Facilitator(SQLModel, table=True):
    """A participant who trains others: a facilitator (trained by a master facilitator's cohort) or
    a master facilitator. `trained_in` is the cohort that trained them: the cascade's link."""

    __tablename__ = "training_facilitators"

    id: uuid.UUID = Field(primary_key=True)
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id", unique=True)
    level: str = Field(max_length=12)  # facilitator | master
    partner: str | None = Field(default=None, max_length=120)
    trained_in: uuid.UUID | None = None  # a cohort id
    subject: str | None = Field(default=None, max_length=64)  # their gateway user, if they sign in (trainer role)
    status: str = Field(default="active", max_length=12)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class Cohort(SQLModel, table=True):
    """A batch: one programme, at a place, with a partner and a facilitator, its sessions on a calendar."""

    __tablename__ = "training_cohorts"
    __table_args__ = (Index("ix_training_cohorts_facilitator", "facilitator_id"),)

    id: uuid.UUID = Field(primary_key=True)
    programme_id: uuid.UUID = Field(foreign_key="training_programmes.id")
    facilitator_id: uuid.UUID = Field(foreign_key="training_facilitators.id")
    name: str = Field(max_length=200)
    partner: str | None = Field(default=None, max_length=120)
    division: str = Field(max_length=60)
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    place: str = Field(max_length=200)
    branch_id: uuid.UUID | None = None  # a branch's cohort (its staff see it)
    capacity: int
    starts_on: date
    status: str = Field(max_length=12)  # planned | running | completed | cancelled
    completed_on: date | None = None
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    version: int = 1


class CohortSession(SQLModel, table=True):
    __tablename__ = "training_sessions"
    __table_args__ = (Index("ix_training_sessions_cohort", "cohort_id", "scheduled_on"),)

    id: uuid.UUID = Field(primary_key=True)
    cohort_id: uuid.UUID = Field(foreign_key="training_cohorts.id")
    module_id: uuid.UUID = Field(foreign_key="training_modules.id")
    number: int
    scheduled_on: date
    status: str = Field(max_length=12)  # scheduled | held | cancelled
    makeup_of: uuid.UUID | None = None  # the cancelled session this one makes up
    cancel_reason: str | None = Field(default=None, max_length=500)


class Enrolment(SQLModel, table=True):
    __tablename__ = "training_enrolments"
    __table_args__ = (UniqueConstraint("cohort_id", "participant_id"), Index("ix_training_enrolments_participant", "participant_id"))

    id: uuid.UUID = Field(primary_key=True)
    cohort_id: uuid.UUID = Field(foreign_key="training_cohorts.id")
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id")
    status: str = Field(max_length=12)  # enrolled | waitlisted | dropped | transferred | completed
    waitlist_position: int | None = None
    reason: str | None = Field(default=None, max_length=500)
    enrolled_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Attendance(SQLModel, table=True):
    """One participant at one session; the record taken last on the facilitator's phone stands."""

    __tablename__ = "training_attendance"

    session_id: uuid.UUID = Field(foreign_key="training_sessions.id", primary_key=True)
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id", primary_key=True)
    status: str = Field(max_length=10)  # present | late | excused | absent
    client_id: str = Field(max_length=64)  # the phone's id for the record: a resend changes nothing
    taken_at: datetime = Field(sa_column=utc_column())
    recorded_by: str = Field(max_length=64)
    recorded_at: datetime = Field(sa_column=utc_column())


class Assessment(SQLModel, table=True):
    """A participant's score (0-100) in her cohort's final assessment; recorded again, the last stands."""

    __tablename__ = "training_assessments"

    cohort_id: uuid.UUID = Field(foreign_key="training_cohorts.id", primary_key=True)
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id", primary_key=True)
    score: int
    assessed_by: str = Field(max_length=64)
    assessed_at: datetime = Field(sa_column=utc_column())


class Project(SQLModel, table=True):
    """A social action project: proposed by a team from a cohort, reviewed and approved by a panel,
    sometimes given a micro-grant, carried out with evidence, verified and completed."""

    __tablename__ = "training_projects"
    __table_args__ = (Index("ix_training_projects_cohort", "cohort_id"), Index("ix_training_projects_district", "district", "status"))

    id: uuid.UUID = Field(primary_key=True)
    cohort_id: uuid.UUID = Field(foreign_key="training_cohorts.id")
    title: str = Field(max_length=200)
    problem: str = Field(max_length=2000)
    community: str = Field(max_length=200)
    stakeholders: str = Field(max_length=1000)
    plan: str = Field(max_length=4000)
    division: str = Field(max_length=60)
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    budget: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    grant: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # poisha awarded
    grant_paid_on: date | None = None  # paid once (service/projects.pay_grant)
    grant_channel: str | None = Field(default=None, max_length=20)  # cash | mobile_wallet | savings
    grant_reference: str | None = Field(default=None, max_length=100)  # wallet transaction, or the savings account
    grant_payee_id: uuid.UUID | None = None  # the team member paid
    status: str = Field(max_length=12)  # proposed | approved | rejected | completed
    beneficiaries_female: int = 0
    beneficiaries_male: int = 0
    beneficiaries_other: int = 0
    evidence: list = json_field(default=None, nullable=True)  # photo and document references
    verified_by: str | None = Field(default=None, max_length=64)
    completed_on: date | None = None
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    version: int = 1


class ProjectUpdate(SQLModel, table=True):
    """A progress report while a project runs: what was done, with photo and document references."""

    __tablename__ = "training_project_updates"
    __table_args__ = (Index("ix_training_project_updates_project", "project_id", "on"),)

    id: uuid.UUID = Field(primary_key=True)
    project_id: uuid.UUID = Field(foreign_key="training_projects.id")
    on: date
    note: str = Field(max_length=2000)
    evidence: list = json_field(default=None, nullable=True)
    reported_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=utc_column())


class ProjectMember(SQLModel, table=True):
    __tablename__ = "training_project_members"

    project_id: uuid.UUID = Field(foreign_key="training_projects.id", primary_key=True)
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id", primary_key=True)


class ProjectReview(SQLModel, table=True):
    """One panel member's scores (1-5 on each criterion) and decision."""

    __tablename__ = "training_project_reviews"
    __table_args__ = (UniqueConstraint("project_id", "reviewer"),)

    id: uuid.UUID = Field(primary_key=True)
    project_id: uuid.UUID = Field(foreign_key="training_projects.id")
    reviewer: str = Field(max_length=64)
    scores: dict = json_field(default=None, nullable=False)
    total: int
    recommend: bool
    comment: str | None = Field(default=None, max_length=2000)
    created_at: datetime = Field(sa_column=utc_column())


class VolunteerHours(SQLModel, table=True):
    """Hours a volunteer gave a project, logged by them and countersigned by the facilitator."""

    __tablename__ = "training_volunteer_hours"
    __table_args__ = (UniqueConstraint("participant_id", "client_id"), Index("ix_training_hours_project", "project_id"))

    id: uuid.UUID = Field(primary_key=True)
    project_id: uuid.UUID = Field(foreign_key="training_projects.id")
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id")
    on: date
    minutes: int
    activity: str = Field(max_length=500)
    client_id: str = Field(max_length=64)
    countersigned_by: str | None = Field(default=None, max_length=64)
    countersigned_at: datetime | None = Field(default=None, sa_column=utc_column(nullable=True))
    created_at: datetime = Field(sa_column=utc_column())


class Credential(SQLModel, table=True):
    """A programme's credential, issued when its rule is met; anyone checks it by its code."""

    __tablename__ = "training_credentials"
    __table_args__ = (
        Index("uq_training_credentials_live", "participant_id", "programme_id", unique=True,
              postgresql_where=text("status = 'issued'"), sqlite_where=text("status = 'issued'")),
    )

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=20, unique=True)
    participant_id: uuid.UUID = Field(foreign_key="training_participants.id")
    programme_id: uuid.UUID = Field(foreign_key="training_programmes.id")
    cohort_id: uuid.UUID | None = None
    issued_on: date
    status: str = Field(max_length=10)  # issued | revoked
    revoked_reason: str | None = Field(default=None, max_length=500)
    revoked_by: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(sa_column=utc_column())
    version: int = 1
