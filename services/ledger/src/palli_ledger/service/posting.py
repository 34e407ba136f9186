"""Posting: one event in, at most one balanced journal entry out, in the consumer's transaction.

Per event: the loan, savings or producers' position as a version-guarded upsert (a
classification change, write-off or close also reads and moves the loan's held provision:
domain/provisions.py, one SELECT and one UPDATE of the position row). Everything else is done once
per transaction, which is a whole fetched batch (palli_common.consumer): the active rules of an
event type read once, the accounts a rule posts to checked once, each branch's period lock taken
and its closed months read once (an entry dated in a closed month goes to the first open day:
service/periods.py), and at the commit every entry in one INSERT (ON CONFLICT on
source_event_id, so a redelivery that got past the inbox still posts nothing), their lines in
one more and their `ledger.journal` events in one more.
So a rule or account changed through the API applies from the next batch on: a batch sees the
books as they were when it first read them, as one transaction should.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from dataclasses import dataclass

from sqlalchemy import TextClause, bindparam, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_common.ids import uuid7
from palli_common.tables import OutboxRecord
from palli_ledger.adapters.tables import Account, LoanPosition, MarketplacePosition, PeriodClose, PostingRule, SavingsPosition
from palli_ledger.domain.periods import open_day, scope_of
from palli_ledger.domain.provisions import stale_amounts, step
from palli_ledger.domain.reallocation import REPAYMENT_REALLOCATED, reallocation_amounts
from palli_ledger.domain.rules import DERIVED_AMOUNTS, Line, PostingRefused, amount_of, build_lines
from palli_ledger.service.periods import _lock as periods_lock
from palli_ledger.service.common import ENTRIES, LINES, business_day, clip, journal_posted, line_rows, now

POSITIONS = LoanPosition.__table__
SAVINGS_POSITIONS = SavingsPosition.__table__
MARKETPLACE_POSITIONS = MarketplacePosition.__table__
ACCOUNTS = Account.__table__
RULES = PostingRule.__table__
CLOSES = PeriodClose.__table__
OUTBOX = OutboxRecord.__table__
# booked at the producer's branch, where her savings (2120) and the cash that paid her are: with no
# branch they would land at head office, away from both (a sale may: its outlet may have no branch)
BRANCH_REQUIRED = ("marketplace.advance", "marketplace.payout")


async def post_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """The consumers' handler for every event they take (consumers.py). Raises
    PostingRefused (the consumer retries, then parks the event on `<topic>.dlq`) when the rules
    cannot post it."""
    session, payload = uow.session, envelope.payload
    channel = payload.get("channel")
    where = f"{envelope.type} (channel {channel or 'none'}, event {envelope.id})"
    if channel is not None and not isinstance(channel, str):
        raise PostingRefused(f"{where}: channel must be a string or null, got {channel!r}")
    branch_id = _uuid_or_none(payload.get("branch_id"), where, "branch_id")
    if branch_id is None and envelope.topic in BRANCH_REQUIRED:
        raise PostingRefused(f"{where}: the event names no branch_id; it is booked at the producer's branch")
    posted_on = _posted_on(envelope, where)
    derived = None
    if envelope.topic == "lending.loan":
        loan_id = await _track_loan(session, envelope, branch_id, where)
        if envelope.type == REPAYMENT_REALLOCATED:
            derived = reallocation_amounts(payload, where)
        else:
            derived = await _move_provision(session, envelope, loan_id, where)
    elif envelope.topic == "savings.account":
        await _track_savings(session, envelope, branch_id, where)
    elif envelope.topic.startswith("marketplace."):
        await _track_producers(session, envelope, where)

    batch = _batch(uow)
    rule = await batch.rule(session, envelope.type, channel)
    if rule is None:
        raise PostingRefused(
            f"no active posting rule for {envelope.type} with channel {channel or 'none'} (event {envelope.id}): add one with "
            f'POST /v1/ledger/posting-rules {{"event_type": "{envelope.type}", "channel": {_json(channel)}, "lines": [...]}} '
            "(lines [] and no_posting: true if the event moves no money) as an admin, have a second admin approve it at "
            f"/v1/ledger/book-changes, then replay {envelope.topic}.dlq with palli-events"
        )
    if not rule.lines:
        return  # the event moves no money: nothing to post
    lines = build_lines(rule.lines, payload, where, derived)
    if not lines:
        return  # every amount was zero
    await batch.check_accounts(session, lines, where)

    aggregate_id = str(payload.get("loan_id") or payload.get("account_id") or envelope.aggregate_id)[:100]
    total = sum(line.debit for line in lines)
    asked_on, posted_on = posted_on, await batch.posting_day(session, branch_id, posted_on)  # a closed month: its first open day
    entry_id, stamp = uuid7(), now()
    values = dict(
        id=entry_id, kind="event", status="posted", source_event_id=envelope.id, source_event_type=envelope.type,
        aggregate_type=envelope.aggregate_type[:100], aggregate_id=aggregate_id, rule_id=rule.id, branch_id=branch_id,
        posted_on=posted_on, original_posted_on=asked_on if asked_on != posted_on else None,
        description=clip(f"{rule.description} ({envelope.aggregate_type} {aggregate_id})", 500),
        reference=clip(_str_or_none(payload.get("reference")), 200), correlation_id=clip(envelope.correlation_id, 200),
        total=total, created_by=clip(_str_or_none(payload.get("actor")) or envelope.source, 100), version=1,
        created_at=stamp, posted_at=stamp,
    )
    batch.entries.append((values, [(line.account_code, line.debit, line.credit, None) for line in lines]))


@dataclass(frozen=True)
class _Rule:
    id: uuid.UUID
    channel: str | None
    description: str
    lines: list[dict[str, Any]]


_RULES = (select(RULES.c.id, RULES.c.channel, RULES.c.description, RULES.c.lines)
          .where(RULES.c.event_type == bindparam("event_type"), RULES.c.active.is_(True)))
_CLOSED = select(CLOSES.c.month).where(CLOSES.c.scope == bindparam("scope"), CLOSES.c.status == "closed")
_ENTRY_COLUMNS = [c.name for c in ENTRIES.c if c.name not in ("reverses_entry_id", "proposed_lines", "approved_by", "rejection_reason")]


class _Batch:
    """One transaction's postings: what they read once, and the entries they write at its commit."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow
        self.rules: dict[str, list[_Rule]] = {}
        self.good_accounts: set[str] = set()
        self.closed: dict[str, set[date]] = {}
        self.entries: list[tuple[dict[str, Any], list[tuple[str, int, int, str | None]]]] = []
        uow.before_commit(self.write)

    async def rule(self, session: AsyncSession, event_type: str, channel: str | None) -> _Rule | None:
        """The active rule for the event's own channel, else its any-channel (null) rule."""
        if event_type not in self.rules:
            self.rules[event_type] = [_Rule(r.id, r.channel, r.description, r.lines)
                                      for r in await session.execute(_RULES, {"event_type": event_type})]
        rules = self.rules[event_type]
        if channel is not None:
            own = next((r for r in rules if r.channel == channel), None)
            if own is not None:
                return own
        return next((r for r in rules if r.channel is None), None)

    async def check_accounts(self, session: AsyncSession, lines: list[Line], where: str) -> None:
        if all(line.account_code in self.good_accounts for line in lines):
            return
        await _check_accounts(session, lines, where)
        self.good_accounts |= {line.account_code for line in lines}  # they exist now (a sub-account was opened), active, no headers

    async def posting_day(self, session: AsyncSession, branch_id: uuid.UUID | None, day: date) -> date:
        """periods.posting_day, its shared lock taken once per branch (it is held to the commit
        anyway) and the branch's closed months read once, after the lock was granted."""
        scope = scope_of(branch_id)
        if scope not in self.closed:
            await periods_lock(session, scope, exclusive=False)
            self.closed[scope] = set((await session.scalars(_CLOSED, {"scope": scope})).all())
        return open_day(day, self.closed[scope])

    async def write(self) -> None:
        if not self.entries:
            return
        session = self.uow.session
        dialect = session.bind.dialect.name
        insert_ = postgresql.insert if dialect == "postgresql" else sqlite.insert
        entries = [values for values, _ in self.entries]
        posted: set[uuid.UUID] = set()
        for k in range(0, len(entries), 500):  # within PostgreSQL's 32,767 parameters a statement
            stmt = (insert_(ENTRIES).values([{c: e[c] for c in _ENTRY_COLUMNS} for e in entries[k:k + 500]])
                    .on_conflict_do_nothing(index_elements=["source_event_id"]).returning(ENTRIES.c.id))
            posted |= set((await session.scalars(stmt)).all())  # an event posted already: nothing
        lines, outbox = [], []
        for values, rows in self.entries:
            if values["id"] not in posted:
                continue
            lines += line_rows(values["id"], values["branch_id"], values["posted_on"], values["aggregate_id"], rows)
            outbox.append(self.uow.outbox_row(journal_posted(
                entry_id=values["id"], kind="event", branch_id=values["branch_id"], posted_on=values["posted_on"], total=values["total"],
                lines=rows, original_posted_on=values["original_posted_on"], source_event_id=values["source_event_id"],
                source_event_type=values["source_event_type"], aggregate_id=values["aggregate_id"],
            ), aggregate_id=values["id"], aggregate_version=1))
        if lines:
            await session.execute(insert(LINES), lines)
        if outbox:
            await session.execute(insert(OUTBOX), outbox)
        self.entries = []


def _batch(uow: UnitOfWork) -> _Batch:
    batch = uow.cache.get("ledger.posting")
    if batch is None:
        batch = uow.cache["ledger.posting"] = _Batch(uow)
    return batch


async def _check_accounts(session: AsyncSession, lines: list[Line], where: str) -> None:
    """Every account posted to exists, is active and is not a header; a missing product
    sub-account (`1310-NEW`) is made under its header, so a new loan product does not stop the books."""
    wanted = {line.account_code for line in lines} | {line.header for line in lines if line.header}
    query = select(ACCOUNTS.c.code, ACCOUNTS.c.name, ACCOUNTS.c.name_bn, ACCOUNTS.c.type, ACCOUNTS.c.is_header, ACCOUNTS.c.active)
    found = {row.code: row for row in await session.execute(query.where(ACCOUNTS.c.code.in_(wanted)))}
    fix = "fix the posting rule or the account through /v1/ledger/posting-rules and /v1/ledger/accounts"
    opened: set[str] = set()
    for line in lines:
        account = found.get(line.account_code)
        if line.account_code in opened:
            continue
        if account is None and line.header:
            header = found.get(line.header)
            if header is None or not header.is_header or not header.active:
                state = "does not exist" if header is None else "is not a header" if not header.is_header else "is inactive"
                raise PostingRefused(f"{where}: cannot open {line.account_code}: its parent {line.header} {state}; {fix}")
            await _open_sub_account(session, header, line.account_code)
            opened.add(line.account_code)
        elif account is None:
            raise PostingRefused(f"{where}: account {line.account_code} does not exist; {fix}")
        elif account.is_header:
            raise PostingRefused(f"{where}: account {line.account_code} is a header and takes no postings; {fix}")
        elif not account.active:
            raise PostingRefused(f"{where}: account {line.account_code} is inactive; {fix}")


async def _open_sub_account(session: AsyncSession, header: Any, code: str) -> None:
    suffix, stamp = code.split("-", 1)[1], now()
    await session.execute(INSERT_ACCOUNT, dict(
        id=uuid7(), code=code, name=clip(f"{header.name} — {suffix}", 160),
        name_bn=clip(f"{header.name_bn} — {suffix}", 160) if header.name_bn else None, type=header.type,
        parent_code=header.code, is_header=False, contra=False, active=True,
        description="opened by the first posting to it", version=1, created_by="ledger", created_at=stamp, updated_at=stamp,
    ))


async def _track_loan(session: AsyncSession, envelope: EventEnvelope, branch_id: uuid.UUID | None, where: str) -> str:
    """What lending last said about the loan; an event older than the one already kept changes
    nothing. Returns the loan id (the position row exists afterwards)."""
    payload = envelope.payload
    loan_id = str(payload.get("loan_id") or envelope.aggregate_id)[:100]
    values = dict(
        loan_id=loan_id, branch_id=branch_id,
        product_code=str(payload.get("product_code") or "")[:40], status=str(payload.get("status") or "")[:40],
        outstanding_principal=amount_of(payload, "outstanding_principal", where) if "outstanding_principal" in payload else 0,
        provision=0, provision_version=0, classification=None, aggregate_version=envelope.aggregate_version, updated_at=now(),
    )
    await session.execute(UPSERT_POSITION, values)
    return loan_id


async def _track_savings(session: AsyncSession, envelope: EventEnvelope, branch_id: uuid.UUID | None, where: str) -> None:
    """What savings last said the account's balance is; an older event changes nothing."""
    payload = envelope.payload
    values = dict(account_id=str(payload.get("account_id") or envelope.aggregate_id)[:100], branch_id=branch_id,
                  kind=str(payload.get("kind") or "")[:20], status=str(payload.get("status") or "")[:20],
                  balance=amount_of(payload, "balance", where) if "balance" in payload else 0,
                  aggregate_version=envelope.aggregate_version, updated_at=now())
    await session.execute(UPSERT_SAVINGS_POSITION, values)


async def _track_producers(session: AsyncSession, envelope: EventEnvelope, where: str) -> None:
    """What the marketplace says each producer is owed after the event (`balances`); a version no
    newer than the one kept changes nothing, so late or redelivered events never roll one back."""
    balances = envelope.payload.get("balances") or []
    if not isinstance(balances, list):
        raise PostingRefused(f"{where}: the event's balances is {balances!r}, not a list of {{producer_id, balance, version}}")
    rows, stamp = [], now()
    for i, item in enumerate(balances):
        field = f"balances.{i}"
        if not isinstance(item, dict):
            raise PostingRefused(f"{where}: the event's {field} is {item!r}, not {{producer_id, balance, version}}")
        producer_id = _uuid_or_none(item.get("producer_id"), where, f"{field}.producer_id")
        version = item.get("version")
        if producer_id is None or isinstance(version, bool) or not isinstance(version, int) or not 0 < version < 2**31:
            raise PostingRefused(f"{where}: the event's {field} needs a producer_id (a UUID) and a version (a positive integer), got {item!r}")
        rows.append(dict(producer_id=producer_id, balance=amount_of(item, "balance", f"{where} {field}", signed=True), version=version,
                         updated_at=stamp))
    if rows:
        await session.execute(UPSERT_MARKETPLACE_POSITION, rows)


async def _move_provision(session: AsyncSession, envelope: EventEnvelope, loan_id: str, where: str) -> dict[str, int] | None:
    """The provision amounts this event offers its rule (None: it offers none), moving the loan's
    held provision if the event is newer than the last one that moved it. Guarded by its own
    version, not the position's: a classification change replayed from the DLQ after a newer
    repayment still books, one older than the last classification, write-off or close does not.
    The upsert above locked the row (PostgreSQL), so no other posting moves it meanwhile."""
    if envelope.type not in DERIVED_AMOUNTS:
        return None
    query = select(POSITIONS.c.provision, POSITIONS.c.provision_version).where(POSITIONS.c.loan_id == loan_id).with_for_update()
    held, moved_by = (await session.execute(query)).one()
    if moved_by >= envelope.aggregate_version:
        return stale_amounts(envelope.type, envelope.payload, where)  # a redelivery or an older event: nothing moves
    move = step(envelope.type, envelope.payload, held, where)
    values: dict[str, Any] = dict(provision=move.held, provision_version=envelope.aggregate_version)
    if move.classification is not None:
        values["classification"] = move.classification
    await session.execute(update(POSITIONS).where(POSITIONS.c.loan_id == loan_id).values(**values))
    return move.amounts


def _upsert(table: Any, conflict: str, action: str, returning: str = "", *, leave_out: tuple[str, ...] = ()) -> TextClause:
    """INSERT ... ON CONFLICT as text (PostgreSQL and SQLite spell it alike), with typed parameters.
    Text has a cache key; the dialects' on_conflict constructs have none, so SQLAlchemy would
    compile those for every event."""
    columns = [c for c in table.c if c.name not in leave_out]
    names = [c.name for c in columns]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)}) "
           f"ON CONFLICT ({conflict}) {action} {returning}")
    return text(sql).bindparams(*(bindparam(c.name, type_=c.type) for c in columns))


# the loan position, unless the one kept is from a newer version of the loan (the provision
# columns are moved by _move_provision only, under their own version guard)
_PROVISION_COLUMNS = ("provision", "provision_version", "classification")
UPSERT_POSITION = _upsert(POSITIONS, "loan_id", "DO UPDATE SET " + ", ".join(
    f"{c.name} = excluded.{c.name}" for c in POSITIONS.c if c.name not in ("loan_id", *_PROVISION_COLUMNS)) +
    " WHERE loan_positions.aggregate_version < excluded.aggregate_version")
UPSERT_SAVINGS_POSITION = _upsert(SAVINGS_POSITIONS, "account_id", "DO UPDATE SET " + ", ".join(
    f"{c.name} = excluded.{c.name}" for c in SAVINGS_POSITIONS.c if c.name != "account_id") +
    " WHERE savings_positions.aggregate_version < excluded.aggregate_version")
UPSERT_MARKETPLACE_POSITION = _upsert(MARKETPLACE_POSITIONS, "producer_id", "DO UPDATE SET balance = excluded.balance, "
    "version = excluded.version, updated_at = excluded.updated_at WHERE marketplace_positions.version < excluded.version")
# a product sub-account, nothing if a concurrent posting opened it first
INSERT_ACCOUNT = _upsert(ACCOUNTS, "code", "DO NOTHING")


def _posted_on(envelope: EventEnvelope, where: str) -> date:
    on = envelope.payload.get("on")
    if on is None:
        return business_day(envelope.occurred_at)
    try:
        return date.fromisoformat(on)
    except (TypeError, ValueError):
        raise PostingRefused(f"{where}: the event's on is {on!r}, not a date such as 2026-11-01") from None


def _uuid_or_none(value: Any, where: str, field: str) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise PostingRefused(f"{where}: the event's {field} is {value!r}, not a UUID") from None


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _json(value: str | None) -> str:
    return "null" if value is None else f'"{value}"'
