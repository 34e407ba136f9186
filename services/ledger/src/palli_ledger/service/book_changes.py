"""Maker-checker for the books' rules. Posting rules and the chart of accounts decide what every
branch's books say, so only an admin proposes a change (POST/PATCH answer 202 with it pending) and
a different admin approves it, which applies it; either may reject it with a reason.

A proposal is checked exactly as it would apply (the change is made in a transaction that is
rolled back), so a bad one is refused at once; it is checked again when approved, against the
books as they are then. An update also needs its target unchanged since the proposal (409).
Deciding claims the change with a conditional UPDATE (status still pending, version unchanged),
so of two concurrent approvals exactly one applies it."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.concurrency import check_version
from palli_common.db import Database
from palli_common.errors import Conflict, Forbidden, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.pagination import PageParams
from palli_ledger.adapters.tables import Account, BookChange, PostingRule
from palli_ledger.contracts.events import BookChangeApplied, BookChangeProposed, BookChangeRejected
from palli_ledger.service import accounts, posting_rules
from palli_ledger.service.common import now

CHANGES = BookChange.__table__


@dataclass(frozen=True)
class Target:
    create: Callable[..., Awaitable[Any]]  # (session, values, actor=) -> record
    update: Callable[..., Awaitable[Any]]  # (session, key, changes, expected_version=) -> record
    load: Callable[..., Awaitable[Any]]  # (session, key) -> record
    key_of: Callable[[Any], str]
    parse_key: Callable[[str], Any]


TARGETS = {
    "posting_rule": Target(posting_rules.add_rule, posting_rules.change_rule, posting_rules.load_rule,
                           lambda r: str(r.id), uuid.UUID),
    "account": Target(accounts.open_account, accounts.change_account, accounts.load_account, lambda a: a.code, str),
}


def _admin(who: Identity, doing: str) -> None:
    if "admin" not in who.roles:
        raise Forbidden(f"only an admin {doing}: posting rules and the chart of accounts change every branch's books")


async def _apply(session: AsyncSession, target: str, action: str, key: str | None, changes: dict, actor: str,
                 expected_version: int | None) -> PostingRule | Account:
    t = TARGETS[target]
    if action == "create":
        return await t.create(session, changes, actor=actor)
    return await t.update(session, t.parse_key(key), changes, expected_version=expected_version)


async def propose(db: Database, who: Identity, *, target: str, action: str, changes: dict, key: str | None = None,
                  expected_version: int | None = None) -> BookChange:
    """changes: the request body as validated by the API (for an update: only the fields sent)."""
    _admin(who, "changes posting rules and accounts")
    async with db.sessions() as s:  # the dry run: refused now rather than at approval
        record = await _apply(s, target, action, key, changes, who.subject, expected_version)
        base_version = None if action == "create" else record.version - 1
        await s.rollback()
    change = BookChange(id=uuid7(), target=target, action=action, target_key=key, base_version=base_version, changes=changes,
                        status="pending", proposed_by=who.subject, proposed_at=now(), version=1)
    async with db.uow() as uow:
        uow.session.add(change)
        uow.publish(BookChangeProposed(change_id=str(change.id), target=target, action=action, target_key=key, changes=changes,
                                       proposed_by=who.subject), aggregate_id=change.id, aggregate_version=1)
        await uow.commit()
    return change


async def _claim(session: AsyncSession, change_id: uuid.UUID, expected_version: int | None, values: dict) -> BookChange:
    """The pending change, moved to its decision by a conditional UPDATE: a concurrent decision gets 409."""
    change = (await session.scalars(select(BookChange).where(BookChange.id == change_id))).first()
    if change is None:
        raise NotFound(f"no book change {change_id}")
    if change.status != "pending":
        raise Conflict(f"this change is {change.status} already", field="status")
    check_version(change.version, expected_version)
    claimed = await session.execute(update(CHANGES).where(
        CHANGES.c.id == change_id, CHANGES.c.status == "pending", CHANGES.c.version == change.version,
    ).values(**values, decided_at=now(), version=change.version + 1))
    if claimed.rowcount != 1:
        raise Conflict("this change was decided by someone else meanwhile", field="status")
    return change


async def approve(db: Database, change_id: uuid.UUID, who: Identity, *, expected_version: int | None) -> BookChange:
    _admin(who, "approves changes to posting rules and accounts")
    async with db.uow() as uow:
        s = uow.session
        pending = (await s.scalars(select(BookChange).where(BookChange.id == change_id))).first()
        if pending is not None and pending.proposed_by == who.subject:
            raise Forbidden("maker-checker: you proposed this change, so another admin must approve it")
        change = await _claim(s, change_id, expected_version, {"status": "applied", "decided_by": who.subject})
        if change.action == "update":
            current = await TARGETS[change.target].load(s, TARGETS[change.target].parse_key(change.target_key), lock=True)
            if current.version != change.base_version:
                raise Conflict(f"the {change.target.replace('_', ' ')} changed since this was proposed (version "
                               f"{current.version}, proposed on {change.base_version}); reject it and propose again", field="version")
        record = await _apply(s, change.target, change.action, change.target_key, change.changes, change.proposed_by, None)
        key = TARGETS[change.target].key_of(record)
        result = record.model_dump(mode="json")
        await s.execute(update(CHANGES).where(CHANGES.c.id == change_id).values(target_key=key, result=result))
        uow.publish(BookChangeApplied(change_id=str(change.id), target=change.target, action=change.action, target_key=key,
                                      result=result, proposed_by=change.proposed_by, approved_by=who.subject),
                    aggregate_id=change.id, aggregate_version=change.version + 1)
        await uow.commit()
    return await get(db, change_id)


async def reject(db: Database, change_id: uuid.UUID, who: Identity, *, reason: str, expected_version: int | None) -> BookChange:
    """Either admin, the maker withdrawing their own proposal included."""
    _admin(who, "rejects changes to posting rules and accounts")
    if not reason.strip():
        raise ValidationFailed("say why the change is rejected", field="reason")
    async with db.uow() as uow:
        change = await _claim(uow.session, change_id, expected_version,
                              {"status": "rejected", "decided_by": who.subject, "reason": reason.strip()})
        uow.publish(BookChangeRejected(change_id=str(change.id), target=change.target, action=change.action,
                                       target_key=change.target_key, reason=reason.strip(), proposed_by=change.proposed_by,
                                       rejected_by=who.subject), aggregate_id=change.id, aggregate_version=change.version + 1)
        await uow.commit()
    return await get(db, change_id)


async def get(db: Database, change_id: uuid.UUID) -> BookChange:
    async with db.sessions() as s:
        change = (await s.scalars(select(BookChange).where(BookChange.id == change_id))).first()
    if change is None:
        raise NotFound(f"no book change {change_id}")
    return change


async def list_changes(db: Database, params: PageParams, *, status: str | None, target: str | None) -> list[BookChange]:
    """Oldest first (the review queue), by id (uuid7: time-ordered); limit+1 rows for make_page."""
    query = select(BookChange)
    if status is not None:
        query = query.where(BookChange.status == status)
    if target is not None:
        query = query.where(BookChange.target == target)
    if params.after:
        try:
            after = uuid.UUID(str(params.after[0]))
        except ValueError:
            raise ValidationFailed("cursor is not one this API issued", field="cursor") from None
        query = query.where(BookChange.id > after)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(BookChange.id).limit(params.limit + 1))).all())
