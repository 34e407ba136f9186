"""Shared pieces of the ledger's use cases: the clock and business date, writing an entry's lines
and announcing a posted entry."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.clock import BUSINESS_TIMEZONE, business_day, business_today, now  # noqa: F401  (the books keep Dhaka's days)
from palli_common.db import UnitOfWork
from palli_common.money import format_poisha
from palli_ledger.adapters.tables import JournalEntry, JournalLine
from palli_ledger.contracts.events import JournalPosted, LineFact

LINES = JournalLine.__table__
ENTRIES = JournalEntry.__table__


async def write_lines(
    session: AsyncSession, entry_id: uuid.UUID, branch_id: uuid.UUID | None, posted_on: date, aggregate_id: str | None,
    lines: list[tuple[str, int, int, str | None]],
) -> None:
    """(account_code, debit, credit, memo) as journal lines: one multi-row INSERT, each line
    repeating the entry's branch, date and aggregate so reports read journal_lines alone."""
    await session.execute(insert(LINES), line_rows(entry_id, branch_id, posted_on, aggregate_id, lines))


def line_rows(entry_id: uuid.UUID, branch_id: uuid.UUID | None, posted_on: date, aggregate_id: str | None,
              lines: list[tuple[str, int, int, str | None]]) -> list[dict]:
    return [{"entry_id": entry_id, "line_no": n, "account_code": code, "branch_id": branch_id, "posted_on": posted_on,
             "debit": debit, "credit": credit, "aggregate_id": aggregate_id, "memo": memo}
            for n, (code, debit, credit, memo) in enumerate(lines, 1)]


def journal_posted(
    *, entry_id: uuid.UUID, kind: str, branch_id: uuid.UUID | None, posted_on: date, total: int,
    lines: list[tuple[str, int, int, str | None]], source_event_id: uuid.UUID | None = None, source_event_type: str | None = None,
    aggregate_id: str | None = None, reverses_entry_id: uuid.UUID | None = None, original_posted_on: date | None = None,
) -> JournalPosted:
    return JournalPosted(
        entry_id=str(entry_id), kind=kind, source_event_id=str(source_event_id) if source_event_id else None,
        source_event_type=source_event_type, aggregate_id=aggregate_id, branch_id=str(branch_id) if branch_id else None,
        posted_on=posted_on, original_posted_on=original_posted_on, total=format_poisha(total),
        lines=[LineFact(account_code=code, debit=format_poisha(debit), credit=format_poisha(credit)) for code, debit, credit, _ in lines],
        reverses_entry_id=str(reverses_entry_id) if reverses_entry_id else None,
    )


def publish_posted(uow: UnitOfWork, *, entry_id: uuid.UUID, version: int = 1, **fields) -> None:  # noqa: ANN003  (journal_posted's)
    uow.publish(journal_posted(entry_id=entry_id, **fields), aggregate_id=entry_id, aggregate_version=version)


def clip(text: str | None, size: int) -> str | None:
    return text if text is None or len(text) <= size else text[: size - 1] + "…"
