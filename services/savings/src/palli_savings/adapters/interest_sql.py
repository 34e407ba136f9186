"""One chunk of the interest job as set-based SQL on PostgreSQL: lock the accounts due, derive each
one's balance runs from its transactions, price them with Fineract's arithmetic (functions from
migration 0004), and write postings, transactions, balances and outbox events in a handful of
statements. The rules are service/interest.py's; the tests hold both paths to the same poisha.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import text

from palli_common import context
from palli_common.events import current_traceparent
from palli_savings.domain.interest import DEBIT_KINDS, Segment, periodic_rate


@dataclass
class Chunk:
    accounts: int
    credited: int
    amount: int
    last: uuid.UUID | None


TEMP_TABLES = """
CREATE TEMP TABLE IF NOT EXISTS savings_due (id uuid PRIMARY KEY, product_id uuid, balance bigint, interest_method text, diy int, min_bal bigint,
  start date, carry numeric) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS savings_segments (product_id uuid, seg_from date, seg_to date, rate numeric) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS savings_factors (rate numeric, diy int, days int, factor numeric,
  PRIMARY KEY (rate, diy, days)) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS savings_results (id uuid PRIMARY KEY, start date, interest numeric, carried_in numeric, amount bigint,
  carry_out numeric, txn_id uuid, posting_id uuid, event_id uuid) ON COMMIT DELETE ROWS
"""

LOCK_DUE = """
INSERT INTO savings_due
WITH locked AS (
  SELECT a.id, a.product_id, a.balance, a.opened_on, a.interest_posted_to, a.interest_carry FROM savings_accounts a
  WHERE a.product_id = ANY(CAST(:products AS uuid[])) AND a.status IN ('active', 'blocked') AND a.opened_on <= :end
    AND (a.interest_posted_to IS NULL OR a.interest_posted_to < :end) AND a.id > :after
    AND (CAST(:upto AS uuid) IS NULL OR a.id <= :upto)
  ORDER BY a.id LIMIT :chunk FOR UPDATE OF a)
SELECT l.id, l.product_id, l.balance, p.interest_method, p.days_in_year, p.min_balance_for_interest,
       GREATEST(CAST(:start AS date), l.opened_on, COALESCE(l.interest_posted_to + 1, l.opened_on)), l.interest_carry
FROM locked l JOIN savings_products p ON p.id = l.product_id
"""

# Runs, as service/interest.py's _history and domain period_interest make them: the balance at
# the end of the day before the period is the balance now less what moved since; each day money
# moved starts a run at that day's closing balance; a rate change splits a run (the overlap join
# with savings_segments). The period holds no interest transactions of its own yet (periods post
# once, in order; adjustments move no money), so every move day is a run boundary.
PRICE = """
INSERT INTO savings_results
WITH moves AS (
  SELECT t.account_id AS id, t."on" AS at, sum(CASE WHEN t.kind IN ({debits}) THEN -t.amount ELSE t.amount END) AS net
  FROM savings_due d JOIN savings_transactions t ON t.account_id = d.id AND t."on" >= d.start GROUP BY t.account_id, t."on"),
walked AS (
  SELECT id, at, sum(net) OVER (PARTITION BY id) AS since, sum(net) OVER (PARTITION BY id ORDER BY at) AS net_to,
         lead(at) OVER (PARTITION BY id ORDER BY at) AS next_at, row_number() OVER (PARTITION BY id ORDER BY at) AS n
  FROM moves),
runs AS (
  SELECT w.id, w.at AS a, LEAST(COALESCE(w.next_at, CAST(:end AS date) + 1), CAST(:end AS date) + 1) AS b,
         d.balance - w.since + w.net_to AS bal
  FROM walked w JOIN savings_due d ON d.id = w.id WHERE w.at <= :end
  UNION ALL
  SELECT d.id, d.start, LEAST(COALESCE(w.at, CAST(:end AS date) + 1), CAST(:end AS date) + 1), d.balance - COALESCE(w.since, 0)
  FROM savings_due d LEFT JOIN walked w ON w.id = d.id AND w.n = 1),
priced AS (
  SELECT r.id, LEAST(r.b, s.seg_to + 1) - GREATEST(r.a, s.seg_from) AS days, CAST(r.bal AS numeric) / 100 AS real, s.seg_from,
         s.rate, d.diy, d.interest_method, CAST(d.min_bal AS numeric) / 100 AS floor
  FROM runs r JOIN savings_due d ON d.id = r.id
  JOIN savings_segments s ON s.product_id = d.product_id AND s.seg_from < r.b AND s.seg_to >= r.a
  WHERE r.b > r.a),
daily_v AS MATERIALIZED (
  SELECT p.id, p.real * f.factor AS v
  FROM priced p JOIN savings_factors f ON f.rate = p.rate AND f.diy = p.diy AND f.days = p.days
  WHERE p.interest_method = 'daily_balance' AND p.real >= 0 AND p.real >= p.floor),
daily_vp AS MATERIALIZED (SELECT id, v, {digits_v} AS vp FROM daily_v),
daily_x AS MATERIALIZED (SELECT id, {d64_v} AS x FROM daily_vp),
daily AS (SELECT id, {q9_x} AS interest FROM daily_x),
-- a run's balance x days has at most 15 digits below 10^10 taka, so DECIMAL64 and 9 places keep it exact
adb_spans AS (
  SELECT p.id, p.rate, p.diy, max(p.floor) AS floor, sum(p.days) AS days, sum(p.real * p.days) AS cumulative
  FROM priced p WHERE p.interest_method = 'average_daily_balance' GROUP BY p.id, p.seg_from, p.rate, p.diy),
adb_q AS MATERIALIZED (
  SELECT id, rate, diy, floor, days, CAST(cumulative AS numeric(48, 27)) / days AS q FROM adb_spans WHERE cumulative <> 0 AND days > 0),
adb_qp AS MATERIALIZED (SELECT id, rate, diy, floor, days, q, {digits_q} AS qp FROM adb_q),
adb_qx AS MATERIALIZED (SELECT id, rate, diy, floor, days, {d64_q} AS qx FROM adb_qp),
adb_avg AS MATERIALIZED (SELECT id, rate, diy, floor, days, {q9_qx} AS average FROM adb_qx),
adb_v AS MATERIALIZED (
  SELECT a.id, a.average * f.factor AS v
  FROM adb_avg a JOIN savings_factors f ON f.rate = a.rate AND f.diy = a.diy AND f.days = a.days
  WHERE a.average >= 0 AND a.average >= a.floor),
adb_vp AS MATERIALIZED (SELECT id, v, {digits_v} AS vp FROM adb_v),
adb_x AS MATERIALIZED (SELECT id, {d64_v} AS x FROM adb_vp),
adb AS (SELECT id, {q9_x} AS interest FROM adb_x),
earned AS (SELECT id, sum(interest) AS interest FROM (SELECT * FROM daily UNION ALL SELECT * FROM adb) x GROUP BY id),
due AS (
  SELECT d.id, d.start, COALESCE(e.interest, 0) AS interest, d.carry, COALESCE(e.interest, 0) + d.carry AS due
  FROM savings_due d LEFT JOIN earned e ON e.id = d.id),
posted AS (
  SELECT *, CASE WHEN due <= 0 THEN 0 ELSE CAST({due_2} * 100 AS bigint) END AS amount FROM due)
SELECT id, start, interest, carry, amount, due - CAST(amount AS numeric) / 100,
       CASE WHEN amount > 0 THEN savings_uuid7() END, savings_uuid7(), CASE WHEN amount > 0 THEN savings_uuid7() END
FROM posted
"""

# One statement: the balances first (RETURNING what the rows after them need), then the passbook
# rows, the postings and the outbox events from that one pass.
WRITE = """
WITH upd AS (
  UPDATE savings_accounts a SET balance = a.balance + r.amount, version = a.version + CASE WHEN r.amount > 0 THEN 1 ELSE 0 END,
         interest_posted_to = CAST(:end AS date), interest_carry = r.carry_out, updated_at = CAST(:now AS timestamptz)
  FROM savings_results r WHERE a.id = r.id
  RETURNING a.id, a.number, a.member_id, a.group_id, a.branch_id, a.product_id, a.kind, a.status, a.balance, a.version, a.deposit_due,
            r.start, r.interest, r.carried_in, r.amount, r.carry_out, r.txn_id, r.posting_id, r.event_id,
            CAST(:reference_prefix AS text) || r.start || '..' || CAST(:end AS date) AS reference),
txn AS (
  INSERT INTO savings_transactions (id, account_id, kind, "on", amount, balance_after, channel, reference, created_by, created_at)
  SELECT txn_id, id, 'interest', CAST(:end AS date), amount, balance, NULL, reference, CAST(:actor AS text), CAST(:now AS timestamptz)
  FROM upd WHERE amount > 0),
posting AS (
  INSERT INTO savings_interest_postings (id, account_id, kind, period_start, period_end, interest, carried_in, amount, carry_out,
                                         transaction_id, caused_by, created_at)
  SELECT posting_id, id, 'posting', start, CAST(:end AS date), interest, carried_in, amount, carry_out, txn_id, NULL,
         CAST(:now AS timestamptz)
  FROM upd)
-- the envelope palli_common.events.new_event makes, for contracts.events.InterestPosted
INSERT INTO outbox (id, topic, key, event_type, envelope, created_at, published_at, attempts, last_error)
SELECT u.event_id, 'savings.account', CAST(u.id AS text), 'savings.account.interest_posted', json_build_object(
  'id', u.event_id, 'type', 'savings.account.interest_posted', 'version', 1, 'source', 'savings', 'occurred_at', CAST(:occurred_at AS text),
  'aggregate_type', 'account', 'aggregate_id', CAST(u.id AS text), 'aggregate_version', u.version,
  'correlation_id', CAST(:correlation_id AS text), 'causation_id', CAST(:causation_id AS text), 'traceparent', CAST(:traceparent AS text),
  'payload', json_build_object(
    'account_id', CAST(u.id AS text), 'number', u.number, 'member_id', CAST(u.member_id AS text), 'group_id', CAST(u.group_id AS text),
    'branch_id', CAST(u.branch_id AS text), 'product_id', CAST(p.id AS text), 'product_code', p.code, 'kind', u.kind, 'status', u.status,
    'on', CAST(CAST(:end AS date) AS text), 'amount', CAST(CAST(CAST(u.amount AS numeric) / 100 AS numeric(20, 2)) AS text),
    'balance', CAST(CAST(CAST(u.balance AS numeric) / 100 AS numeric(20, 2)) AS text),
    'deposit_due', CAST(CAST(CAST(u.deposit_due AS numeric) / 100 AS numeric(20, 2)) AS text), 'channel', NULL, 'reference', u.reference,
    'transaction_id', CAST(u.txn_id AS text), 'actor', CAST(:actor AS text), 'period_start', CAST(u.start AS text),
    'period_end', CAST(CAST(:end AS date) AS text))),
  CAST(:now AS timestamptz), NULL, 0, NULL
FROM upd u JOIN savings_products p ON p.id = u.product_id
WHERE u.amount > 0
"""

SUMMARY = """SELECT count(*), count(*) FILTER (WHERE amount > 0), COALESCE(sum(amount), 0), max(CAST(id AS text)) FROM savings_results"""


def _quoted(kinds: tuple[str, ...]) -> str:
    return ", ".join(f"'{k}'" for k in kinds)


# Java's HALF_EVEN and DECIMAL64 as plain expressions (a SQL function with a subquery is not inlined
# and costs ~60 us a row; log() ~12 us). For a non-negative column `v`: at a tie, round() (half away
# from zero) and trunc() are 10^-p apart with v exactly between them; keep whichever is even.
def half_even(v: str, places: str) -> str:
    t, r = f"trunc({v}, {places})", f"round({v}, {places})"
    return f"(CASE WHEN 2 * {v} = {t} + {r} AND {r} > {t} AND mod({t} / ({r} - {t}), 2) = 0 THEN {t} ELSE {r} END)"


def digits(v: str) -> str:
    """The places that keep 16 significant digits of `v` (v >= 10^-20): from the digits of trunc(v x 10^20)."""
    return f"(36 - length(CAST(trunc({v} * 1e20) AS text)))"


def decimal64(v: str, places: str) -> str:
    """16 significant digits, `places` worked out once beforehand (half_even repeats its argument:
    inlined, the text conversion ran six times a row)."""
    return half_even(v, places)


PRICE = PRICE.format(debits=_quoted(DEBIT_KINDS), digits_v=digits("v"), d64_v=decimal64("v", "vp"), q9_x=half_even("x", "9"),
                     digits_q=digits("q"), d64_q=decimal64("q", "qp"), q9_qx=half_even("qx", "9"), due_2=half_even("due", "2"))


BOUNDARIES = """
SELECT id FROM (
  SELECT a.id, row_number() OVER (ORDER BY a.id) AS n FROM savings_accounts a
  WHERE a.product_id = ANY(CAST(:products AS uuid[])) AND a.status IN ('active', 'blocked') AND a.opened_on <= :end
    AND (a.interest_posted_to IS NULL OR a.interest_posted_to < :end)) x
WHERE n % :chunk = 0 ORDER BY id
"""


async def boundaries(s, products: list[uuid.UUID], end: date, chunk: int) -> list[uuid.UUID]:  # noqa: ANN001
    """Every chunk-th due account id: the ends of ranges that workers can post side by side."""
    return [r[0] for r in (await s.execute(text(BOUNDARIES), dict(products=products, end=end, chunk=chunk))).all()]


async def post_chunk(s, *, products: list[uuid.UUID], start: date, end: date, after: uuid.UUID, upto: uuid.UUID | None,  # noqa: ANN001
                     chunk: int, segments: dict[uuid.UUID, list[Segment]], actor: str, reference: str) -> Chunk:
    for ddl in TEMP_TABLES.split(";"):
        await s.execute(text(ddl))
    await s.execute(text(LOCK_DUE), dict(products=products, start=start, end=end, after=after, upto=upto, chunk=chunk))
    diys = [r[0] for r in (await s.execute(text("SELECT DISTINCT diy FROM savings_due"))).all()]
    if not diys:
        return Chunk(0, 0, 0, None)
    seg_rows = [dict(product_id=pid, seg_from=g.start, seg_to=g.end, rate=g.annual_rate) for pid, segs in segments.items() for g in segs]
    await s.execute(text("INSERT INTO savings_segments VALUES (:product_id, :seg_from, :seg_to, :rate)"), seg_rows)
    length = (end - start).days + 1
    factors = [dict(rate=rate, diy=diy, days=days, factor=periodic_rate(rate, diy, days))
               for rate in {g["rate"] for g in seg_rows} for diy in diys for days in range(1, length + 1)]
    await s.execute(text("INSERT INTO savings_factors VALUES (:rate, :diy, :days, :factor)"), factors)
    # temp tables have no statistics: without them the planner takes 50,000 rows for a few hundred
    # and looks each run's factor up by index instead of hashing them (12% of the job)
    await s.execute(text("ANALYZE savings_due"))
    await s.execute(text("ANALYZE savings_factors"))
    await s.execute(text(PRICE), dict(end=end))
    stamp = datetime.now(UTC)
    params = dict(end=end, now=stamp, actor=actor, reference_prefix=reference.split(" ", 1)[0] + " ",
                  occurred_at=stamp.isoformat().replace("+00:00", "Z"), correlation_id=context.correlation_id.get(),
                  causation_id=context.causation_id.get(), traceparent=current_traceparent())
    await s.execute(text(WRITE), params)
    accounts, credited, amount, last = (await s.execute(text(SUMMARY))).one()
    return Chunk(accounts, credited, int(amount), uuid.UUID(last) if last else None)



