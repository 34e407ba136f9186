"""Interest posting: for every account a product pays, the periods that have ended, each posted
once (a period's row is unique per account), in chunks of accounts that each commit on their own.

PostgreSQL runs each chunk as set-based SQL (adapters/interest_sql.py, Fineract's arithmetic in
SQL); other databases (SQLite, the embedded default) run the same rules account by account here.
Both read the same rates and post the same poisha: tests hold them to the domain functions.

A transaction dated back into a posted period does not reopen it: `adjust_for` records the
difference it makes as an `adjustment` row and an event, and the next posting pays it (or takes
it back) through the account's carry.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import ValidationFailed
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_savings.adapters import interest_sql
from palli_savings.adapters.interest_sql import Chunk
from palli_savings.adapters.tables import InterestPosting, ProductRate, SavingsAccount, SavingsProduct, SavingsTransaction
from palli_savings.contracts import events as ev
from palli_savings.domain.interest import INTEREST_KINDS, Segment, period_interest, post, signed
from palli_savings.domain.periods import MONTHS, period_end_on_or_before, period_ends, period_start
from palli_savings.domain.terms import TERM_KINDS
from palli_savings.service.common import business_today, now
from palli_savings.service.facts import fact

EARNING = ("active", "blocked", "suspended")  # a blocked or suspended account still earns; matured and closed ones do not
NIL = uuid.UUID(int=0)


@dataclass
class PeriodResult:
    posting_period: str
    period_end: date
    accounts: int = 0
    credited_accounts: int = 0
    amount: int = 0  # poisha


@dataclass
class RunResult:
    through: date
    periods: list[PeriodResult] = field(default_factory=list)


async def rate_segments(s, product_ids: list[uuid.UUID], start: date, end: date) -> dict[uuid.UUID, list[Segment]]:  # noqa: ANN001
    """Each product's rates over [start, end]: the one standing at `start`, then each change."""
    rows = (await s.execute(select(ProductRate).where(ProductRate.product_id.in_(product_ids), ProductRate.effective_from <= end)
                            .order_by(ProductRate.product_id, ProductRate.effective_from))).scalars().all()
    by_product: dict[uuid.UUID, list[ProductRate]] = {}
    for r in rows:
        by_product.setdefault(r.product_id, []).append(r)
    segments: dict[uuid.UUID, list[Segment]] = {}
    for product_id, rates in by_product.items():
        standing = [r for r in rates if r.effective_from <= start][-1:] + [r for r in rates if r.effective_from > start]
        segments[product_id] = [
            Segment(max(r.effective_from, start), (standing[i + 1].effective_from - timedelta(days=1)) if i + 1 < len(standing) else end,
                    Decimal(r.annual_rate))
            for i, r in enumerate(standing)
        ]
    return segments


async def account_segments(s, account: SavingsAccount, product: SavingsProduct, start: date, end: date) -> list[Segment]:  # noqa: ANN001
    """The rates an account earns over [start, end]: a term deposit's own locked rate, else its product's."""
    if account.annual_rate is not None:
        return [Segment(start, end, Decimal(account.annual_rate))]
    return (await rate_segments(s, [product.id], start, end))[product.id]


async def post_interest(db: Database, actor: str, through: date | None = None, chunk: int = 50_000) -> RunResult:
    """Post every period that ended by `through` (default: yesterday, the last finished day)."""
    today = business_today()
    through = through or today - timedelta(days=1)
    if through >= today:
        raise ValidationFailed("interest is posted for days that are over: the date must be before today", field="on")
    result = RunResult(through)
    for posting_period in MONTHS:
        # term deposits earn their own locked rate up to maturity: account by account (they are few);
        # the rest of the products set-based where the database allows
        for term in (False, True):
            async with db.sessions() as s:
                kind = SavingsProduct.kind.in_(TERM_KINDS)
                products = list((await s.scalars(select(SavingsProduct.id).where(
                    SavingsProduct.posting_period == posting_period, kind if term else ~kind))).all())
                if not products:
                    continue
                earliest = await _earliest(s, products)
            if earliest is None:
                continue
            for end in period_ends(posting_period, earliest, through):
                result.periods.append(await _post_period(db, actor, posting_period, products, end, chunk, set_based=False if term else None))
    return result


async def _earliest(s, products: list[uuid.UUID]) -> date | None:  # noqa: ANN001
    """The last day posted of the account furthest behind (the day before opening, if never)."""
    where = (SavingsAccount.product_id.in_(products), SavingsAccount.status.in_(EARNING))
    never = await s.scalar(select(func.min(SavingsAccount.opened_on)).where(*where, SavingsAccount.interest_posted_to.is_(None)))
    posted = await s.scalar(select(func.min(SavingsAccount.interest_posted_to)).where(*where))
    days = [d for d in (never and never - timedelta(days=1), posted) if d is not None]
    return min(days) if days else None


async def _post_period(db: Database, actor: str, posting_period: str, products: list[uuid.UUID], end: date, chunk: int,
                       set_based: bool | None = None, workers: int = 2) -> PeriodResult:
    """`set_based`: None picks by database (the bench sets it to time both paths on PostgreSQL).
    PostgreSQL: the due accounts split into id ranges of `chunk`, posted by `workers` transactions
    side by side (disjoint rows, so they never wait on each other)."""
    start = period_start(posting_period, end)
    result = PeriodResult(posting_period, end)

    def add(done: Chunk) -> None:
        result.accounts += done.accounts
        result.credited_accounts += done.credited
        result.amount += done.amount

    async with db.sessions() as s:
        if set_based is None:
            set_based = s.bind.dialect.name == "postgresql"
        ends = await interest_sql.boundaries(s, products, end, chunk, EARNING) if set_based else []
    if not set_based:
        after = NIL
        while True:
            async with db.uow() as uow:
                segments = await rate_segments(uow.session, products, start, end)
                done = await _post_chunk(uow, products=products, start=start, end=end, after=after, chunk=chunk, segments=segments,
                                         actor=actor)
                await uow.commit()
            add(done)
            if done.last is None or done.accounts < chunk:
                return result
            after = done.last
    ranges = deque(zip([NIL, *ends], [*ends, None]))

    async def worker() -> None:
        while ranges:
            after, upto = ranges.popleft()
            while True:  # a range holds `chunk` accounts unless some opened since the split
                async with db.uow() as uow:
                    segments = await rate_segments(uow.session, products, start, end)
                    done = await interest_sql.post_chunk(uow.session, products=products, start=start, end=end, after=after, upto=upto,
                                                         chunk=chunk, segments=segments, actor=actor, reference=_reference(start, end),
                                                         earning=EARNING)
                    await uow.commit()
                add(done)
                if done.last is None or done.accounts < chunk:
                    break
                after = done.last

    await asyncio.gather(*(worker() for _ in range(max(1, workers))))
    return result


def _reference(start: date, end: date) -> str:
    return f"interest {start.isoformat()}..{end.isoformat()}"


async def _history(s, account: SavingsAccount, start: date, end: date) -> tuple[int, dict[date, int]]:  # noqa: ANN001
    """The balance at the end of the day before `start`, and each day's closing balance in the
    period. Both come from the account's balance less what moved since `start` (never from a
    row's balance_after: a posting dated back, or a catch-up run, lands after later-dated money),
    and leave out the period's own interest, so a recomputation sees what the posting saw."""
    rows = (await s.scalars(select(SavingsTransaction).where(SavingsTransaction.account_id == account.id, SavingsTransaction.on >= start)
                            .order_by(SavingsTransaction.on, SavingsTransaction.id))).all()
    opening = account.balance - sum(signed(t.kind, t.amount) for t in rows)
    balance, days = opening, {}
    for t in rows:
        if t.on > end:
            break
        if t.kind not in INTEREST_KINDS:
            balance += signed(t.kind, t.amount)
            days[t.on] = balance
    return opening, days


async def _post_chunk(uow: UnitOfWork, *, products: list[uuid.UUID], start: date, end: date, after: uuid.UUID, chunk: int,
                      segments: dict[uuid.UUID, list[Segment]], actor: str) -> Chunk:
    s = uow.session
    due = (await s.scalars(select(SavingsAccount).where(
        SavingsAccount.product_id.in_(products), SavingsAccount.status.in_(EARNING), SavingsAccount.opened_on <= end,
        (SavingsAccount.interest_posted_to.is_(None)) | (SavingsAccount.interest_posted_to < end), SavingsAccount.id > after,
    ).order_by(SavingsAccount.id).limit(chunk).with_for_update())).all()
    credited = total = 0
    for account in due:
        product = await s.get(SavingsProduct, account.product_id)
        upto = end if account.maturity_on is None else min(end, account.maturity_on - timedelta(days=1))  # a term earns to maturity
        if upto < account.opened_on or (account.interest_posted_to is not None and account.interest_posted_to >= upto):
            continue
        rates = segments[product.id] if account.annual_rate is None else [Segment(start, upto, Decimal(account.annual_rate))]
        amount = await post_account(uow, account, product, start=start, end=upto, segments=rates, actor=actor)
        if amount:
            credited, total = credited + 1, total + amount
    await s.flush()
    return Chunk(len(due), credited, total, due[-1].id if due else None)


async def post_account(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, *, start: date, end: date,
                       segments: list[Segment], actor: str) -> int:
    """Post the account's interest for [start, end] (from what is not posted yet): the poisha credited."""
    s = uow.session
    begins = max(start, account.opened_on, (account.interest_posted_to + timedelta(days=1)) if account.interest_posted_to else start)
    opening, days = await _history(s, account, begins, end)
    earned = period_interest(opening, days, begins, end, segments, method=product.interest_method, days_in_year=product.days_in_year,
                             min_balance=product.min_balance_for_interest)
    carried = Decimal(account.interest_carry)
    amount, carry = post(earned, carried)
    txn_id = None
    account.interest_posted_to, account.interest_carry, account.updated_at = end, carry, now()
    if amount:
        account.balance += amount
        account.version += 1
        txn = SavingsTransaction(id=uuid7(), account_id=account.id, kind="interest", on=end, amount=amount, balance_after=account.balance,
                                 channel=None, reference=_reference(begins, end), created_by=actor, created_at=now())
        s.add(txn)
        txn_id = txn.id
        uow.publish(fact(ev.InterestPosted, account, product, actor, on=end, amount=format_poisha(amount), reference=txn.reference,
                         transaction_id=str(txn.id), period_start=begins, period_end=end),
                    aggregate_id=account.id, aggregate_version=account.version)
    s.add(InterestPosting(id=uuid7(), account_id=account.id, kind="posting", period_start=begins, period_end=end, interest=earned,
                          carried_in=carried, amount=amount, carry_out=carry, transaction_id=txn_id, created_at=now()))
    return amount


async def settle(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, actor: str, through: date) -> int:
    """Before an account closes: post each of its periods that ended by `through` and the part of the
    current one up to `through`, as the job would have (the account row is locked by the caller)."""
    posted_to = account.interest_posted_to or account.opened_on - timedelta(days=1)
    if through <= posted_to:
        return 0
    ends = period_ends(product.posting_period, posted_to, through)
    if not ends or ends[-1] != through:
        ends.append(through)
    total = 0
    for end in ends:
        # the period holding `end` starts the day after the last period end before it
        start = period_end_on_or_before(product.posting_period, end - timedelta(days=1)) + timedelta(days=1)
        total += await post_account(uow, account, product, start=start, end=end,
                                    segments=await account_segments(uow.session, account, product, start, end), actor=actor)
    await uow.session.flush()
    return total


async def adjust_for(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, actor: str, txn: SavingsTransaction) -> None:
    """`txn` is dated inside a posted period: record what it changes that period's interest by."""
    s = uow.session
    posting = await s.scalar(select(InterestPosting).where(InterestPosting.account_id == account.id, InterestPosting.kind == "posting",
                                                           InterestPosting.period_start <= txn.on, InterestPosting.period_end >= txn.on))
    if posting is None:
        return
    recorded = await s.scalar(select(func.sum(InterestPosting.interest)).where(InterestPosting.account_id == account.id,
                                                                              InterestPosting.period_end == posting.period_end))
    segments = await account_segments(s, account, product, posting.period_start, posting.period_end)
    opening, days = await _history(s, account, posting.period_start, posting.period_end)
    earned = period_interest(opening, days, posting.period_start, posting.period_end, segments, method=product.interest_method,
                             days_in_year=product.days_in_year, min_balance=product.min_balance_for_interest)
    delta = earned - Decimal(recorded)
    if delta == 0:
        return
    carried = Decimal(account.interest_carry)
    account.interest_carry = carried + delta
    account.version += 1
    s.add(InterestPosting(id=uuid7(), account_id=account.id, kind="adjustment", period_start=posting.period_start,
                          period_end=posting.period_end, interest=delta, carried_in=carried, amount=0, carry_out=account.interest_carry,
                          caused_by=txn.id, created_at=now()))
    uow.publish(fact(ev.InterestAdjusted, account, product, actor, on=txn.on, transaction_id=str(txn.id), period_start=posting.period_start,
                     period_end=posting.period_end, interest=f"{delta:f}"), aggregate_id=account.id, aggregate_version=account.version)


async def postings(db: Database, account_id: uuid.UUID) -> list[InterestPosting]:
    async with db.sessions() as s:
        return list((await s.scalars(select(InterestPosting).where(InterestPosting.account_id == account_id)
                                     .order_by(InterestPosting.period_end, InterestPosting.id))).all())
