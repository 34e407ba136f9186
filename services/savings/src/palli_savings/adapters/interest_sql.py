"""One chunk of the interest job as set-based SQL on PostgreSQL: lock the accounts due (keeping
what their rows and events need), derive each one's balance runs from its transactions, price them
with Fineract's arithmetic, and write balances, passbook rows, postings and outbox events with one
plain statement each. The rules are service/interest.py's; the tests hold both paths to the same
poisha.

Where the time goes (bench/savings.py): writing about 4 rows per account, and pricing. So the
pricing streams: each step's expression is worked out once per row in a subquery fenced with
OFFSET 0 (not a MATERIALIZED CTE, whose tuplestore spilled to disk at 50,000 accounts), balances
stay bigint poisha until the one multiplication by the run's factor, and each chunk runs only the
pricing of the interest methods it holds.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import text

from palli_common import context
from palli_common.events import current_traceparent
from palli_common.ids import uuid7
from palli_common.tables import BATCH_EVENTS, BATCH_KEY, LZ4_FOR_BATCHES
from palli_savings.domain.interest import DEBIT_KINDS, Segment, periodic_rate


@dataclass
class Chunk:
    accounts: int
    credited: int
    amount: int
    last: uuid.UUID | None


TEMP_TABLES = """
CREATE TEMP TABLE IF NOT EXISTS savings_due (id uuid PRIMARY KEY, product_id uuid, product_code text, balance bigint, version int,
  number text, member_id uuid, group_id uuid, branch_id uuid, kind text, status text, deposit_due bigint, interest_method text,
  diy int, min_bal bigint, start date, carry numeric, n int) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS savings_segments (product_id uuid, seg_from date, seg_to date, rate numeric) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS savings_factors (rate numeric, diy int, days int, factor numeric, per_poisha numeric,
  PRIMARY KEY (rate, diy, days)) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS savings_priced (id uuid PRIMARY KEY, start date, balance bigint, version int, carry numeric,
  interest numeric, amount bigint, carry_out numeric, txn_id uuid, posting_id uuid, event_id uuid) ON COMMIT DELETE ROWS
"""

LOCK_DUE = """
INSERT INTO savings_due
WITH locked AS (
  SELECT a.id, a.product_id, a.balance, a.version, a.number, a.member_id, a.group_id, a.branch_id, a.kind, a.status, a.deposit_due,
         a.opened_on, a.interest_posted_to, a.interest_carry FROM savings_accounts a
  WHERE a.product_id = ANY(CAST(:products AS uuid[])) AND a.status = ANY(CAST(:earning AS text[])) AND a.opened_on <= :end
    AND (a.interest_posted_to IS NULL OR a.interest_posted_to < :end) AND a.id > :after
    AND (CAST(:upto AS uuid) IS NULL OR a.id <= :upto)
  ORDER BY a.id LIMIT :chunk FOR UPDATE OF a)
SELECT l.id, l.product_id, p.code, l.balance, l.version, l.number, l.member_id, l.group_id, l.branch_id, l.kind, l.status, l.deposit_due,
       p.interest_method, p.days_in_year, p.min_balance_for_interest,
       GREATEST(CAST(:start AS date), l.opened_on, COALESCE(l.interest_posted_to + 1, l.opened_on)), l.interest_carry,
       CAST(row_number() OVER (ORDER BY l.id) AS int)
FROM locked l JOIN savings_products p ON p.id = l.product_id
"""

# Runs, as service/interest.py's _history and domain period_interest make them: the balance at
# the end of the day before the period is the balance now less what moved since; each day money
# moved ends the run before it (its balance: the balance now less what moved from that day on, one
# window pass for the sum and the day before); a rate change splits a run (the overlap join with
# savings_segments). The period holds no interest transactions of its own yet (periods post once,
# in order; adjustments move no money), so every move day is a run boundary. A day of no money
# after the period (a sentinel per account) ends the last run. Poisha throughout. Each account's
# transactions are one probe of the (account_id, on) index from its period's start (the lateral
# subquery, fenced so the planner keeps it a nested loop), so an account's earlier history is never
# read: a join over the chunk's id range walked every earlier entry (PostgreSQL 15's btree has no
# skip scan), and a join without it scanned all the transactions for every chunk.
RUNS = """
walked AS (
  SELECT m.id, m.at, sum(m.net) OVER w AS from_at, lag(m.at) OVER w AS prev_at
  FROM (
    SELECT d.id, t."on" AS at, CAST(sum(CASE WHEN t.kind IN ({debits}) THEN -t.amount ELSE t.amount END) AS bigint) AS net
    FROM savings_due d CROSS JOIN LATERAL (
      SELECT t.kind, t.amount, t."on" FROM savings_transactions t WHERE t.account_id = d.id AND t."on" >= d.start OFFSET 0) t
    WHERE d.interest_method = :method
    GROUP BY d.id, t."on"
    UNION ALL
    SELECT d.id, CAST(:end AS date) + 1, 0 FROM savings_due d WHERE d.interest_method = :method) m
  WINDOW w AS (PARTITION BY m.id ORDER BY m.at ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING)),
runs AS (
  SELECT w.id, d.product_id, d.diy, d.min_bal, LEAST(COALESCE(w.prev_at, d.start), CAST(:end AS date) + 1) AS a,
         LEAST(w.at, CAST(:end AS date) + 1) AS b, d.balance - w.from_at AS bal
  FROM walked w JOIN savings_due d ON d.id = w.id),
spans AS (
  SELECT r.id, r.diy, r.min_bal, r.bal, s.seg_from, s.rate, LEAST(r.b, s.seg_to + 1) - GREATEST(r.a, s.seg_from) AS days
  FROM runs r JOIN savings_segments s ON s.product_id = r.product_id AND s.seg_from < r.b AND s.seg_to >= r.a
  WHERE r.b > r.a)
"""

# daily balance: each run's balance x its factor (per_poisha = factor / 100, exact), DECIMAL64, 9 places
DAILY = """
earned AS (
  SELECT id, sum({q9_v}) AS interest FROM (
    SELECT p.id, p.bal * f.per_poisha AS v
    FROM spans p JOIN savings_factors f ON f.rate = p.rate AND f.diy = p.diy AND f.days = p.days
    WHERE p.bal >= 0 AND p.bal >= p.min_bal OFFSET 0) v
  GROUP BY id)
"""

# average daily balance, per rate's span: the average of the runs' balances x days (exact in bigint
# poisha-days: a run's balance x days has at most 15 digits below 10^10 taka, so Fineract's
# DECIMAL64 and 9 places leave each product as it is), DECIMAL64 and 9 places; then x the factor
ADB = """
spans_adb AS (
  SELECT id, rate, diy, max(min_bal) AS min_bal, sum(days) AS days, CAST(sum(bal * days) * 0.01 AS numeric(48, 27)) / sum(days) AS q
  FROM spans GROUP BY id, seg_from, rate, diy HAVING sum(bal * days) <> 0 AND sum(days) > 0),
earned AS (
  SELECT id, sum({q9_v}) AS interest FROM (
    SELECT a.id, a.average * f.factor AS v
    FROM (SELECT id, rate, diy, min_bal, days, {q9_q} AS average FROM spans_adb OFFSET 0) a
    JOIN savings_factors f ON f.rate = a.rate AND f.diy = a.diy AND f.days = a.days
    WHERE a.average >= 0 AND a.average >= a.min_bal * 0.01 OFFSET 0) v
  GROUP BY id)
"""

# what is due with the carry, HALF_EVEN to the poisha (nothing below zero is debited: it is carried)
PRICE = """
INSERT INTO savings_priced
WITH {runs}, {earned}
SELECT id, start, balance, version, carry, interest, amount, due - amount * 0.01,
       CASE WHEN amount > 0 THEN {txn_id} END, {posting_id}, CASE WHEN amount > 0 THEN {event_id} END
FROM (
  SELECT *, CASE WHEN due <= 0 THEN 0 ELSE CAST({due_2} * 100 AS bigint) END AS amount FROM (
    SELECT d.id, d.n, d.start, d.balance, d.version, d.carry, COALESCE(e.interest, 0) AS interest, COALESCE(e.interest, 0) + d.carry AS due
    FROM savings_due d LEFT JOIN earned e ON e.id = d.id WHERE d.interest_method = :method OFFSET 0) due OFFSET 0) posted
"""

# The accounts' rows are in [after, last] of the primary key: the bounds let the planner look them
# up by index instead of scanning every account for each chunk.
UPDATE = """
UPDATE savings_accounts a SET balance = a.balance + r.amount, version = a.version + CASE WHEN r.amount > 0 THEN 1 ELSE 0 END,
       interest_posted_to = CAST(:end AS date), interest_carry = r.carry_out, updated_at = CAST(:now AS timestamptz)
FROM savings_priced r WHERE a.id = r.id AND a.id > :after AND a.id <= :last
"""

TRANSACTIONS = """
INSERT INTO savings_transactions (id, account_id, kind, "on", amount, balance_after, channel, reference, created_by, created_at)
SELECT txn_id, id, 'interest', CAST(:end AS date), amount, balance + amount, NULL, CAST(:reference_prefix AS text) || start || CAST(:reference_end AS text),
       CAST(:actor AS text), CAST(:now AS timestamptz)
FROM savings_priced WHERE amount > 0 ORDER BY id
"""

POSTINGS = """
INSERT INTO savings_interest_postings (id, account_id, kind, period_start, period_end, interest, carried_in, amount, carry_out,
                                       transaction_id, caused_by, created_at)
SELECT posting_id, id, 'posting', start, CAST(:end AS date), interest, carry, amount, carry_out, txn_id, NULL, CAST(:now AS timestamptz)
FROM savings_priced ORDER BY id
"""

# The envelope palli_common.events.new_event makes for contracts.events.InterestPosted, as text
# (json_build_object with its casts cost more): what is the same for the whole chunk comes in as
# parameters made by json.dumps (_envelope_parts), the rest is uuids, numbers and dates, which need
# no escaping; the account's texts go through to_json. The events go in batch rows of
# EVENTS_PER_ROW (palli_common.tables.OutboxRecord), each row's id its first event's, lz4 where the
# server has it (LZ4_FOR_BATCHES): a row per event was a third of the job's WAL (1.27 of 3.58 GB
# at 1,000,000 accounts), and the relay now marks 10,000 rows published, not 1,000,000.
OUTBOX = """
INSERT INTO outbox (id, topic, key, event_type, envelope, created_at, published_at, attempts, last_error)
SELECT (array_agg(event_id ORDER BY id))[1], 'savings.account', CAST(:batch_key AS text), 'savings.account.interest_posted',
       CAST('[' || string_agg(envelope, ', ' ORDER BY id) || ']' AS json), CAST(:now AS timestamptz), NULL, 0, NULL
FROM (
  SELECT r.id, r.event_id, d.n,
  '{"id": "' || r.event_id || CAST(:head AS text) || r.id || '", "aggregate_version": ' || (r.version + 1) || CAST(:context AS text) || r.id
  || '", "number": ' || to_json(d.number) || ', "member_id": "' || d.member_id || '", "group_id": "' || d.group_id
  || '", "branch_id": "' || d.branch_id || '", "product_id": "' || d.product_id || '", "product_code": ' || to_json(d.product_code)
  || ', "kind": ' || to_json(d.kind) || ', "status": ' || to_json(d.status) || CAST(:on AS text) || r.amount * 0.01
  || '", "balance": "' || (r.balance + r.amount) * 0.01 || '", "deposit_due": "' || d.deposit_due * 0.01
  || '", "channel": null, "reference": "' || CAST(:reference_prefix AS text) || r.start || CAST(:reference_end AS text) || '", "transaction_id": "' || r.txn_id
  || '", "backdate_reason": null, "actor": ' || CAST(:actor_json AS text) || ', "period_start": "' || r.start || CAST(:tail AS text) AS envelope
  FROM savings_priced r JOIN savings_due d ON d.id = r.id WHERE r.amount > 0) e
GROUP BY (n - 1) / CAST(:per_row AS int) ORDER BY 1
"""

EVENTS_PER_ROW = BATCH_EVENTS  # a name of its own, so a test can make rows of two

SUMMARY = "SELECT count(*), count(*) FILTER (WHERE amount > 0), COALESCE(sum(amount), 0) FROM savings_priced"

# JIT: the pricing's plan costs over jit_optimize_above_cost once the transactions table is large,
# and compiling its rounding expressions then took 5 of a chunk's 8 s (with 200 earlier
# transactions per account); interpreted, they take well under a second.

# A chunk's sorts and hashes (runs by account and day, sums by account) take about 12 MB at 50,000
# accounts: with the default 4 MB they spilled to disk. For the job's own transactions only.
WORK_MEM = "48MB"


def _quoted(kinds: tuple[str, ...]) -> str:
    return ", ".join(f"'{k}'" for k in kinds)


# Java's HALF_EVEN and DECIMAL64 as plain expressions (a SQL function with a subquery is not inlined
# and costs ~60 us a row; log() ~12 us). For a non-negative column `v`: at a tie, round() (half away
# from zero) and trunc() are 10^-p apart with v exactly between them; keep whichever is even.
def half_even(v: str, places: str) -> str:
    t, r = f"trunc({v}, {places})", f"round({v}, {places})"
    return f"(CASE WHEN 2 * {v} = {t} + {r} AND {r} > {t} AND mod({t} / ({r} - {t}), 2) = 0 THEN {t} ELSE {r} END)"


def places(v: str) -> str:
    """The places that keep 16 significant digits of `v` (v >= 0): found by comparisons where an
    interest or an average usually falls, else from the digits of trunc(v x 10^20) (v >= 10^-20)."""
    steps = " ".join(f"WHEN {v} < 1e{k} THEN {16 - k}" for k in range(-2, 10))
    return f"(CASE WHEN {v} < 1e-3 THEN (36 - length(CAST(trunc({v} * 1e20) AS text))) {steps} " \
           f"ELSE (36 - length(CAST(trunc({v} * 1e20) AS text))) END)"


def decimal64_9(v: str) -> str:
    """Fineract's DECIMAL64 (16 significant digits, HALF_EVEN) then HALF_EVEN to 9 places, of a
    column `v` >= 0. Rounding twice differs from one round() to 9 places only where `v` lies within
    half of DECIMAL64's last place (5 x 10^-16 below 10, 5 x 10^-11 below 10^6) of a 9-place tie, or
    on it: only those rows (about 1 in 100,000 below 100 taka) take the exact two roundings, whose
    text repeats `v` and the places hundreds of times (pricing spent most of its rounding time there)."""
    off = f"abs({v} - trunc({v}, 9) - 5e-10)"
    fast = " ".join(f"WHEN {v} < 1e{k} THEN {off} > 5e-{17 - k}" for k in (1, 2, 4, 6))
    return f"(CASE WHEN (CASE {fast} ELSE false END) THEN round({v}, 9) ELSE {half_even(half_even(v, places(v)), '9')} END)"


def half_even_2(v: str) -> str:
    """HALF_EVEN to the poisha of a column `v` > 0 with at most 9 places: round() unless at a tie."""
    return f"(CASE WHEN {v} - trunc({v}, 2) <> 0.005 THEN round({v}, 2) ELSE {half_even(v, '2')} END)"


_RUNS = RUNS.format(debits=_quoted(DEBIT_KINDS))
_DAILY = DAILY.format(q9_v=decimal64_9("v"))
_ADB = ADB.format(q9_v=decimal64_9("v"), q9_q=decimal64_9("q"))
# The rows' ids: UUIDv7s of the chunk's millisecond whose last 48 bits count up from a random start
# (RFC 9562 6.2, method 2), three per account (n from 1): monotonic, so every index takes them at its
# right edge, and cheaper than a random uuid each (savings_uuid7() was 3 us a row).
def _id(k: int) -> str:
    return f"CAST(CAST(:id_prefix AS text) || lpad(to_hex(CAST(:id_base AS bigint) + 3 * n + {k}), 12, '0') AS uuid)"


PRICES = {method: PRICE.format(runs=_RUNS, earned=earned, due_2=half_even_2("due"), txn_id=_id(0), posting_id=_id(1), event_id=_id(2))
          for method, earned in (("daily_balance", _DAILY), ("average_daily_balance", _ADB))}


BOUNDARIES = """
SELECT id FROM (
  SELECT a.id, row_number() OVER (ORDER BY a.id) AS n FROM savings_accounts a
  WHERE a.product_id = ANY(CAST(:products AS uuid[])) AND a.status = ANY(CAST(:earning AS text[])) AND a.opened_on <= :end
    AND (a.interest_posted_to IS NULL OR a.interest_posted_to < :end)) x
WHERE n % :chunk = 0 ORDER BY id
"""


async def boundaries(s, products: list[uuid.UUID], end: date, chunk: int, earning: tuple[str, ...]) -> list[uuid.UUID]:  # noqa: ANN001
    """Every chunk-th due account id: the ends of ranges that workers can post side by side."""
    params = dict(products=products, end=end, chunk=chunk, earning=list(earning))
    return [r[0] for r in (await s.execute(text(BOUNDARIES), params)).all()]


def _envelope_parts(end: date, stamp: datetime, actor: str) -> dict[str, str]:
    """The envelope's stretches that are the same for every account of the chunk."""
    occurred = stamp.isoformat().replace("+00:00", "Z")
    head = '", "type": "savings.account.interest_posted", "version": 1, "source": "savings", "occurred_at": ' \
           + json.dumps(occurred) + ', "aggregate_type": "account", "aggregate_id": "'
    ctx = ', "correlation_id": ' + json.dumps(context.correlation_id.get()) + ', "causation_id": ' \
          + json.dumps(context.causation_id.get()) + ', "traceparent": ' + json.dumps(current_traceparent()) \
          + ', "payload": {"account_id": "'
    return dict(head=head, context=ctx, on=f', "on": "{end.isoformat()}", "amount": "', tail=f'", "period_end": "{end.isoformat()}"}}}}',
                actor_json=json.dumps(actor))


async def post_chunk(s, *, products: list[uuid.UUID], start: date, end: date, after: uuid.UUID, upto: uuid.UUID | None,  # noqa: ANN001
                     chunk: int, segments: dict[uuid.UUID, list[Segment]], actor: str, reference: str,
                     earning: tuple[str, ...]) -> Chunk:
    for ddl in TEMP_TABLES.split(";"):
        await s.execute(text(ddl))
    await s.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    await s.execute(text("SET LOCAL jit = off"))  # see JIT below
    await s.execute(text("SET LOCAL default_statistics_target = 10"))  # the temp tables' ANALYZE: sizes matter, not histograms
    await s.execute(text(LOCK_DUE), dict(products=products, earning=list(earning), start=start, end=end, after=after, upto=upto,
                                         chunk=chunk))
    kinds = (await s.execute(text("SELECT DISTINCT interest_method, diy FROM savings_due"))).all()
    if not kinds:
        return Chunk(0, 0, 0, None)
    last = await s.scalar(text("SELECT id FROM savings_due ORDER BY id DESC LIMIT 1"))
    seg_rows = [dict(product_id=pid, seg_from=g.start, seg_to=g.end, rate=g.annual_rate) for pid, segs in segments.items() for g in segs]
    await s.execute(text("INSERT INTO savings_segments VALUES (:product_id, :seg_from, :seg_to, :rate)"), seg_rows)
    length = (end - start).days + 1
    factors = []
    for rate in {g["rate"] for g in seg_rows}:
        for diy in {diy for _, diy in kinds}:
            for days in range(1, length + 1):
                factor = periodic_rate(rate, diy, days)
                factors.append(dict(rate=rate, diy=diy, days=days, factor=factor, per_poisha=factor.scaleb(-2)))
    await s.execute(text("INSERT INTO savings_factors VALUES (:rate, :diy, :days, :factor, :per_poisha)"), factors)
    # temp tables have no statistics: without them the planner takes 50,000 rows for a few hundred
    # (and sorted runs on disk to merge them with the few segments)
    for table in ("savings_due", "savings_segments", "savings_factors"):
        await s.execute(text(f"ANALYZE {table}"))
    seed = uuid7()  # this chunk's millisecond, and a random start for the ids' count
    ids = dict(id_prefix=str(seed)[:24], id_base=seed.int & ((1 << 46) - 1))
    for method in sorted({method for method, _ in kinds}):
        await s.execute(text(PRICES[method]), dict(end=end, method=method, **ids))
    await s.execute(text("ANALYZE savings_priced"))
    accounts, credited, amount = (await s.execute(text(SUMMARY))).one()
    stamp = datetime.now(UTC)
    prefix, period = reference.split(" ", 1)[0] + " ", f"..{end.isoformat()}"
    params = dict(end=end, now=stamp, actor=actor, after=after, last=last, reference_prefix=prefix, reference_end=period)
    await s.execute(text(UPDATE), params)
    await s.execute(text(TRANSACTIONS), params)
    await s.execute(text(POSTINGS), params)
    await s.execute(text(LZ4_FOR_BATCHES))
    await s.execute(text(OUTBOX), dict(now=stamp, reference_prefix=prefix, reference_end=period, batch_key=BATCH_KEY, per_row=EVENTS_PER_ROW,
                                       **_envelope_parts(end, stamp, actor)))
    return Chunk(accounts, credited, int(amount), last)
