"""Request and response bodies. Money is a decimal taka string; hours are decimal strings."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from palli_common.money import MoneyOut, NonNegativeMoneyIn

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
ClientId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Gender = Literal["female", "male", "other"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored


class ModuleOut(BaseModel):
    id: uuid.UUID
    position: int
    title: str
    title_bn: str
    sessions: int


class ProgrammeOut(BaseModel):
    id: uuid.UUID
    code: str
    kind: str
    name: str
    name_bn: str
    rule: dict
    active: bool
    modules: list[ModuleOut]


class AddressIn(Strict):
    division: Name
    district: Name
    upazila: Name


class ParticipantCreate(Strict):
    """A member (`member_id`: her details come from members' events) or a young person who is not one."""

    member_id: uuid.UUID | None = None
    name: Name | None = None
    name_bn: Name | None = None
    gender: Gender | None = None
    date_of_birth: date | None = None
    address: AddressIn | None = None
    mobile: Annotated[str, StringConstraints(max_length=20)] | None = None
    guardian_name: Name | None = Field(default=None, description="required under 18")
    guardian_mobile: Annotated[str, StringConstraints(max_length=20)] | None = Field(default=None, description="required under 18")
    consent: bool = Field(description="the participant (or, under 18, the guardian) agreed to take part and to be recorded")
    partner: Name | None = None


class ParticipantOut(BaseModel):
    id: uuid.UUID
    member_id: uuid.UUID | None
    branch_id: uuid.UUID | None
    name: str
    name_bn: str | None
    gender: str
    date_of_birth: date
    division: str
    district: str
    upazila: str
    mobile: str | None
    guardian_name: str | None
    guardian_mobile: str | None
    consent_by: str
    consent_on: date
    partner: str | None


class FacilitatorCreate(Strict):
    participant_id: uuid.UUID
    level: Literal["facilitator", "master"]
    trained_in: uuid.UUID | None = Field(default=None, description="the completed facilitators' cohort that trained them (required for a facilitator)")
    partner: Name | None = None
    subject: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)] | None = Field(
        default=None, description="their gateway user id, if they sign in as a trainer")


class FacilitatorOut(BaseModel):
    id: uuid.UUID
    participant_id: uuid.UUID
    level: str
    partner: str | None
    trained_in: uuid.UUID | None
    subject: str | None
    status: str


class CohortCreate(Strict):
    programme_id: uuid.UUID
    facilitator_id: uuid.UUID
    name: Short
    partner: Name | None = None
    address: AddressIn
    place: Short
    branch_id: uuid.UUID | None = Field(default=None, description="a branch's cohort: its staff manage it")
    capacity: Annotated[int, Field(ge=1, le=500)] = 25
    starts_on: date
    every_days: Annotated[int, Field(ge=1, le=31)] = Field(default=7, description="days between sessions (1: a residential course)")


class SessionOut(BaseModel):
    id: uuid.UUID
    cohort_id: uuid.UUID
    module_id: uuid.UUID
    number: int
    scheduled_on: date
    status: str
    makeup_of: uuid.UUID | None
    cancel_reason: str | None


class CohortOut(BaseModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    facilitator_id: uuid.UUID
    name: str
    partner: str | None
    division: str
    district: str
    upazila: str
    place: str
    branch_id: uuid.UUID | None
    capacity: int
    starts_on: date
    status: str
    completed_on: date | None
    version: int


class CohortDetail(CohortOut):
    sessions: list[SessionOut]
    enrolled: int
    waitlisted: int


class EnrolmentIn(Strict):
    participant_id: uuid.UUID


class EnrolmentOut(BaseModel):
    id: uuid.UUID
    cohort_id: uuid.UUID
    participant_id: uuid.UUID
    status: str
    waitlist_position: int | None
    reason: str | None


class ReasonIn(Strict):
    reason: Reason


class TransferIn(Strict):
    to_cohort_id: uuid.UUID
    reason: Reason


class CancelIn(Strict):
    reason: Reason
    makeup_on: date | None = Field(default=None, description="the make-up session's day (none: no make-up)")


class AttendanceRecord(Strict):
    participant_id: uuid.UUID
    status: Literal["present", "late", "excused", "absent"]
    client_id: ClientId = Field(description="the phone's own id for this record: sending it again changes nothing")
    taken_at: datetime = Field(description="when the facilitator took it (the phone's clock, with its offset); the latest stands")


class AttendanceIn(Strict):
    records: list[AttendanceRecord] = Field(min_length=1, max_length=500)


class Score(Strict):
    participant_id: uuid.UUID
    score: Annotated[int, Field(ge=0, le=100)]


class AssessmentIn(Strict):
    scores: list[Score] = Field(min_length=1, max_length=500)


class AttendanceResult(BaseModel):
    session_id: uuid.UUID
    recorded: int  # new or newer than what was held
    unchanged: int  # the same record again
    superseded: int  # older than the record held (taken earlier on another phone)


class AttendanceOut(BaseModel):
    participant_id: uuid.UUID
    status: str
    client_id: str
    taken_at: datetime
    recorded_by: str


class ProjectCreate(Strict):
    cohort_id: uuid.UUID
    title: Short
    problem: Text
    community: Short
    stakeholders: Text
    plan: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    budget: NonNegativeMoneyIn = Field(default="0.00", validate_default=True)
    address: AddressIn | None = Field(default=None, description="where it happens (default: the cohort's place)")
    team: list[uuid.UUID] = Field(min_length=1, max_length=50, description="participants of the cohort who run it")


class ReviewIn(Strict):
    scores: dict[Literal["need", "feasibility", "inclusion", "sustainability"], Annotated[int, Field(ge=1, le=5)]] = Field(
        description="1-5 on each of need, feasibility, inclusion, sustainability")
    recommend: bool
    comment: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None


class DecisionIn(Strict):
    approve: bool
    grant: NonNegativeMoneyIn = Field(default="0.00", validate_default=True, description="a micro-grant, if any (approval only)")
    reason: Reason | None = None


class GrantPaymentIn(Strict):
    payee_participant_id: uuid.UUID = Field(description="the team member who receives it for the team")
    channel: Literal["cash", "mobile_wallet", "savings"]
    reference: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None = Field(
        default=None, description="the wallet transaction id (mobile_wallet)")
    savings_account_id: uuid.UUID | None = Field(default=None, description="her voluntary savings account (savings): savings credits it")


class ProgressIn(Strict):
    on: date
    note: Text
    evidence: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]] = Field(
        default_factory=list, max_length=50, description="photo and document references")


class ProgressOut(BaseModel):
    id: uuid.UUID
    on: date
    note: str
    evidence: list | None
    reported_by: str


class HoursIn(Strict):
    participant_id: uuid.UUID
    on: date
    hours: Annotated[str, StringConstraints(pattern=r"^\d{1,2}(\.\d{1,2})?$")] = Field(description="decimal hours, e.g. \"2.5\" (at most 24)")
    activity: Reason
    client_id: ClientId


class HoursOut(BaseModel):
    id: uuid.UUID
    project_id: uuid.UUID
    participant_id: uuid.UUID
    on: date
    hours: str
    activity: str
    countersigned_by: str | None


class CompletionIn(Strict):
    beneficiaries_female: Annotated[int, Field(ge=0, le=1_000_000)]
    beneficiaries_male: Annotated[int, Field(ge=0, le=1_000_000)]
    beneficiaries_other: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    evidence: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]] = Field(
        min_length=1, max_length=50, description="photo and document references (URLs or file ids)")


class ReviewOut(BaseModel):
    reviewer: str
    scores: dict
    total: int
    recommend: bool
    comment: str | None


class ProjectOut(BaseModel):
    id: uuid.UUID
    cohort_id: uuid.UUID
    title: str
    problem: str
    community: str
    stakeholders: str
    plan: str
    division: str
    district: str
    upazila: str
    budget: MoneyOut
    grant: MoneyOut
    status: str
    beneficiaries_female: int
    beneficiaries_male: int
    beneficiaries_other: int
    evidence: list | None
    verified_by: str | None
    completed_on: date | None
    grant_paid_on: date | None
    grant_channel: str | None
    grant_reference: str | None
    grant_payee_id: uuid.UUID | None
    team: list[uuid.UUID]
    reviews: list[ReviewOut]
    version: int


class CredentialOut(BaseModel):
    id: uuid.UUID
    code: str
    participant_id: uuid.UUID
    programme_id: uuid.UUID
    programme_code: str
    cohort_id: uuid.UUID | None
    issued_on: date
    status: str
    revoked_reason: str | None
    verify_url: str


class VerificationOut(BaseModel):
    """What anyone may see of a credential: enough to trust it, not enough to find her."""

    code: str
    valid: bool
    status: str
    holder: str  # her first name and the initial of the rest
    programme: str
    programme_bn: str
    issued_on: date
    revoked_reason: str | None


class EvaluationOut(BaseModel):
    participant_id: uuid.UUID
    credential: CredentialOut | None
    missing: list[str]


class ImpactRowOut(BaseModel):
    key: str
    participants: int
    completions: int
    credentials: int
    projects_completed: int
    beneficiaries_female: int
    beneficiaries_male: int
    beneficiaries_other: int
    volunteer_hours: str
    volunteer_value: MoneyOut


class ImpactOut(BaseModel):
    by: str
    date_from: date = Field(serialization_alias="from")
    date_to: date = Field(serialization_alias="to")
    volunteer_hour_value: MoneyOut
    rows: list[ImpactRowOut]
    totals: ImpactRowOut


class FacilitatorYieldOut(BaseModel):
    facilitator_id: uuid.UUID
    participant_id: uuid.UUID
    name: str
    level: str
    partner: str | None
    district: str
    trained_in: uuid.UUID | None
    cohorts: int
    participants: int
    credentials: int
    projects_completed: int


class CascadeGroupOut(BaseModel):
    partner: str
    district: str
    facilitators: int
    cohorts: int
    participants: int
    projects_completed: int
    planned_cohorts: str
    planned_participants: str
    cohort_yield: str
    participant_yield: str


class CascadeOut(BaseModel):
    facilitators: list[FacilitatorYieldOut]
    never_cascaded: list[FacilitatorYieldOut]
    by_partner_district: list[CascadeGroupOut]
