"""Impact and cascade reports, from grouped sums in SQL (one statement per measure, each answered
from an index at a million participants), merged by the dimension's value.

Where a figure is counted:
- participants, credentials and volunteer hours by the person: where she lives, her gender, her age
  band on the period's last day, the partner who brought her;
- projects and their beneficiaries by the project: where it happened, the cohort's partner (they
  have no gender or age: by those, projects count under "all").
The period bounds when a participant registered, a credential was issued, a project completed and
hours were given.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal, select

from palli_common.db import Database
from palli_training.adapters.tables import Cohort, Credential, Enrolment, Facilitator, Participant, Project, VolunteerHours

DIMENSIONS = ("division", "district", "upazila", "gender", "age_band", "partner")
PERSON_ONLY = ("gender", "age_band")


def _age_band(born, on: date):  # noqa: ANN001, ANN202
    """Under 18, 18-24, 25-35, 36 and over on `on` (by birth date thresholds, portable SQL)."""
    def years_ago(n: int) -> date:
        try:
            return on.replace(year=on.year - n)
        except ValueError:  # 29 February
            return on.replace(year=on.year - n, day=28)
    return case((born > years_ago(18), literal("under 18")), (born > years_ago(25), literal("18-24")),
                (born > years_ago(36), literal("25-35")), else_=literal("36 and over"))


def _person_key(by: str, on: date):  # noqa: ANN202
    if by == "age_band":
        return _age_band(Participant.date_of_birth, on)
    return func.coalesce(getattr(Participant, by), literal("(none)"))


@dataclass
class Row:
    key: str
    participants: int = 0
    completions: int = 0  # enrolments completed (the course's rule met) in the period
    credentials: int = 0
    projects_completed: int = 0
    beneficiaries_female: int = 0
    beneficiaries_male: int = 0
    beneficiaries_other: int = 0
    volunteer_minutes: int = 0


@dataclass
class Impact:
    by: str
    date_from: date
    date_to: date
    hour_value: Decimal
    rows: list[Row] = field(default_factory=list)


def _bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    return datetime.combine(date_from, time.min, UTC) - timedelta(hours=6), datetime.combine(date_to, time.max, UTC) - timedelta(hours=6)


async def impact(db: Database, *, by: str, date_from: date, date_to: date, hour_value: Decimal) -> Impact:
    rows: dict[str, Row] = defaultdict(lambda: Row(""))
    start, end = _bounds(date_from, date_to)  # registration times are UTC; the period is Dhaka's days
    person = _person_key(by, date_to)
    async with db.sessions() as s:
        counted = select(person.label("k"), func.count()).where(Participant.created_at.between(start, end)).group_by(person)
        for k, n in (await s.execute(counted)).all():
            rows[k].participants = int(n)
        issued = (select(person.label("k"), func.count()).select_from(Credential).join(Participant, Participant.id == Credential.participant_id)
                  .where(Credential.status == "issued", Credential.issued_on.between(date_from, date_to)).group_by(person))
        for k, n in (await s.execute(issued)).all():
            rows[k].credentials = int(n)
        completed = (select(person.label("k"), func.count()).select_from(Enrolment).join(Participant, Participant.id == Enrolment.participant_id)
                     .where(Enrolment.status == "completed", Enrolment.updated_at.between(start, end)).group_by(person))
        for k, n in (await s.execute(completed)).all():
            rows[k].completions = int(n)
        given = (select(person.label("k"), func.sum(VolunteerHours.minutes)).select_from(VolunteerHours)
                 .join(Participant, Participant.id == VolunteerHours.participant_id)
                 .where(VolunteerHours.countersigned_by.is_not(None), VolunteerHours.on.between(date_from, date_to)).group_by(person))
        for k, n in (await s.execute(given)).all():
            rows[k].volunteer_minutes = int(n or 0)
        place = (literal("all") if by in PERSON_ONLY else func.coalesce(Cohort.partner, literal("(none)")) if by == "partner"
                 else getattr(Project, by))
        done = (select(place.label("k"), func.count(), func.sum(Project.beneficiaries_female), func.sum(Project.beneficiaries_male),
                       func.sum(Project.beneficiaries_other))
                .select_from(Project).join(Cohort, Cohort.id == Project.cohort_id)
                .where(Project.status == "completed", Project.completed_on.between(date_from, date_to)).group_by(place))
        for k, n, f, m, o in (await s.execute(done)).all():
            row = rows[k]
            row.projects_completed, row.beneficiaries_female, row.beneficiaries_male, row.beneficiaries_other = (
                int(n), int(f or 0), int(m or 0), int(o or 0))
    for k, row in rows.items():
        row.key = k
    return Impact(by, date_from, date_to, hour_value, sorted(rows.values(), key=lambda r: r.key))


@dataclass
class FacilitatorYield:
    facilitator_id: str
    participant_id: str
    name: str
    level: str
    partner: str | None
    district: str
    trained_in: str | None
    cohorts: int
    participants: int
    credentials: int
    projects_completed: int


@dataclass
class Cascade:
    facilitators: list[FacilitatorYield]
    never_cascaded: list[FacilitatorYield]
    by_partner_district: list[dict]


async def cascade(db: Database, *, plan_cohorts: Decimal, plan_participants: Decimal) -> Cascade:
    """Who trained whom: each facilitator's cohorts, the people those trained, their credentials and
    projects, against the plan (cohorts per facilitator, participants per cohort) per partner and
    district; facilitators who have run no cohort are listed apart."""
    async with db.sessions() as s:
        cohorts = dict((await s.execute(select(Cohort.facilitator_id, func.count()).where(Cohort.status != "cancelled")
                                        .group_by(Cohort.facilitator_id))).all())
        people = dict((await s.execute(select(Cohort.facilitator_id, func.count()).join(Enrolment, Enrolment.cohort_id == Cohort.id)
                                       .where(Enrolment.status.in_(("enrolled", "completed"))).group_by(Cohort.facilitator_id))).all())
        earned = dict((await s.execute(select(Cohort.facilitator_id, func.count()).join(Credential, Credential.cohort_id == Cohort.id)
                                       .where(Credential.status == "issued").group_by(Cohort.facilitator_id))).all())
        projects = dict((await s.execute(select(Cohort.facilitator_id, func.count()).join(Project, Project.cohort_id == Cohort.id)
                                         .where(Project.status == "completed").group_by(Cohort.facilitator_id))).all())
        rows = (await s.execute(select(Facilitator, Participant).join(Participant, Participant.id == Facilitator.participant_id)
                                .order_by(Facilitator.id))).all()
    out = [FacilitatorYield(str(f.id), str(p.id), p.name, f.level, f.partner, p.district, str(f.trained_in) if f.trained_in else None,
                            int(cohorts.get(f.id, 0)), int(people.get(f.id, 0)), int(earned.get(f.id, 0)), int(projects.get(f.id, 0)))
           for f, p in rows]
    groups: dict[tuple, dict] = {}
    for y in out:
        g = groups.setdefault((y.partner or "(none)", y.district), {"partner": y.partner or "(none)", "district": y.district, "facilitators": 0,
                                                                    "cohorts": 0, "participants": 0, "projects_completed": 0})
        g["facilitators"] += 1
        g["cohorts"] += y.cohorts
        g["participants"] += y.participants
        g["projects_completed"] += y.projects_completed
    for g in groups.values():
        planned_cohorts = plan_cohorts * g["facilitators"]
        g["planned_cohorts"] = f"{planned_cohorts:.1f}"
        g["planned_participants"] = f"{planned_cohorts * plan_participants:.0f}"
        g["cohort_yield"] = f"{Decimal(g['cohorts']) / planned_cohorts:.2f}" if planned_cohorts else "0.00"
        g["participant_yield"] = (f"{Decimal(g['participants']) / (planned_cohorts * plan_participants):.2f}"
                                  if planned_cohorts and plan_participants else "0.00")
    return Cascade(out, [y for y in out if y.cohorts == 0 and y.level == "facilitator"],
                   sorted(groups.values(), key=lambda g: (g["partner"], g["district"])))

