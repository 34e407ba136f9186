"""Close of business for a business date D: where every active loan's arrears stand at the end of D.

Each active loan's figures come from its unpaid installments:
   - overdue principal / interest: what is left of installments due on or before D,
   - arrears_since: the oldest unpaid installment due on or before D, days_past_due = D - arrears_since
     (0 when none: an installment due on D and unpaid counts in the overdue amounts, at 0 days),
   - next_due_on: the earliest unpaid installment's due date (past or future),
   - classification: the bucket with the greatest min_days_past_due <= days_past_due.
A loan whose figures do not change is not written, so running D again changes nothing and publishes
nothing. A changed loan publishes `LoanOverdue` when its days past due leave 0 and
`LoanClassificationChanged` when its bucket moves (what the ledger's provisions and the SMS
reminders need: the days past due moving on by one each day publish nothing); its version goes up
by one per event it publishes (at least one), so the events carry distinct, increasing aggregate
versions. Set-based both ways, never a Python loop over loans; two paths that leave the same loans
and the same events (tests hold them to it):

Staged (PostgreSQL; adapters/cob_sql.py). The loans whose figures change are worked out in one
snapshot, exported by a coordinator to `workers` connections that each stage slices of the loans'
blocks into a temporary table; then each worker writes its staged loans by place on disk,
`batch_size` a transaction, updates and events in one statement, a loan only where its version is
still the staged one (one changed meanwhile, by a repayment say, is done again under its row lock).
1,000,000 loans close in about half a minute on 2 cores (bench/lending.py).

Batched (SQLite, and PostgreSQL's before; `method="batched"`). Active loans in batches of
`batch_size` keyed on `loans.id`, each in one transaction:
1. lock the batch's active loan rows (PostgreSQL `FOR UPDATE`; SQLite's BEGIN IMMEDIATE already holds
   the writer lock), so a repayment committing meanwhile waits or is seen, never half-seen;
2. compute each loan's arrears in one aggregate query (`_ARREARS`);
3. read the few loans whose change publishes an event with their old values, before they are overwritten;
4. one `UPDATE loans ... FROM (arrears) WHERE <something differs>` (PostgreSQL and SQLite >= 3.33);
   on PostgreSQL 2-4 are one statement (`WITH c AS MATERIALIZED (arrears), changed AS (UPDATE ...),
   eventful AS (SELECT ...)`: the arrears are computed once, and every part sees the pre-update
   snapshot); SQLite runs the SELECT, then the UPDATE;
5. the events' outbox rows in one multi-row INSERT, in the same transaction as the update.
Every statement is bounded by the batch's id range on loans *and* installments (primary-key range
scans). But ids need not follow the rows' places on disk (the bench's are random, and an update that
does not fit its page moves the row), so a batch of 5,000 visited a page per loan, every page came
round again in batch after batch, and most updates moved their row (full pages) and wrote an entry
in each of the loans' six indexes: 1,000,000 loans took about 150 s.

Either way a batch that loses a deadlock is retried whole, and the run is recorded in business_days
(started, finished): a run that dies midway leaves what it committed, and the next run of the day
finishes the rest.

Penalties are out of scope: loan products define none yet, so installments' penalty stays as posted
(a penalty rule would be one more set-based UPDATE of loan_installments before the arrears).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Integer, Numeric, String, Uuid, bindparam, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_common.events import EventEnvelope, new_event, topic_of
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_common.tables import LZ4_FOR_BATCHES, OutboxRecord, UTCDateTime
from palli_lending.adapters import cob_sql
from palli_lending.adapters.tables import BusinessDay, Loan
from palli_lending.contracts.events import LoanClassificationChanged, LoanFact, LoanOverdue
from palli_lending.service.common import business_today

ACTOR = "system:close-of-business"


@dataclass(frozen=True)
class CobResult:
    day: date
    loans: int  # active loans processed
    updated: int  # loans whose arrears figures changed
    newly_overdue: int  # days past due went from 0 to more than 0
    classification_changes: int
    events: int  # outbox rows written
    seconds: float


ProgressCallback = Callable[[int, int], None]  # (loans done, loans in all)


def check_day(day: date) -> None:
    """A business day can be closed once it has begun: today (Dhaka) or earlier."""
    if day > business_today():
        raise ValidationFailed(f"{day} is in the future; close today ({business_today()}) or an earlier day", field="day")


async def close_business_day(
    db: Database, day: date, *, progress: ProgressCallback | None = None, batch_size: int = 5000, actor: str = ACTOR,
    method: str | None = None, workers: int = 2,
) -> CobResult:
    """Bring every active loan's arrears, days past due and classification to the end of `day`.

    `method`: "staged" (PostgreSQL's default: stage in one snapshot, apply by place on disk with
    `workers` connections side by side, adapters/cob_sql.py) or "batched" (SQLite's, and
    PostgreSQL's before: batches of `batch_size` loans in id order, each locked, worked out and
    written in one transaction). Both leave the same loans and publish the same events."""
    check_day(day)
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    method = method or ("staged" if db.is_postgres else "batched")
    if method not in ("staged", "batched") or (method == "staged" and not db.is_postgres):
        raise ValueError(f"no close-of-business method {method!r} here")
    clock = time.perf_counter()
    await _record_start(db, day)
    if method == "staged":
        result = await _close_staged(db, day, progress=progress, batch_size=batch_size, actor=actor, workers=max(1, workers))
        await _record_finish(db, day, result.loans)
        return CobResult(day=day, loans=result.loans, updated=result.updated, newly_overdue=result.newly_overdue,
                         classification_changes=result.classification_changes, events=result.events,
                         seconds=round(time.perf_counter() - clock, 3))
    sql = _Sql(db.is_postgres)
    async with db.sessions() as s:
        total = int((await s.execute(select(func.count()).select_from(Loan).where(Loan.status == "active"))).scalar_one())
    if progress:
        progress(0, total)

    done = updated = overdue = reclassified = events = 0
    after: uuid.UUID | None = None
    while True:
        batch = await _retrying(_close_batch, db, sql, day, after, batch_size, actor)
        if batch.loans == 0:
            break
        done += batch.loans
        updated += batch.updated
        overdue += batch.newly_overdue
        reclassified += batch.classification_changes
        events += batch.events
        after = batch.last
        if progress:
            progress(done, max(total, done))
        if batch.loans < batch_size:
            break

    await _record_finish(db, day, done)
    return CobResult(day=day, loans=done, updated=updated, newly_overdue=overdue, classification_changes=reclassified,
                     events=events, seconds=round(time.perf_counter() - clock, 3))


@dataclass(frozen=True)
class _Batch:
    loans: int
    last: uuid.UUID | None
    updated: int = 0
    newly_overdue: int = 0
    classification_changes: int = 0
    events: int = 0


async def _close_batch(db: Database, sql: "_Sql", day: date, after: uuid.UUID | None, size: int, actor: str) -> _Batch:
    """The next `size` active loans after `after`, closed in one transaction."""
    async with db.uow() as uow:
        session = uow.session
        if sql.postgres:  # short, index-driven statements: compiling them with JIT costs more than it saves
            await session.execute(text("SET LOCAL jit = off"))
        lower = after is not None
        ids = list((await session.execute(sql.batch(lower), {"after": after, "limit": size})).scalars())
        if not ids:
            return _Batch(loans=0, last=after)
        bounds = {"day": day, "after": after, "last": ids[-1]}
        if sql.postgres:
            rows = (await session.execute(sql.close_batch(lower), {**bounds, "now": datetime.now(UTC)})).mappings().all()
            updated = rows[0]["updated"]
            changes = [r for r in rows if r["loan_id"] is not None]
        else:
            changes = (await session.execute(sql.changes(lower), bounds)).mappings().all()
            updated = (await session.execute(sql.update(lower), {**bounds, "now": datetime.now(UTC)})).rowcount
        envelopes, outbox = _events(changes, day, actor)
        if outbox:
            await session.execute(insert(OutboxRecord.__table__), outbox)
            uow.events.extend(envelopes)  # so the commit wakes the relay
        await uow.commit()
    return _Batch(
        loans=len(ids), last=ids[-1], updated=updated, events=len(envelopes),
        newly_overdue=sum(1 for c in changes if c["old_days_past_due"] == 0 and c["days_past_due"] > 0),
        classification_changes=sum(1 for c in changes if c["old_classification"] != c["classification"]),
    )


_RETRYABLE = {"40P01", "40001"}  # deadlock detected, serialization failure: the batch rolled back whole


async def _retrying(run: Callable[..., Awaitable[Any]], *args: Any, attempts: int = 3) -> Any:
    """A batch that lost a deadlock (say with a collection sheet locking the same loans in another
    order) rolled back whole; running it again is safe."""
    for attempt in range(1, attempts + 1):
        try:
            return await run(*args)
        except DBAPIError as exc:
            code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
            if code not in _RETRYABLE or attempt == attempts:
                raise
            await asyncio.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


# --- staged (PostgreSQL) -------------------------------------------------------------------------

@dataclass
class _Totals:
    loans: int = 0
    updated: int = 0
    newly_overdue: int = 0
    classification_changes: int = 0

    @property
    def events(self) -> int:
        return self.newly_overdue + self.classification_changes

    def add(self, applied: cob_sql.Applied) -> None:
        self.updated += applied.updated
        self.newly_overdue += applied.newly_overdue
        self.classification_changes += applied.classification_changes


async def _close_staged(db: Database, day: date, *, progress: ProgressCallback | None, batch_size: int, actor: str,
                        workers: int) -> _Totals:
    """Stage every active loan whose figures change in one snapshot (the coordinator's, exported to
    the workers), then apply them by place on disk, `batch_size` a transaction, `workers` side by
    side. See adapters/cob_sql.py."""
    totals = _Totals()
    engine = db.engine
    async with engine.connect() as coordinator:
        await coordinator.execution_options(isolation_level="REPEATABLE READ")
        await coordinator.begin()
        snapshot = (await coordinator.execute(text("SELECT pg_export_snapshot()"))).scalar_one()
        totals.loans = int((await coordinator.execute(text(cob_sql.COUNT))).scalar_one())
        blocks = int((await coordinator.execute(text(cob_sql.BLOCKS))).scalar_one())
        buckets = [(r[0], int(r[1])) for r in (await coordinator.execute(text(cob_sql.BUCKETS))).all()]
        classification, bucket_params = cob_sql.classify(buckets)
        slices = _slices(blocks, workers)
        # passes go round a few slices at a time, enough blocks that a page's next pass comes after
        # every statement that saw its last one ended (so its old rows can be pruned), few enough
        # that it comes before the next checkpoint (or the page is written whole to the WAL again)
        per_round = max(1, -(-_ROUND_BLOCKS // max(1, blocks // len(slices))))
        queue = [(k // per_round, k, lo, hi) for k, (lo, hi) in reversed(list(enumerate(slices)))]
        conns = [await engine.connect() for _ in range(min(workers, len(slices)))]
        try:
            stages: list[list[tuple[int, int]]] = [[] for _ in conns]
            await _together(_stage(conn, snapshot, queue, ranges, day, classification, bucket_params)
                            for conn, ranges in zip(conns, stages, strict=True))
            await coordinator.rollback()  # every worker holds the snapshot now
            staged = sum(hi - lo for ranges in stages for lo, hi in ranges)
            done = totals.loans - staged
            if progress:
                progress(0, totals.loans)
                progress(done, totals.loans)

            def advance(n: int) -> None:
                nonlocal done
                done += n
                if progress:
                    progress(min(done, totals.loans), totals.loans)

            await _together(_apply_stage(db, conn, ranges, batch_size, day, actor, classification, bucket_params, totals, advance)
                            for conn, ranges in zip(conns, stages, strict=True))
        finally:
            for conn in conns:
                try:
                    with contextlib.suppress(Exception):  # a stage left behind is emptied by the next run on this connection
                        await conn.rollback()
                        await conn.execute(text("DROP TABLE IF EXISTS lending_cob_stage"))
                        await conn.commit()
                finally:
                    await conn.close()
    return totals


async def _together(runs: Any) -> None:
    """The workers side by side; the first to fail stops the others, and its error is raised as it
    is (not in an ExceptionGroup: callers handle database errors as the batched path raises them)."""
    try:
        async with asyncio.TaskGroup() as group:
            for run in runs:
                group.create_task(run)
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None


_SLICE_BLOCKS = 256  # the fewest blocks worth a slice of their own
_ROUND_BLOCKS = 2048  # the blocks a pass goes round before the next pass


def _slices(blocks: int, workers: int) -> list[tuple[str, str]]:
    """The table's blocks cut into slices of at least _SLICE_BLOCKS (a few per worker, for
    balance); the last one runs to the end, past blocks added since."""
    count = max(1, min(4 * workers, -(-blocks // _SLICE_BLOCKS)))
    edges = [blocks * k // count for k in range(count)]
    return [(f"({lo},0)", f"({edges[k + 1]},0)" if k + 1 < count else cob_sql.END) for k, lo in enumerate(edges)]


async def _stage(conn: Any, snapshot: str, queue: list[tuple[int, int, str, str]], ranges: list[tuple[int, int]], day: date,
                 classification: str, bucket_params: dict[str, Any]) -> None:
    """One worker: slices from the queue into its own stage, all in the run's snapshot; `ranges`
    gets each pass of each slice as (first n - 1, last n), in the order they are to be applied: round
    by round of slices, pass by pass, slice by slice."""
    await conn.execution_options(isolation_level="REPEATABLE READ")
    await conn.begin()
    await conn.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))
    await conn.execute(text("SET LOCAL jit = off"))
    await conn.execute(text("SET LOCAL work_mem = '64MB'"))
    await conn.execute(text(cob_sql.STAGE_TABLE))
    await conn.execute(text("TRUNCATE lending_cob_stage"))
    statement = text(cob_sql.stage_sql(classification))
    count = 0
    order = []
    while queue:
        round_, k, lo, hi = queue.pop()
        params = {"offset": count, "lo": lo, "hi": hi, "day": day, "per_pass": cob_sql.PER_PASS, **bucket_params}
        added = (await conn.execute(statement, params)).rowcount
        if added:
            passes = (await conn.execute(text(cob_sql.PASSES), {"offset": count})).all()
            order.extend(((round_, int(p), k), (int(a), int(b))) for p, a, b in passes)
            count += added
    ranges.extend(r for _, r in sorted(order))
    await conn.execute(text("ANALYZE lending_cob_stage"))
    await conn.commit()
    await conn.execution_options(isolation_level="READ COMMITTED")


async def _apply_stage(db: Database, conn: Any, ranges: list[tuple[int, int]], batch_size: int, day: date, actor: str,
                       classification: str, bucket_params: dict[str, Any], totals: _Totals, advance: Callable[[int], None]) -> None:
    """One worker: its staged loans, `batch_size` a transaction, never a batch across two passes
    or slices (their blocks lie apart); the loans a batch skipped (changed since the snapshot) done again
    under a row lock."""
    for first, last in ranges:
        for lo in range(first, last, batch_size):
            hi = min(lo + batch_size, last)
            applied = await _retrying(_apply, db, conn, cob_sql.STAGED, cob_sql.BY_PLACE, {"lo": lo, "hi": hi}, day, actor, False)
            totals.add(applied)
            skipped = applied.skipped
            for _ in range(3):
                if not skipped:
                    break
                redone = await _retrying(_apply, db, conn, cob_sql.redo_sql(classification), "",
                                         {"ids": skipped, "day": day, **bucket_params}, day, actor, True)
                totals.add(redone)
                skipped = redone.skipped
            if skipped:
                raise RuntimeError(f"close of business: loans {skipped} kept changing under their row lock")
            advance(hi - lo)


async def _apply(db: Database, conn: Any, source: str, match: str, params: dict[str, Any], day: date, actor: str,
                 lock: bool) -> cob_sql.Applied:
    sql, envelope_params = cob_sql.apply_sql(source, match, day, actor, datetime.now(UTC))
    try:
        await conn.begin()
        await conn.execute(text("SET LOCAL jit = off"))  # short, index-driven statements: JIT costs more than it saves
        await conn.execute(text(LZ4_FOR_BATCHES))
        if lock:
            await conn.execute(text(cob_sql.LOCK), {"ids": params["ids"]})
        row = (await conn.execute(text(sql), {**envelope_params, **params})).one()
        await conn.commit()
    except BaseException:
        await conn.rollback()
        raise
    applied = cob_sql.Applied(updated=int(row.updated), newly_overdue=int(row.newly_overdue),
                              classification_changes=int(row.classification_changes), skipped=list(row.skipped or []))
    if applied.events:
        for wake in db.after_commit:  # the relay: events are waiting
            wake()
    return applied


# --- the SQL -------------------------------------------------------------------------------------

_UNPAID = (
    "i.principal + i.interest + i.penalty > i.paid_principal + i.paid_interest + i.paid_penalty + i.waived_interest"
)

# Each active loan of the batch (ids in (:after, :last]) with its arrears at the end of :day.
_ARREARS = """
SELECT a.loan_id, a.overdue_principal, a.overdue_interest, a.arrears_since, a.next_due_on, a.days_past_due,
       COALESCE((SELECT b.name FROM classification_buckets b WHERE b.min_days_past_due <= a.days_past_due
                 ORDER BY b.min_days_past_due DESC LIMIT 1), 'standard') AS classification
FROM (
    SELECT g.*, CASE WHEN g.arrears_since IS NULL THEN 0 ELSE {days} END AS days_past_due
    FROM (
        SELECT l.id AS loan_id,
               CAST(COALESCE(SUM(CASE WHEN i.due_on <= :day THEN i.principal - i.paid_principal ELSE 0 END), 0) AS BIGINT)
                   AS overdue_principal,
               CAST(COALESCE(SUM(CASE WHEN i.due_on <= :day THEN i.interest - i.paid_interest - i.waived_interest ELSE 0 END), 0)
                   AS BIGINT) AS overdue_interest,
               MIN(CASE WHEN i.due_on <= :day THEN i.due_on END) AS arrears_since,
               MIN(i.due_on) AS next_due_on
        FROM loans l
        LEFT JOIN loan_installments i ON i.loan_id = l.id AND {unpaid} AND {installment_range}
        WHERE l.status = 'active' AND {range}
        GROUP BY l.id
    ) g
) a
"""


class _Sql:
    """The statements, for PostgreSQL or SQLite (they differ only in date arithmetic, null-safe
    comparison and row locks)."""

    def __init__(self, postgres: bool):
        self.postgres = postgres
        self.days = "(CAST(:day AS DATE) - g.arrears_since)" if postgres else \
            "CAST(julianday(:day) - julianday(g.arrears_since) AS INTEGER)"
        self.differs = "IS DISTINCT FROM" if postgres else "IS NOT"

    @staticmethod
    def _range(alias: str, lower: bool) -> str:
        return (f"{alias}.id > :after AND " if lower else "") + f"{alias}.id <= :last"

    def _arrears(self, lower: bool) -> str:
        # the installments' own range too, so the planner reads just the batch's (primary key range scan)
        return _ARREARS.format(days=self.days, unpaid=_UNPAID, range=self._range("l", lower),
                               installment_range=self._range("i", lower).replace("i.id", "i.loan_id"))

    @staticmethod
    def _binds(statement: Any, *names: str) -> Any:
        types = {"after": Uuid(), "last": Uuid(), "day": Date(), "limit": Integer(), "now": UTCDateTime()}
        return statement.bindparams(*(bindparam(n, type_=types[n]) for n in names))

    def batch(self, lower: bool) -> Any:
        """The next batch's active loan ids, in id order, locked on PostgreSQL."""
        where = "status = 'active'" + (" AND id > :after" if lower else "")
        lock = " FOR UPDATE" if self.postgres else ""
        statement = text(f"SELECT id FROM loans WHERE {where} ORDER BY id LIMIT :limit{lock}")
        return self._binds(statement, *(["after"] if lower else []), "limit").columns(id=Uuid())

    def _changes(self, source: str, lower: bool) -> str:
        """The loans whose change publishes an event, old and new figures side by side."""
        return f"""
        SELECT c.loan_id, c.overdue_principal, c.overdue_interest, c.days_past_due, c.classification,
               l.days_past_due AS old_days_past_due, l.classification AS old_classification, l.version,
               l.member_id, l.group_id, l.branch_id, l.product_id, p.code AS product_code, l.status, l.principal,
               l.outstanding_principal, l.outstanding_interest, l.outstanding_penalty,
               b.provision_percent
        FROM loans l
        JOIN {source} ON c.loan_id = l.id
        JOIN loan_products p ON p.id = l.product_id
        LEFT JOIN classification_buckets b ON b.name = c.classification
        WHERE {self._range("l", lower)}
          AND ((l.days_past_due = 0 AND c.days_past_due > 0) OR l.classification <> c.classification)
        """

    def _update(self, source: str, lower: bool) -> str:
        """Write the new figures, only where something differs (a re-run writes nothing); one
        version step per event the loan publishes, at least one."""
        d = self.differs
        both = "(loans.days_past_due = 0 AND c.days_past_due > 0) AND loans.classification <> c.classification"
        return f"""
        UPDATE loans SET
            overdue_principal = c.overdue_principal,
            overdue_interest = c.overdue_interest,
            days_past_due = c.days_past_due,
            classification = c.classification,
            arrears_since = c.arrears_since,
            next_due_on = c.next_due_on,
            version = loans.version + CASE WHEN {both} THEN 2 ELSE 1 END,
            updated_at = :now
        FROM {source}
        WHERE loans.id = c.loan_id AND {self._range("loans", lower)} AND (
            loans.overdue_principal <> c.overdue_principal OR loans.overdue_interest <> c.overdue_interest
            OR loans.days_past_due <> c.days_past_due OR loans.classification <> c.classification
            OR loans.arrears_since {d} c.arrears_since OR loans.next_due_on {d} c.next_due_on
        )"""

    def _typed(self, sql: str, lower: bool, *extra: str) -> Any:
        statement = self._binds(text(sql), "day", *(["after"] if lower else []), "last", *extra)
        return statement.columns(
            loan_id=Uuid(), member_id=Uuid(), group_id=Uuid(), branch_id=Uuid(), product_id=Uuid(), product_code=String(),
            provision_percent=Numeric(5, 2),
        )

    def close_batch(self, lower: bool) -> Any:
        """PostgreSQL: the arrears computed once, the eventful loans read and the update done in one
        statement. Every part of a WITH sees the same snapshot, so `eventful` reads the loans as they
        were before `changed` wrote them. One row at least: `updated`, then each eventful loan."""
        sql = f"""
        WITH c AS MATERIALIZED ({self._arrears(lower)}),
        changed AS ({self._update("c", lower)} RETURNING loans.id),
        eventful AS ({self._changes("c", lower)})
        SELECT u.updated, e.* FROM (SELECT count(*) AS updated FROM changed) u LEFT JOIN eventful e ON true
        ORDER BY e.loan_id
        """
        return self._typed(sql, lower, "now")

    def changes(self, lower: bool) -> Any:
        """SQLite, first: the batch's eventful loans (before the update overwrites them)."""
        return self._typed(self._changes(f"({self._arrears(lower)}) c", lower) + " ORDER BY l.id", lower)

    def update(self, lower: bool) -> Any:
        """SQLite, then: the update."""
        return self._binds(text(self._update(f"({self._arrears(lower)}) c", lower)), "day", *(["after"] if lower else []), "last", "now")


# --- events --------------------------------------------------------------------------------------

def _events(changes: Any, day: date, actor: str) -> tuple[list[EventEnvelope], list[dict[str, Any]]]:
    """The batch's events and their outbox rows. Each payload is validated by its contract, as
    `uow.publish` does; what every event of the batch shares (source, time, correlation, causation,
    trace context) is taken once from `new_event`, so thousands of events cost little more than
    their payloads (a first close over a migrated portfolio can raise one per loan)."""
    envelopes: list[EventEnvelope] = []
    rows: list[dict[str, Any]] = []
    shared: dict[str, Any] | None = None
    created = datetime.now(UTC)
    for contract, loan_id, version in _contracts(changes, day, actor):
        if shared is None:
            shared = new_event(contract, aggregate_id=loan_id, aggregate_version=version).model_dump(mode="json")
        event = {
            **shared, "id": str(uuid7()), "type": contract.event_type, "version": contract.version,
            "aggregate_type": contract.event_type.split(".")[1], "aggregate_id": str(loan_id), "aggregate_version": version,
            "payload": contract.model_dump(mode="json"),
        }
        envelope = EventEnvelope.model_validate(event)
        envelopes.append(envelope)
        rows.append(dict(id=envelope.id, topic=topic_of(envelope.type), key=envelope.aggregate_id, event_type=envelope.type,
                         envelope=event, created_at=created, published_at=None, attempts=0, last_error=None))
    return envelopes, rows


def _contracts(changes: Any, day: date, actor: str) -> Iterator[tuple[LoanFact, uuid.UUID, int]]:
    for c in changes:
        version = c["version"]
        base = dict(
            loan_id=str(c["loan_id"]), member_id=str(c["member_id"]), group_id=str(c["group_id"]), branch_id=str(c["branch_id"]),
            product_id=str(c["product_id"]), product_code=c["product_code"], status=c["status"], on=day,
            loan_principal=format_poisha(c["principal"]), outstanding_principal=format_poisha(c["outstanding_principal"]),
            outstanding_interest=format_poisha(c["outstanding_interest"]),
            outstanding_penalty=format_poisha(c["outstanding_penalty"]), actor=actor,
        )
        if c["old_days_past_due"] == 0 and c["days_past_due"] > 0:
            version += 1
            yield LoanOverdue(**base, days_past_due=c["days_past_due"], overdue_principal=format_poisha(c["overdue_principal"]),
                              overdue_interest=format_poisha(c["overdue_interest"])), c["loan_id"], version
        if c["old_classification"] != c["classification"]:
            version += 1
            percent = Decimal(c["provision_percent"] if c["provision_percent"] is not None else 0)
            yield LoanClassificationChanged(**base, previous=c["old_classification"], classification=c["classification"],
                                            provision_percent=f"{percent:.2f}", days_past_due=c["days_past_due"]), c["loan_id"], version


# --- the run's record ----------------------------------------------------------------------------

async def _record_start(db: Database, day: date) -> None:
    """Upsert the run's row (two runs of one day racing both get through: the loans' row locks make
    the second find nothing to change)."""
    now = datetime.now(UTC)
    upsert = (pg_insert if db.is_postgres else sqlite_insert)(BusinessDay)
    statement = upsert.values(day=day, loans=0, started_at=now).on_conflict_do_update(
        index_elements=["day"], set_={"started_at": now, "finished_at": None},
    )
    async with db.uow() as uow:
        await uow.session.execute(statement)
        await uow.commit()


async def _record_finish(db: Database, day: date, loans: int) -> None:
    async with db.uow() as uow:
        await uow.session.execute(
            update(BusinessDay).where(BusinessDay.day == day).values(loans=loans, finished_at=datetime.now(UTC))
        )
        await uow.commit()


async def last_closed_day(session: AsyncSession) -> date | None:
    """The latest business day whose close finished: where the loans' arrears stand."""
    query = select(func.max(BusinessDay.day)).where(BusinessDay.finished_at.is_not(None))
    return (await session.execute(query)).scalar_one_or_none()
