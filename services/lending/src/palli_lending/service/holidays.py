"""Public and organisation holidays: no installment falls due on one (the schedule moves it)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.pagination import PageParams
from palli_lending.adapters.tables import Holiday


async def holiday_set(session: AsyncSession, start: date, end: date) -> frozenset[date]:
    """The holidays from `start` to `end`, both included, for schedule generation."""
    query = select(Holiday.day).where(Holiday.day >= start, Holiday.day <= end)
    return frozenset((await session.scalars(query)).all())


def _check_range(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationFailed("`to` must not be before `from`", field="to")


async def list_holidays(db: Database, params: PageParams, start: date | None, end: date | None) -> list[Holiday]:
    """Oldest first; fetched with limit+1 for `make_page` (the cursor is the last day seen)."""
    _check_range(start, end)
    query = select(Holiday)
    if start is not None:
        query = query.where(Holiday.day >= start)
    if end is not None:
        query = query.where(Holiday.day <= end)
    if params.after:
        try:
            last = date.fromisoformat(str(params.after[0]))
        except ValueError as exc:
            raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc
        query = query.where(Holiday.day > last)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(Holiday.day).limit(params.limit + 1))).all())


def _duplicate(day: date) -> Conflict:
    return Conflict(f"{day.isoformat()} is already a holiday", field="day")


async def add_holiday(db: Database, day: date, name: str) -> Holiday:
    async with db.uow() as uow:
        if await uow.session.get(Holiday, day) is not None:
            raise _duplicate(day)
        holiday = Holiday(day=day, name=name, created_at=datetime.now(UTC))
        uow.session.add(holiday)
        try:
            await uow.commit()
        except IntegrityError as exc:  # a concurrent twin got there first
            raise _duplicate(day) from exc
    return holiday


async def remove_holiday(db: Database, day: date) -> None:
    async with db.uow() as uow:
        holiday = await uow.session.get(Holiday, day)
        if holiday is None:
            raise NotFound(f"{day.isoformat()} is not a holiday")
        await uow.session.delete(holiday)
        await uow.commit()
