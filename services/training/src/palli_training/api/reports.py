"""/v1/training/reports: impact (JSON or CSV) by division, district, upazila, gender, age band or
partner over a period, and the facilitator cascade against plan."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from palli_common.csv_stream import csv_response, wants_csv
from palli_common.errors import ValidationFailed
from palli_common.identity import CurrentIdentity
from palli_common.money import format_poisha, round_to_poisha, to_poisha
from palli_training.api.deps import DB, Settings
from palli_training.api.schemas import CascadeGroupOut, CascadeOut, FacilitatorYieldOut, ImpactOut, ImpactRowOut
from palli_training.service import reports
from palli_training.service.common import business_today

router = APIRouter(prefix="/v1/training/reports", tags=["training reports"])
By = Literal["division", "district", "upazila", "gender", "age_band", "partner"]
COLUMNS = ["participants", "completions", "credentials", "projects_completed", "beneficiaries_female", "beneficiaries_male", "beneficiaries_other",
           "volunteer_hours", "volunteer_value"]


def _row(r: reports.Row, value: Decimal) -> ImpactRowOut:
    hours = Decimal(r.volunteer_minutes) / 60
    return ImpactRowOut(key=r.key, participants=r.participants, completions=r.completions, credentials=r.credentials, projects_completed=r.projects_completed,
                        beneficiaries_female=r.beneficiaries_female, beneficiaries_male=r.beneficiaries_male,
                        beneficiaries_other=r.beneficiaries_other, volunteer_hours=f"{hours:.2f}", volunteer_value=round_to_poisha(hours * value))


@router.get("/impact", response_model=ImpactOut, responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
            summary="Participants, credentials, projects, beneficiaries and volunteer hours (and their value) by one dimension")
async def impact(request: Request, db: DB, who: CurrentIdentity, settings: Settings,  # noqa: ARG001
                 by: Annotated[By, Query(description="division, district, upazila, gender, age_band or partner")] = "district",
                 date_from: Annotated[date | None, Query(alias="from", description="default: 365 days before `to`")] = None,
                 date_to: Annotated[date | None, Query(alias="to", description="default: today (Dhaka)")] = None,
                 format: Annotated[Literal["json", "csv"] | None, Query()] = None):  # noqa: A002
    date_to = date_to or business_today()
    date_from = date_from or date_to - timedelta(days=365)
    if date_from > date_to:
        raise ValidationFailed(f"from ({date_from}) must be on or before to ({date_to})", field="from")
    value = Decimal(settings.volunteer_hour_value)
    result = await reports.impact(db, by=by, date_from=date_from, date_to=date_to, hour_value=value)
    rows = [_row(r, value) for r in result.rows]
    total = reports.Row("total")
    for r in result.rows:
        for name in ("participants", "completions", "credentials", "projects_completed", "beneficiaries_female", "beneficiaries_male",
                     "beneficiaries_other", "volunteer_minutes"):
            setattr(total, name, getattr(total, name) + getattr(r, name))
    if wants_csv(request, format):
        lines = [[by, *COLUMNS]] + [[r.key, r.participants, r.completions, r.credentials, r.projects_completed, r.beneficiaries_female, r.beneficiaries_male,
                                     r.beneficiaries_other, r.volunteer_hours, format_poisha(r.volunteer_value)] for r in [*rows, _row(total, value)]]
        return csv_response(f"training-impact-by-{by}-{date_from}-{date_to}", lines)
    return ImpactOut(by=by, date_from=date_from, date_to=date_to, volunteer_hour_value=to_poisha(value), rows=rows, totals=_row(total, value))


@router.get("/cascade", response_model=CascadeOut,
            summary="Who trained whom: each facilitator's cohorts, participants, credentials and projects; yield against plan; who never cascaded")
async def cascade(db: DB, who: CurrentIdentity,  # noqa: ARG001
                  plan_cohorts_per_facilitator: Annotated[Decimal, Query(gt=0, le=1000, description="default: 150 trainings by 33 facilitators")] = Decimal("4.545"),
                  plan_participants_per_cohort: Annotated[Decimal, Query(gt=0, le=10000, description="default: 6,000 youth in 150 trainings")] = Decimal("40")):
    result = await reports.cascade(db, plan_cohorts=plan_cohorts_per_facilitator, plan_participants=plan_participants_per_cohort)
    return CascadeOut(facilitators=[FacilitatorYieldOut.model_validate(y.__dict__) for y in result.facilitators],
                      never_cascaded=[FacilitatorYieldOut.model_validate(y.__dict__) for y in result.never_cascaded],
                      by_partner_district=[CascadeGroupOut.model_validate(g) for g in result.by_partner_district])
