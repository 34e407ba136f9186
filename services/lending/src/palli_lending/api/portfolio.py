"""Portfolio at risk, the arrears list for field officers, and running close of business."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from palli_common.errors import Forbidden
from palli_common.identity import CurrentIdentity
from palli_common.money import MoneyOut
from palli_common.pagination import Page, PageQuery, make_page
from palli_lending.api.deps import DB
from palli_lending.service import close_of_business, portfolio
from palli_lending.service.portfolio import GroupBy

router = APIRouter(prefix="/v1/portfolio", tags=["portfolio"])


class ParBandOut(BaseModel):
    days: int = Field(description="loans this many days or more past due")
    loans: int
    outstanding_principal: MoneyOut = Field(description="their outstanding principal")
    ratio: str = Field(description="of the group's outstanding principal, 4 decimal places", examples=["0.0525"])


class ClassificationOut(BaseModel):
    classification: str
    min_days_past_due: int | None
    loans: int
    outstanding_principal: MoneyOut
    provision_percent: str = Field(examples=["5.00"])
    provision_required: MoneyOut = Field(description="outstanding principal x provision percent, HALF_EVEN to the poisha")


class ParGroupOut(BaseModel):
    key: str | None = Field(description="branch, field officer or product id; 'portfolio'; 'total'; null: no field officer")
    product_code: str | None = None
    loans: int = Field(description="active loans")
    outstanding_principal: MoneyOut
    par1: ParBandOut
    par30: ParBandOut
    par90: ParBandOut
    classification: list[ClassificationOut]
    provision_required: MoneyOut


class ParReportOut(BaseModel):
    as_of: date | None = Field(description="the last closed business day: where arrears stand")
    group_by: GroupBy
    groups: list[ParGroupOut]
    total: ParGroupOut


class ArrearsOut(BaseModel):
    loan_id: uuid.UUID
    member_id: uuid.UUID
    member_name: str | None
    member_name_bn: str | None
    mobile: str | None
    group_id: uuid.UUID
    branch_id: uuid.UUID
    field_officer_id: uuid.UUID | None
    product_id: uuid.UUID
    principal: MoneyOut
    outstanding_principal: MoneyOut
    outstanding_interest: MoneyOut
    overdue_principal: MoneyOut
    overdue_interest: MoneyOut
    overdue_total: MoneyOut
    days_past_due: int
    arrears_since: date | None
    next_due_on: date | None
    classification: str


class CloseBusinessDay(BaseModel):
    model_config = ConfigDict(extra="forbid")
    day: date = Field(description="the business date to close (today or earlier)", examples=["2025-06-30"])


class CloseBusinessDayOut(BaseModel):
    day: date
    loans: int = Field(description="active loans processed")
    updated: int = Field(description="loans whose arrears figures changed")
    newly_overdue: int
    classification_changes: int
    events: int
    seconds: float


def _group_out(group: portfolio.ParGroup) -> ParGroupOut:
    bands = {
        f"par{d}": ParBandOut(days=d, loans=b.loans, outstanding_principal=b.outstanding_principal,
                              ratio=str(b.ratio_of(group.outstanding_principal)))
        for d, b in group.bands.items()
    }
    lines = sorted(group.classification.values(), key=lambda c: (c.min_days_past_due is None, c.min_days_past_due or 0, c.classification))
    return ParGroupOut(
        key=group.key, product_code=group.label, loans=group.loans, outstanding_principal=group.outstanding_principal, **bands,
        classification=[
            ClassificationOut(classification=c.classification, min_days_past_due=c.min_days_past_due, loans=c.loans,
                              outstanding_principal=c.outstanding_principal, provision_percent=f"{c.provision_percent:.2f}",
                              provision_required=c.provision_required)
            for c in lines
        ],
        provision_required=group.provision_required,
    )


def _arrears_out(row: portfolio.ArrearsRow) -> ArrearsOut:
    loan, member = row.loan, row.member
    return ArrearsOut(
        loan_id=loan.id, member_id=loan.member_id, member_name=member.name_en if member else None,
        member_name_bn=member.name_bn if member else None, mobile=member.mobile if member else None, group_id=loan.group_id,
        branch_id=loan.branch_id, field_officer_id=loan.field_officer_id, product_id=loan.product_id, principal=loan.principal,
        outstanding_principal=loan.outstanding_principal, outstanding_interest=loan.outstanding_interest,
        overdue_principal=loan.overdue_principal, overdue_interest=loan.overdue_interest,
        overdue_total=loan.overdue_principal + loan.overdue_interest, days_past_due=loan.days_past_due,
        arrears_since=loan.arrears_since, next_due_on=loan.next_due_on, classification=loan.classification,
    )


@router.get("/par", response_model=ParReportOut, summary="Portfolio at risk (PAR1/30/90) and provisioning, by group")
async def par(
    db: DB, who: CurrentIdentity, group_by: GroupBy = GroupBy.BRANCH,
    branch_id: Annotated[uuid.UUID | None, Query(description="one branch (403 outside your branches)")] = None,
):
    report = await portfolio.portfolio_at_risk(db, who=who, group_by=group_by, branch_id=branch_id)
    return ParReportOut(as_of=report.as_of, group_by=report.group_by, groups=[_group_out(g) for g in report.groups],
                        total=_group_out(report.total))


@router.get("/arrears", response_model=Page[ArrearsOut], summary="Overdue loans, longest overdue first (for field officers)")
async def arrears(
    db: DB, who: CurrentIdentity, page: PageQuery, branch_id: uuid.UUID | None = None, group_id: uuid.UUID | None = None,
    field_officer_id: uuid.UUID | None = None,
    min_days: Annotated[int, Query(ge=1, le=100_000, description="at least this many days past due")] = 1,
):
    rows = await portfolio.arrears(db, page, who=who, branch_id=branch_id, group_id=group_id, field_officer_id=field_officer_id,
                                   min_days=min_days)
    return make_page(rows, page, portfolio.arrears_key, _arrears_out)


@router.post("/close-of-business", response_model=CloseBusinessDayOut,
             summary="Close a business day: arrears, days past due, classification (idempotent per day)")
async def close_business_day(body: CloseBusinessDay, db: DB, who: CurrentIdentity):
    if not who.all_branches:
        raise Forbidden("close of business covers every branch; your scope is limited to some branches")
    result = await close_of_business.close_business_day(db, body.day, actor=who.subject)
    return CloseBusinessDayOut(**{k: getattr(result, k) for k in CloseBusinessDayOut.model_fields})
