"""Portfolio at risk and the arrears list, read from the loans' running summary (as the last close
of business left it): one grouped query, never a walk over installments or transactions.

PAR n = outstanding principal of active loans `n` or more days past due / all active outstanding
principal, as a 4-place decimal ratio (HALF_EVEN). Provision = outstanding principal x the loan's
classification bucket's provision percent, HALF_EVEN to the poisha, per group and classification.
Callers limited to some branches see only those (filtered in SQL); a branch filter outside them is 403.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_common.pagination import PageParams
from palli_lending.adapters.tables import ClassificationBucket, GroupCopy, Loan, LoanProduct, MemberCopy
from palli_lending.service.close_of_business import last_closed_day

PAR_DAYS = (1, 30, 90)
_RATIO = Decimal("0.0001")


class GroupBy(StrEnum):
    BRANCH = "branch"
    FIELD_OFFICER = "field_officer"
    PRODUCT = "product"
    PORTFOLIO = "portfolio"


@dataclass
class ParBand:
    days: int
    loans: int
    outstanding_principal: int

    def ratio_of(self, total: int) -> Decimal:
        return ratio(self.outstanding_principal, total)


@dataclass
class ClassificationLine:
    classification: str
    min_days_past_due: int | None
    provision_percent: Decimal
    loans: int = 0
    outstanding_principal: int = 0

    @property
    def provision_required(self) -> int:
        return provision(self.outstanding_principal, self.provision_percent)


@dataclass
class ParGroup:
    key: str | None  # the branch, officer or product id; "portfolio" / "total"; None: loans without a field officer
    label: str | None = None  # the product code when grouped by product
    loans: int = 0
    outstanding_principal: int = 0
    bands: dict[int, ParBand] = field(default_factory=lambda: {d: ParBand(d, 0, 0) for d in PAR_DAYS})
    classification: dict[str, ClassificationLine] = field(default_factory=dict)

    @property
    def provision_required(self) -> int:
        return sum(line.provision_required for line in self.classification.values())


@dataclass
class ParReport:
    as_of: date | None  # the last closed business day
    group_by: GroupBy
    groups: list[ParGroup]
    total: ParGroup


def ratio(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal("0.0000")
    return (Decimal(part) / Decimal(whole)).quantize(_RATIO, rounding=ROUND_HALF_EVEN)


def provision(outstanding_principal: int, percent: Decimal) -> int:
    """poisha x percent / 100, HALF_EVEN to the poisha."""
    return int((Decimal(outstanding_principal) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def _scoped(query: Any, who: Identity, branch_id: uuid.UUID | None) -> Any:
    return in_branches(query, Loan.branch_id, who, branch_id)


async def portfolio_at_risk(
    db: Database, *, who: Identity, group_by: GroupBy = GroupBy.BRANCH, branch_id: uuid.UUID | None = None,
) -> ParReport:
    key = {GroupBy.BRANCH: Loan.branch_id, GroupBy.FIELD_OFFICER: Loan.field_officer_id, GroupBy.PRODUCT: Loan.product_id}.get(group_by)
    sums = [func.count()]
    sums.append(func.coalesce(func.sum(Loan.outstanding_principal), 0))
    for days in PAR_DAYS:
        at_risk = Loan.days_past_due >= days
        sums.append(func.coalesce(func.sum(case((at_risk, 1), else_=0)), 0))
        sums.append(func.coalesce(func.sum(case((at_risk, Loan.outstanding_principal), else_=0)), 0))
    if key is None:  # the whole portfolio: one group
        query = select(Loan.classification, *sums).group_by(Loan.classification)
    else:
        query = select(key, Loan.classification, *sums).group_by(key, Loan.classification)
    query = _scoped(query.where(Loan.status == "active"), who, branch_id)

    async with db.sessions() as s:
        rows = [("portfolio", *r) if key is None else tuple(r) for r in (await s.execute(query)).all()]
        buckets = list((await s.execute(select(ClassificationBucket).order_by(ClassificationBucket.min_days_past_due))).scalars())
        codes: dict[uuid.UUID, str] = {}
        if group_by is GroupBy.PRODUCT and rows:
            ids = {r[0] for r in rows}
            codes = dict((await s.execute(select(LoanProduct.id, LoanProduct.code).where(LoanProduct.id.in_(ids)))).all())
        as_of = await last_closed_day(s)

    def new_group(k: Any) -> ParGroup:
        group = ParGroup(key=None if k is None else str(k), label=codes.get(k) if group_by is GroupBy.PRODUCT else None)
        group.classification = {
            b.name: ClassificationLine(b.name, b.min_days_past_due, Decimal(b.provision_percent)) for b in buckets
        }
        return group

    groups: dict[Any, ParGroup] = {}
    total = new_group("total")
    for k, classification, count, outstanding, *bands in rows:
        count, outstanding = int(count), int(outstanding)
        for group in (groups.setdefault(k, new_group(k)), total):
            group.loans += count
            group.outstanding_principal += outstanding
            for n, days in enumerate(PAR_DAYS):
                group.bands[days].loans += int(bands[2 * n])
                group.bands[days].outstanding_principal += int(bands[2 * n + 1])
            line = group.classification.setdefault(classification, ClassificationLine(classification, None, Decimal("0")))
            line.loans += count
            line.outstanding_principal += outstanding
    ordered = sorted(groups.values(), key=lambda g: (g.key is None, g.key or ""))
    return ParReport(as_of=as_of, group_by=group_by, groups=ordered, total=total)


@dataclass(frozen=True)
class ArrearsRow:
    loan: Loan
    member: MemberCopy | None


async def arrears(
    db: Database, params: PageParams, *, who: Identity, branch_id: uuid.UUID | None = None, group_id: uuid.UUID | None = None,
    field_officer_id: uuid.UUID | None = None, min_days: int = 1,
) -> list[ArrearsRow]:
    """Active loans at least `min_days` past due, the longest overdue first (then by id): `limit + 1` rows.
    Longest overdue is earliest `arrears_since` (days past due are the closed day less it, for every
    loan alike): ix_loans_arrears holds that, not the days, which move on at every close."""
    if min_days < 1:
        raise ValidationFailed("min_days is at least 1", field="min_days")
    query = (
        select(Loan, MemberCopy)
        .outerjoin(MemberCopy, MemberCopy.member_id == Loan.member_id)
        .where(Loan.status == "active", Loan.arrears_since.is_not(None), Loan.days_past_due >= min_days)
    )
    query = _scoped(query, who, branch_id)
    async with db.sessions() as s:
        if group_id is not None:
            group = await s.get(GroupCopy, group_id)
            if group is not None:
                who.check_branch(group.branch_id, f"group {group_id}")
            query = query.where(Loan.group_id == group_id)
        if field_officer_id is not None:
            query = query.where(Loan.field_officer_id == field_officer_id)
        if params.after:
            since, last = _cursor(params.after)
            query = query.where(or_(Loan.arrears_since > since, and_(Loan.arrears_since == since, Loan.id > last)))
        query = query.order_by(Loan.arrears_since, Loan.id).limit(params.limit + 1)
        return [ArrearsRow(loan, member) for loan, member in (await s.execute(query)).all()]


def arrears_key(row: ArrearsRow) -> list[Any]:
    return [row.loan.arrears_since.isoformat(), str(row.loan.id)]


def _cursor(after: list[Any]) -> tuple[date, uuid.UUID]:
    try:
        since, last = after
        if not isinstance(since, str):
            raise ValueError
        return date.fromisoformat(since), uuid.UUID(str(last))
    except (ValueError, TypeError) as exc:
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc
