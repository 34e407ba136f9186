"""Period close: an accountant closes a month of one branch's books (or head office's) once it has
ended and nothing is waiting for approval in it; from then on nothing is posted into it. Manual
entries dated in it are refused; event postings (lending cannot be told "no" after the fact) go
to the first day of the first open month, keeping the date they asked for. Only an admin reopens
a month, saying why; the close stays as history.

Postings and closes of one scope are serialised on PostgreSQL by an advisory lock: every posting
holds it shared until it commits, a close or reopen holds it exclusively. So a close waits for
postings in flight and counts what they wrote, and a posting that waited for a close sees it
(the closed months are read in a statement after the lock is granted)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.concurrency import check_version
from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, Forbidden, NotFound, ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_common.pagination import PageParams
from palli_ledger.adapters.tables import JournalEntry, PeriodClose
from palli_ledger.contracts.events import PeriodClosed, PeriodReopened
from palli_ledger.domain.periods import month_label, month_of, next_month, open_day, scope_of
from palli_ledger.service.common import business_today, now

PENDING = "pending_approval"
_SHARED = text("SELECT pg_advisory_xact_lock_shared(hashtext(:key))")
_EXCLUSIVE = text("SELECT pg_advisory_xact_lock(hashtext(:key))")


async def _lock(session: AsyncSession, scope: str, *, exclusive: bool) -> None:
    if session.get_bind().dialect.name == "postgresql":  # SQLite serialises writers already
        await session.execute(_EXCLUSIVE if exclusive else _SHARED, {"key": f"ledger.period:{scope}"})


async def closed_months(session: AsyncSession, branch_id: uuid.UUID | None, since: date) -> set[date]:
    """The scope's closed months from `since`'s month on, under the shared lock (held to commit)."""
    scope = scope_of(branch_id)
    await _lock(session, scope, exclusive=False)
    query = select(PeriodClose.month).where(
        PeriodClose.scope == scope, PeriodClose.status == "closed", PeriodClose.month >= month_of(since))
    return set((await session.scalars(query)).all())


async def posting_day(session: AsyncSession, branch_id: uuid.UUID | None, day: date) -> date:
    """Where an event's posting dated `day` goes: `day`, or the first open day after its closed month."""
    return open_day(day, await closed_months(session, branch_id, day))


async def refuse_closed(session: AsyncSession, branch_id: uuid.UUID | None, day: date, *, status: int = 422) -> None:
    """A person's entry dated in a closed month: 422 (submit) or 409 (closed since it was submitted)."""
    if month_of(day) in await closed_months(session, branch_id, day):
        detail = (f"{month_label(month_of(day))} is closed for this {'branch' if branch_id else 'head office'}; "
                  f"date the entry in an open month (an admin may reopen the month, saying why)")
        raise (ValidationFailed(detail, field="posted_on") if status == 422 else Conflict(detail, field="posted_on"))


async def close(db: Database, who: Identity, *, branch_id: uuid.UUID | None, month: date) -> PeriodClose:
    who.check_branch(branch_id, "this branch's books" if branch_id else "head office's books")
    if next_month(month) > business_today():
        raise ValidationFailed(f"{month_label(month)} has not ended yet; a month is closed after its last day", field="month")
    scope, end = scope_of(branch_id), next_month(month)
    branch = JournalEntry.branch_id == branch_id if branch_id else JournalEntry.branch_id.is_(None)
    in_month = (branch, JournalEntry.posted_on >= month, JournalEntry.posted_on < end)
    async with db.uow() as uow:
        s = uow.session
        await _lock(s, scope, exclusive=True)
        standing = (await s.scalars(select(PeriodClose.id).where(
            PeriodClose.scope == scope, PeriodClose.month == month, PeriodClose.status == "closed"))).first()
        if standing is not None:
            raise Conflict(f"{month_label(month)} is already closed", field="month", extra={"period_close_id": str(standing)})
        waiting = (await s.scalars(select(JournalEntry.id).where(*in_month, JournalEntry.status == PENDING).limit(1))).first()
        if waiting is not None:
            raise Conflict(f"entry {waiting} dated in {month_label(month)} waits for approval; approve or reject it first",
                           field="month", extra={"entry_id": str(waiting)})
        count, total = (await s.execute(select(func.count(), func.coalesce(func.sum(JournalEntry.total), 0)).where(
            *in_month, JournalEntry.status == "posted"))).one()
        row = PeriodClose(id=uuid7(), scope=scope, branch_id=branch_id, month=month, status="closed", entry_count=count,
                          debit_total=int(total), closed_by=who.subject, closed_at=now(), version=1)
        s.add(row)
        try:
            await s.flush()
        except IntegrityError:  # SQLite: a concurrent close of the same month won
            raise Conflict(f"{month_label(month)} is already closed", field="month") from None
        uow.publish(PeriodClosed(
            period_close_id=str(row.id), branch_id=str(branch_id) if branch_id else None, month=month_label(month),
            entry_count=count, debit_total=format_poisha(int(total)), closed_by=who.subject,
        ), aggregate_id=row.id, aggregate_version=row.version)
        await uow.commit()
    return row


async def reopen(db: Database, close_id: uuid.UUID, who: Identity, *, reason: str, expected_version: int | None) -> PeriodClose:
    if "admin" not in who.roles:
        raise Forbidden("only an admin reopens a closed month")
    if not reason.strip():
        raise ValidationFailed("say why the month is reopened", field="reason")
    async with db.uow() as uow:
        s = uow.session
        row = await _load(s, close_id, who)
        await _lock(s, row.scope, exclusive=True)
        row = await _load(s, close_id, who, lock=True)
        if row.status != "closed":
            raise Conflict(f"this close was reopened already by {row.reopened_by}", field="status")
        check_version(row.version, expected_version)
        row.status, row.reopened_by, row.reopened_at, row.reopen_reason = "reopened", who.subject, now(), reason.strip()
        row.version += 1
        uow.publish(PeriodReopened(
            period_close_id=str(row.id), branch_id=str(row.branch_id) if row.branch_id else None, month=month_label(row.month),
            reason=row.reopen_reason, reopened_by=who.subject,
        ), aggregate_id=row.id, aggregate_version=row.version)
        await uow.commit()
    return row


async def _load(session: AsyncSession, close_id: uuid.UUID, who: Identity, *, lock: bool = False) -> PeriodClose:
    query = select(PeriodClose).where(PeriodClose.id == close_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = (await session.scalars(query)).first()
    if row is None or not who.sees_branch(row.branch_id):
        raise NotFound(f"no period close {close_id}")
    return row


async def get(db: Database, close_id: uuid.UUID, who: Identity) -> PeriodClose:
    async with db.sessions() as s:
        return await _load(s, close_id, who)


async def list_closes(db: Database, who: Identity, params: PageParams, *, branch_id: uuid.UUID | None,
                      month: date | None, status: str | None) -> list[PeriodClose]:
    """Newest month first, then id; limit+1 rows for make_page."""
    query = in_branches(select(PeriodClose), PeriodClose.branch_id, who, branch_id)
    if month is not None:
        query = query.where(PeriodClose.month == month)
    if status is not None:
        query = query.where(PeriodClose.status == status)
    if params.after:
        after_month, after_id = _cursor(params.after)
        query = query.where((PeriodClose.month < after_month) | ((PeriodClose.month == after_month) & (PeriodClose.id > after_id)))
    async with db.sessions() as s:
        rows = await s.scalars(query.order_by(PeriodClose.month.desc(), PeriodClose.id).limit(params.limit + 1))
        return list(rows.all())


def _cursor(after: list) -> tuple[date, uuid.UUID]:
    try:
        return date.fromisoformat(str(after[0])), uuid.UUID(str(after[1]))
    except (IndexError, ValueError):
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from None
