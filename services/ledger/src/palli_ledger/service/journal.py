"""Reading the journal: entries with their lines, filtered and in cursor pages, limited to the
caller's branches (a head-office entry, branch null, is seen only by every-branch callers)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.db import Database
from palli_common.errors import NotFound, ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_common.pagination import PageParams
from palli_ledger.adapters.tables import JournalEntry, JournalLine

MANUAL_KINDS = ("manual", "reversal")  # the entries a person writes and a second person approves


@dataclass
class LineView:
    line_no: int
    account_code: str
    debit: int
    credit: int
    memo: str | None = None


@dataclass
class EntryView:
    entry: JournalEntry
    lines: list[LineView] = field(default_factory=list)


@dataclass
class EntryFilters:
    branch_id: uuid.UUID | None = None
    from_: date | None = None
    to: date | None = None
    account: str | None = None
    aggregate_id: str | None = None
    source_event_id: uuid.UUID | None = None
    kind: str | None = None
    status: str | None = None
    kinds: tuple[str, ...] | None = None  # the manual-entries list: manual and reversal only


def proposed(entry: JournalEntry) -> list[LineView]:
    return [LineView(n, line["account_code"], line["debit"], line["credit"], line.get("memo"))
            for n, line in enumerate(entry.proposed_lines or [], 1)]


async def with_lines(session: AsyncSession, entries: list[JournalEntry]) -> list[EntryView]:
    """Posted entries' lines from journal_lines in one query; a pending or rejected entry's are its proposal."""
    posted = [e.id for e in entries if e.status == "posted"]
    lines: dict[uuid.UUID, list[LineView]] = {}
    if posted:
        query = select(JournalLine).where(JournalLine.entry_id.in_(posted)).order_by(JournalLine.entry_id, JournalLine.line_no)
        for line in (await session.scalars(query)).all():
            lines.setdefault(line.entry_id, []).append(LineView(line.line_no, line.account_code, line.debit, line.credit, line.memo))
    return [EntryView(e, lines.get(e.id, []) if e.status == "posted" else proposed(e)) for e in entries]


async def load_entry(session: AsyncSession, entry_id: uuid.UUID, who: Identity, *, kinds: tuple[str, ...] | None = None,
                     lock: bool = False) -> JournalEntry:
    query = select(JournalEntry).where(JournalEntry.id == entry_id)
    if lock:
        query = query.with_for_update()
    entry = (await session.scalars(query)).first()
    if entry is None or (kinds and entry.kind not in kinds):
        raise NotFound(f"no {'manual ' if kinds else ''}journal entry {entry_id}")
    who.check_branch(entry.branch_id, "this journal entry")
    return entry


async def get_entry(db: Database, entry_id: uuid.UUID, who: Identity, *, kinds: tuple[str, ...] | None = None) -> EntryView:
    async with db.sessions() as s:
        entry = await load_entry(s, entry_id, who, kinds=kinds)
        return (await with_lines(s, [entry]))[0]


def _after(after: list) -> tuple[date, uuid.UUID]:
    try:
        return date.fromisoformat(str(after[0])), uuid.UUID(str(after[1]))
    except (IndexError, ValueError):
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from None


async def list_entries(db: Database, who: Identity, params: PageParams, f: EntryFilters) -> list[EntryView]:
    """In journal order (business date, then creation); limit+1 entries for make_page."""
    if f.from_ and f.to and f.from_ > f.to:
        raise ValidationFailed("from must not be after to", field="from")
    query = in_branches(select(JournalEntry), JournalEntry.branch_id, who, f.branch_id)
    conditions = [  # (the filter's value, the condition it adds), built only for filters given
        (f.from_, lambda: JournalEntry.posted_on >= f.from_), (f.to, lambda: JournalEntry.posted_on <= f.to),
        (f.aggregate_id, lambda: JournalEntry.aggregate_id == f.aggregate_id),
        (f.source_event_id, lambda: JournalEntry.source_event_id == f.source_event_id),
        (f.kind, lambda: JournalEntry.kind == f.kind), (f.status, lambda: JournalEntry.status == f.status),
        (f.kinds, lambda: JournalEntry.kind.in_(f.kinds or ())),
        (f.account, lambda: JournalEntry.id.in_(select(JournalLine.entry_id).where(JournalLine.account_code == f.account))),
    ]
    for given, condition in conditions:
        if given is not None:
            query = query.where(condition())
    if params.after:
        on, entry_id = _after(params.after)
        query = query.where(or_(JournalEntry.posted_on > on, and_(JournalEntry.posted_on == on, JournalEntry.id > entry_id)))
    query = query.order_by(JournalEntry.posted_on, JournalEntry.id).limit(params.limit + 1)
    async with db.sessions() as s:
        entries = list((await s.scalars(query)).all())
        return await with_lines(s, entries)
