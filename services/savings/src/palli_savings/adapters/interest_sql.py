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
from palli_savings.domain.interest import DEBIT_KINDS, INTEREST_KINDS, Segment, periodic_rate


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
  ORDER BY a.id LIMIT :chunk FOR UPDATE OF a)
SELECT l.id, l.product_id, l.balance, p.interest_method, p.days_in_year, p.min_balance_for_interest,
       GREATEST(CAST(:start AS date), l.opened_on, COALESCE(l.interest_posted_to + 1, l.opened_on)), l.interest_carry
FROM locked l JOIN savings_products p ON p.id = l.product_id
"""

# Runs: the opening balance (the balance now less what moved since the period began, as
# service/interest.py's _history), each day's closing balance, and the days a rate changes,
# carried forward; each run lasts until the next point.
PRICE = """
INSERT INTO savings_results
WITH moves AS (
  SELECT t.account_id AS id, t."on" AS at, sum(CASE WHEN t.kind IN ({debits}) THEN -t.amount ELSE t.amount END) AS net,
         COALESCE(sum(CASE WHEN t.kind IN ({debits}) THEN -t.amount ELSE t.amount END) FILTER (WHERE t.kind NOT IN ({interest})), 0) AS own
  FROM savings_due d JOIN savings_transactions t ON t.account_id = d.id AND t."on" >= d.start GROUP BY t.account_id, t."on"),
opened AS (
  SELECT d.id, d.balance - COALESCE(sum(m.net), 0) AS opening FROM savings_due d LEFT JOIN moves m ON m.id = d.id GROUP BY d.id, d.balance),
opening AS (SELECT o.id, d.start AS at, 0 AS prio, o.opening AS bal FROM opened o JOIN savings_due d ON d.id = o.id),
eod AS (
  SELECT m.id, m.at, 2 AS prio, o.opening + sum(m.own) OVER (PARTITION BY m.id ORDER BY m.at) AS bal
  FROM moves m JOIN opened o ON o.id = m.id WHERE m.at <= :end),
rate_points AS (
  SELECT d.id, s.seg_from AS at, 1 AS prio, CAST(NULL AS bigint) AS bal
  FROM savings_due d JOIN savings_segments s ON s.product_id = d.product_id AND s.seg_from > d.start),
points AS (
  SELECT id, at, COALESCE(max(bal) FILTER (WHERE prio = 2), max(bal) FILTER (WHERE prio = 0)) AS bal
  FROM (SELECT * FROM opening UNION ALL SELECT * FROM eod UNION ALL SELECT * FROM rate_points) p GROUP BY id, at),
spans AS (
  SELECT id, at, bal, count(bal) OVER (PARTITION BY id ORDER BY at) AS grp,
         COALESCE(lead(at) OVER (PARTITION BY id ORDER BY at), CAST(:end AS date) + 1) - at AS days
  FROM points),
runs AS (SELECT id, at, days, max(bal) OVER (PARTITION BY id, grp) AS bal FROM spans),
priced AS (
  SELECT r.id, r.days, CAST(r.bal AS numeric) / 100 AS real, s.seg_from, s.rate, d.diy, d.interest_method,
         CAST(d.min_bal AS numeric) / 100 AS floor
  FROM runs r JOIN savings_due d ON d.id = r.id
  JOIN savings_segments s ON s.product_id = d.product_id AND r.at BETWEEN s.seg_from AND s.seg_to),
daily AS (
  SELECT p.id, savings_round_half_even(savings_d64(p.real * f.factor), 9) AS interest
  FROM priced p JOIN savings_factors f ON f.rate = p.rate AND f.diy = p.diy AND f.days = p.days
  WHERE p.interest_method = 'daily_balance' AND p.real >= 0 AND p.real >= p.floor),
adb_spans AS (
  SELECT p.id, p.rate, p.diy, max(p.floor) AS floor, sum(p.days) AS days,
         sum(savings_round_half_even(savings_d64(p.real * p.days), 9)) AS cumulative
  FROM priced p WHERE p.interest_method = 'average_daily_balance' GROUP BY p.id, p.seg_from, p.rate, p.diy),
adb_avg AS (
  SELECT id, rate, diy, floor, days,
         savings_round_half_even(savings_d64(CAST(cumulative AS numeric(48, 27)) / days), 9) AS average
  FROM adb_spans WHERE cumulative <> 0 AND days > 0),
adb AS (
  SELECT a.id, savings_round_half_even(savings_d64(a.average * f.factor), 9) AS interest
  FROM adb_avg a JOIN savings_factors f ON f.rate = a.rate AND f.diy = a.diy AND f.days = a.days
  WHERE a.average >= 0 AND a.average >= a.floor),
earned AS (SELECT id, sum(interest) AS interest FROM (SELECT * FROM daily UNION ALL SELECT * FROM adb) x GROUP BY id),
due AS (
  SELECT d.id, d.start, COALESCE(e.interest, 0) AS interest, d.carry, COALESCE(e.interest, 0) + d.carry AS due
  FROM savings_due d LEFT JOIN earned e ON e.id = d.id),
posted AS (
  SELECT *, CASE WHEN due <= 0 THEN 0 ELSE CAST(savings_round_half_even(due, 2) * 100 AS bigint) END AS amount FROM due)
SELECT id, start, interest, carry, amount, due - CAST(amount AS numeric) / 100,
       CASE WHEN amount > 0 THEN savings_uuid7() END, savings_uuid7(), CASE WHEN amount > 0 THEN savings_uuid7() END
FROM posted
"""

WRITE = [
    """UPDATE savings_accounts a SET balance = a.balance + r.amount, version = a.version + CASE WHEN r.amount > 0 THEN 1 ELSE 0 END,
         interest_posted_to = :end, interest_carry = r.carry_out, updated_at = :now
       FROM savings_results r WHERE a.id = r.id""",
    """INSERT INTO savings_transactions (id, account_id, kind, "on", amount, balance_after, channel, reference, created_by, created_at)
       SELECT r.txn_id, a.id, 'interest', :end, r.amount, a.balance, NULL, CAST(:reference_prefix AS text) || r.start || '..' || CAST(:end AS date),
              :actor, :now
       FROM savings_results r JOIN savings_accounts a ON a.id = r.id WHERE r.amount > 0""",
    """INSERT INTO savings_interest_postings (id, account_id, kind, period_start, period_end, interest, carried_in, amount, carry_out,
         transaction_id, caused_by, created_at)
       SELECT r.posting_id, r.id, 'posting', r.start, :end, r.interest, r.carried_in, r.amount, r.carry_out, r.txn_id, NULL, :now
       FROM savings_results r""",
    # the envelope palli_common.events.new_event makes, for contracts.events.InterestPosted
    """INSERT INTO outbox (id, topic, key, event_type, envelope, created_at, published_at, attempts, last_error)
       SELECT r.event_id, 'savings.account', CAST(a.id AS text), 'savings.account.interest_posted', json_build_object(
         'id', r.event_id, 'type', 'savings.account.interest_posted', 'version', 1, 'source', 'savings', 'occurred_at', CAST(:occurred_at AS text),
         'aggregate_type', 'account', 'aggregate_id', CAST(a.id AS text), 'aggregate_version', a.version,
         'correlation_id', CAST(:correlation_id AS text), 'causation_id', CAST(:causation_id AS text),
         'traceparent', CAST(:traceparent AS text),
         'payload', json_build_object(
           'account_id', CAST(a.id AS text), 'number', a.number, 'member_id', CAST(a.member_id AS text),
           'group_id', CAST(a.group_id AS text), 'branch_id', CAST(a.branch_id AS text), 'product_id', CAST(p.id AS text),
           'product_code', p.code, 'kind', a.kind, 'status', a.status, 'on', CAST(CAST(:end AS date) AS text),
           'amount', CAST(CAST(CAST(r.amount AS numeric) / 100 AS numeric(20, 2)) AS text),
           'balance', CAST(CAST(CAST(a.balance AS numeric) / 100 AS numeric(20, 2)) AS text),
           'channel', NULL, 'reference', CAST(:reference_prefix AS text) || r.start || '..' || CAST(:end AS date),
           'transaction_id', CAST(r.txn_id AS text), 'actor', CAST(:actor AS text),
           'period_start', CAST(r.start AS text), 'period_end', CAST(CAST(:end AS date) AS text))),
         :now, NULL, 0, NULL
       FROM savings_results r JOIN savings_accounts a ON a.id = r.id JOIN savings_products p ON p.id = a.product_id
       WHERE r.amount > 0""",
]

SUMMARY = """SELECT count(*), count(*) FILTER (WHERE amount > 0), COALESCE(sum(amount), 0), max(CAST(id AS text)) FROM savings_results"""


def _quoted(kinds: tuple[str, ...]) -> str:
    return ", ".join(f"'{k}'" for k in kinds)


PRICE = PRICE.format(debits=_quoted(DEBIT_KINDS), interest=_quoted(INTEREST_KINDS))


async def post_chunk(s, *, products: list[uuid.UUID], start: date, end: date, after: uuid.UUID, chunk: int,  # noqa: ANN001
                     segments: dict[uuid.UUID, list[Segment]], actor: str, reference: str) -> Chunk:
    for ddl in TEMP_TABLES.split(";"):
        await s.execute(text(ddl))
    await s.execute(text(LOCK_DUE), dict(products=products, start=start, end=end, after=after, chunk=chunk))
    diys = [r[0] for r in (await s.execute(text("SELECT DISTINCT diy FROM savings_due"))).all()]
    if not diys:
        return Chunk(0, 0, 0, None)
    seg_rows = [dict(product_id=pid, seg_from=g.start, seg_to=g.end, rate=g.annual_rate) for pid, segs in segments.items() for g in segs]
    await s.execute(text("INSERT INTO savings_segments VALUES (:product_id, :seg_from, :seg_to, :rate)"), seg_rows)
    length = (end - start).days + 1
    factors = [dict(rate=rate, diy=diy, days=days, factor=periodic_rate(rate, diy, days))
               for rate in {g["rate"] for g in seg_rows} for diy in diys for days in range(1, length + 1)]
    await s.execute(text("INSERT INTO savings_factors VALUES (:rate, :diy, :days, :factor)"), factors)
    await s.execute(text(PRICE), dict(end=end))
    stamp = datetime.now(UTC)
    params = dict(end=end, now=stamp, actor=actor, reference_prefix=reference.split(" ", 1)[0] + " ",
                  occurred_at=stamp.isoformat().replace("+00:00", "Z"), correlation_id=context.correlation_id.get(),
                  causation_id=context.causation_id.get(), traceparent=current_traceparent())
    for statement in WRITE:
        await s.execute(text(statement), params)
    accounts, credited, amount, last = (await s.execute(text(SUMMARY))).one()
    return Chunk(accounts, credited, int(amount), uuid.UUID(last) if last else None)



