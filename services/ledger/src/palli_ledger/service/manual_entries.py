"""Entries people write: manual entries and reversals. Maker-checker: one accountant submits
(pending_approval, nothing in the books yet), a different one approves (the lines are posted) or
either rejects with a reason. A posted entry is never changed: it is reversed, at most once."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from palli_common.concurrency import check_version
from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, Forbidden, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_ledger.adapters.tables import Account, JournalEntry, JournalLine
from palli_ledger.contracts.events import JournalRejected, JournalSubmitted, LineFact
from palli_ledger.domain.entries import ProposedLine, check_lines, from_stored
from palli_ledger.service.common import business_today, clip, now, publish_posted, write_lines
from palli_ledger.service.periods import refuse_closed
from palli_ledger.service.journal import MANUAL_KINDS, EntryView, load_entry, proposed

PENDING = "pending_approval"


async def _check_accounts(uow: UnitOfWork, lines: list[ProposedLine]) -> None:
    """Each line's account is in the chart, active, and not a header (one query)."""
    codes = {line.account_code for line in lines}
    found = {a.code: a for a in (await uow.session.scalars(select(Account).where(Account.code.in_(codes)))).all()}
    errors = []
    for i, line in enumerate(lines):
        account = found.get(line.account_code)
        problem = ("is not in the chart of accounts" if account is None else "is a header and takes no postings"
                   if account.is_header else "is inactive" if not account.active else None)
        if problem:
            errors.append((f"lines.{i}.account_code", f"account {line.account_code} {problem}"))
    if errors:
        error = ValidationFailed("; ".join(d for _, d in errors), field=errors[0][0])
        error.errors = errors
        raise error


def _check_date(posted_on: date, not_before: date | None = None) -> None:
    if posted_on > business_today():
        raise ValidationFailed("an entry is posted today or on a past date, not in the future", field="posted_on")
    if not_before and posted_on < not_before:
        raise ValidationFailed(f"a reversal cannot be dated before the entry it reverses ({not_before})", field="posted_on")


def _facts(lines: list[ProposedLine]) -> list[LineFact]:
    return [LineFact(account_code=l.account_code, debit=format_poisha(l.debit), credit=format_poisha(l.credit)) for l in lines]


def _announce_submitted(uow: UnitOfWork, entry: JournalEntry, lines: list[ProposedLine]) -> None:
    uow.publish(JournalSubmitted(
        entry_id=str(entry.id), kind=entry.kind, branch_id=str(entry.branch_id) if entry.branch_id else None,
        posted_on=entry.posted_on, description=entry.description, total=format_poisha(entry.total), lines=_facts(lines),
        created_by=entry.created_by, reverses_entry_id=str(entry.reverses_entry_id) if entry.reverses_entry_id else None,
    ), aggregate_id=entry.id, aggregate_version=entry.version)


async def submit(db: Database, who: Identity, *, posted_on: date, branch_id: uuid.UUID | None, description: str,
                 reference: str | None, lines: list[tuple[str, int | None, int | None, str | None]]) -> EntryView:
    """A manual entry, waiting for a second accountant. branch_id null: a head-office entry."""
    who.check_branch(branch_id, "an entry for this branch" if branch_id else "a head-office entry")
    if not description.strip():
        raise ValidationFailed("say what the entry is for", field="description")
    _check_date(posted_on)
    checked = check_lines(lines)
    async with db.uow() as uow:
        await refuse_closed(uow.session, branch_id, posted_on)
        await _check_accounts(uow, checked)
        entry = JournalEntry(
            id=uuid7(), kind="manual", status=PENDING, branch_id=branch_id, posted_on=posted_on, description=description.strip(),
            reference=reference, correlation_id=None, total=sum(l.debit for l in checked),
            proposed_lines=[l.stored() for l in checked], created_by=who.subject, version=1, created_at=now(),
        )
        uow.session.add(entry)
        _announce_submitted(uow, entry, checked)
        await uow.commit()
    return EntryView(entry, proposed(entry))


async def approve(db: Database, entry_id: uuid.UUID, who: Identity, *, expected_version: int | None) -> EntryView:
    async with db.uow() as uow:
        entry = await _pending(uow, entry_id, who, expected_version, action="approve")
        if entry.created_by == who.subject:
            raise Forbidden("maker-checker: you submitted this entry, so another accountant must approve it")
        await refuse_closed(uow.session, entry.branch_id, entry.posted_on, status=409)  # closed since it was submitted
        lines = from_stored(entry.proposed_lines or [])
        if entry.kind == "manual":  # a reversal undoes postings already made, even to an account closed since
            try:
                await _check_accounts(uow, lines)
            except ValidationFailed as exc:
                raise Conflict(f"{exc.detail} since the entry was submitted; reject it and submit a new one", field="lines") from None
        stamp = now()
        entry.status, entry.approved_by, entry.posted_at = "posted", who.subject, stamp
        entry.version += 1
        rows = [(l.account_code, l.debit, l.credit, clip(l.memo, 300)) for l in lines]
        await uow.session.flush()  # the entry is posted before its lines reference it
        await write_lines(uow.session, entry.id, entry.branch_id, entry.posted_on, entry.aggregate_id, rows)
        publish_posted(uow, entry_id=entry.id, kind=entry.kind, branch_id=entry.branch_id, posted_on=entry.posted_on,
                       total=entry.total, lines=rows, aggregate_id=entry.aggregate_id, reverses_entry_id=entry.reverses_entry_id,
                       version=entry.version)
        await uow.commit()
    return EntryView(entry, proposed(entry))


async def reject(db: Database, entry_id: uuid.UUID, who: Identity, *, reason: str, expected_version: int | None) -> EntryView:
    """Either accountant may reject (the maker withdrawing their own entry included); nothing was posted."""
    if not reason.strip():
        raise ValidationFailed("say why the entry is rejected", field="reason")
    async with db.uow() as uow:
        entry = await _pending(uow, entry_id, who, expected_version, action="reject")
        entry.status, entry.approved_by, entry.rejection_reason = "rejected", who.subject, reason.strip()
        entry.version += 1
        uow.publish(JournalRejected(
            entry_id=str(entry.id), kind=entry.kind, branch_id=str(entry.branch_id) if entry.branch_id else None,
            posted_on=entry.posted_on, reason=entry.rejection_reason, created_by=entry.created_by, rejected_by=who.subject,
        ), aggregate_id=entry.id, aggregate_version=entry.version)
        await uow.commit()
    return EntryView(entry, proposed(entry))


async def reverse(db: Database, entry_id: uuid.UUID, who: Identity, *, reason: str, posted_on: date | None) -> EntryView:
    """A reversal entry pending approval: the posted entry's lines with debit and credit swapped."""
    if not reason.strip():
        raise ValidationFailed("say why the entry is reversed", field="reason")
    async with db.uow() as uow:
        s = uow.session
        original = await load_entry(s, entry_id, who, lock=True)  # serialises two reversals of one entry
        if original.status != "posted":
            raise Conflict(f"only a posted entry can be reversed; this one is {original.status}", field="status")
        existing = (await s.scalars(select(JournalEntry).where(
            JournalEntry.reverses_entry_id == original.id, JournalEntry.status.in_(("posted", PENDING))).limit(1))).first()
        if existing is not None:
            raise Conflict(f"entry {original.id} is already reversed by {existing.id} ({existing.status})", field="entry_id",
                           extra={"reversal_id": str(existing.id)})
        on = posted_on or max(business_today(), original.posted_on)
        _check_date(on, original.posted_on)
        await refuse_closed(s, original.branch_id, on)
        original_lines = (await s.scalars(select(JournalLine).where(JournalLine.entry_id == original.id).order_by(JournalLine.line_no))).all()
        lines = [ProposedLine(l.account_code, l.credit, l.debit, l.memo) for l in original_lines]
        entry = JournalEntry(
            id=uuid7(), kind="reversal", status=PENDING, aggregate_type=original.aggregate_type, aggregate_id=original.aggregate_id,
            branch_id=original.branch_id, posted_on=on, description=clip(f"Reversal of {original.id}: {reason.strip()}", 500),
            reference=original.reference, reverses_entry_id=original.id, total=original.total,
            proposed_lines=[l.stored() for l in lines], created_by=who.subject, version=1, created_at=now(),
        )
        s.add(entry)
        _announce_submitted(uow, entry, lines)
        await uow.commit()
    return EntryView(entry, proposed(entry))


async def _pending(uow: UnitOfWork, entry_id: uuid.UUID, who: Identity, expected_version: int | None, *, action: str) -> JournalEntry:
    entry = await load_entry(uow.session, entry_id, who, kinds=MANUAL_KINDS, lock=True)
    if entry.status != PENDING:
        raise Conflict(f"cannot {action} an entry that is {entry.status}", field="status")
    check_version(entry.version, expected_version)
    return entry

