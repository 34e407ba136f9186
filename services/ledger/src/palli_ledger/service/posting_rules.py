"""Posting rules: which accounts each event debits and credits, as data accountants edit.

Changes are applied by an approved book change (service/book_changes.py), inside its transaction.
A rule change applies to events posted after it commits (posting reads the rule every time);
entries already posted keep what they were posted with (`rule_id` says which rule)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.concurrency import check_version
from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.ids import uuid7
from palli_common.pagination import PageParams
from palli_ledger.adapters.tables import Account, PostingRule
from palli_ledger.domain.rules import check_lines, parse_template
from palli_ledger.service.common import now


async def load_rule(session: AsyncSession, rule_id: uuid.UUID, *, lock: bool = False, expected_version: int | None = None) -> PostingRule:
    query = select(PostingRule).where(PostingRule.id == rule_id)
    if lock:
        query = query.with_for_update()
    rule = (await session.scalars(query)).first()
    if rule is None:
        raise NotFound(f"no posting rule {rule_id}")
    check_version(rule.version, expected_version)
    return rule


async def get_rule(db: Database, rule_id: uuid.UUID) -> PostingRule:
    async with db.sessions() as s:
        return await load_rule(s, rule_id)


async def list_rules(
    db: Database, params: PageParams, *, event_type: str | None = None, channel: str | None = None, active: bool | None = None,
) -> list[PostingRule]:
    """By event type, then id; limit+1 rows for make_page."""
    query = select(PostingRule)
    for column, value in ((PostingRule.event_type, event_type), (PostingRule.channel, channel), (PostingRule.active, active)):
        if value is not None:
            query = query.where(column == value)
    if params.after:
        after_type, after_id = _cursor(params.after)
        query = query.where((PostingRule.event_type > after_type) | ((PostingRule.event_type == after_type) & (PostingRule.id > after_id)))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(PostingRule.event_type, PostingRule.id).limit(params.limit + 1))).all())


def _cursor(after: list) -> tuple[str, uuid.UUID]:
    try:
        return str(after[0]), uuid.UUID(str(after[1]))
    except (IndexError, ValueError):
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from None


async def _check_accounts(session: AsyncSession, lines: list[dict]) -> None:
    """Each line's account (or, for a template, its header) is in the chart and can take postings."""
    templates = [parse_template(line["account"]) for line in lines]
    wanted = {code for t in templates if t for code in t.codes()}
    rows = {a.code: a for a in (await session.scalars(select(Account).where(Account.code.in_(wanted)))).all()} if wanted else {}
    for i, t in enumerate(templates):
        where = f"lines.{i}.account"
        for code in t.codes():
            account = rows.get(code)
            if account is None:
                raise ValidationFailed(f"no account with code {code}; open it with POST /v1/ledger/accounts first", field=where)
            if not account.active:
                raise ValidationFailed(f"account {code} is inactive", field=where)
            if t.header and not account.is_header:
                raise ValidationFailed(f"{code} is not a header, so it has no sub-accounts to fill in {t.text}", field=where)
            if not t.header and account.is_header:
                raise ValidationFailed(f"{code} is a header and takes no postings; name one of its sub-accounts", field=where)


async def _serialise(session: AsyncSession, event_type: str) -> None:
    """PostgreSQL: rules of one event type are created one at a time, so two concurrent creates of
    the same (type, null channel) cannot both pass (a UNIQUE constraint treats NULLs as distinct)."""
    if session.bind.dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"posting-rule:{event_type}"})


def _duplicate(event_type: str, channel: str | None) -> Conflict:
    which = f"channel {channel}" if channel else "any channel (null)"
    return Conflict(f"a posting rule for {event_type} and {which} exists; change it with PATCH instead", field="channel")


def _check_no_posting(lines: list, no_posting: bool | None) -> None:
    """A rule without lines stops an event type from being booked: it must be said, never implied."""
    if not lines and not no_posting:
        raise ValidationFailed("a rule without lines books nothing for its event; if the event moves no money, "
                               "send no_posting: true with lines []", field="lines")
    if lines and no_posting:
        raise ValidationFailed("no_posting: true goes with lines []", field="no_posting")


async def add_rule(session: AsyncSession, values: dict, *, actor: str) -> PostingRule:
    """values: event_type, channel, description, lines, active, no_posting. Flushed, not committed."""
    values = dict(values)
    no_posting = values.pop("no_posting", False)
    lines = check_lines(values["lines"], values["event_type"])
    _check_no_posting(lines, no_posting)
    s = session
    await _serialise(s, values["event_type"])
    same = (PostingRule.channel.is_(None) if values["channel"] is None else PostingRule.channel == values["channel"])
    count = await s.scalar(select(func.count()).select_from(PostingRule).where(PostingRule.event_type == values["event_type"], same))
    if count:
        raise _duplicate(values["event_type"], values["channel"])
    await _check_accounts(s, lines)
    stamp = now()
    rule = PostingRule(id=uuid7(), **{**values, "lines": lines}, version=1, created_by=actor, created_at=stamp, updated_at=stamp)
    s.add(rule)
    try:
        await s.flush()
    except IntegrityError as exc:
        raise _duplicate(values["event_type"], values["channel"]) from exc
    return rule


async def change_rule(session: AsyncSession, rule_id: uuid.UUID, changes: dict, *, expected_version: int | None) -> PostingRule:
    """changes: description, lines (with no_posting for []), active (the event type and channel are
    the rule's identity). Flushed, not committed."""
    changes = dict(changes)
    no_posting = changes.pop("no_posting", None)
    empty = [key for key, value in changes.items() if value is None]
    if empty:
        raise ValidationFailed(f"{empty[0]} cannot be empty", field=empty[0])
    if "lines" in changes:
        changes["lines"] = check_lines(changes["lines"])
        _check_no_posting(changes["lines"], no_posting)
    elif no_posting is not None:
        raise ValidationFailed("no_posting goes with lines: send lines [] with no_posting: true", field="no_posting")
    rule = await load_rule(session, rule_id, lock=True, expected_version=expected_version)
    if "lines" in changes:
        check_lines(changes["lines"], rule.event_type)  # the derived amounts its event type offers
        await _check_accounts(session, changes["lines"])
    for key, value in changes.items():
        setattr(rule, key, value)
    rule.version += 1
    rule.updated_at = now()
    await session.flush()
    return rule
