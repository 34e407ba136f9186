"""Close of business on PostgreSQL as plain set-based SQL: stage, then apply.

Stage (one snapshot for the whole run): every active loan's arrears at the end of the day are worked
out from its unpaid installments, and the loans whose figures differ are written into a temporary
table of the worker's own (`lending_cob_stage`), numbered by pass (see STAGE), then by their place
on disk (ctid). The coordinator exports its snapshot and each worker imports it (REPEATABLE READ, SET
TRANSACTION SNAPSHOT) to stage its slices of the table's blocks, so the slices together hold each
active loan exactly once, however concurrent repayments move rows around meanwhile. Nothing is
locked or written in the loans.

Apply (READ COMMITTED, `batch` staged loans per transaction, the workers side by side on disjoint
rows): one statement updates the loans of a run of staged rows, found by a TID range scan over the
blocks they lie in (not one index probe each, nor a page per loan visited again by the next batch:
ids need not follow the rows' places on disk), and only where the loan's version is still the staged one; the same
statement inserts the events of the loans it updated into the outbox, in id order, their envelopes
spliced as text. A loan whose version moved since the snapshot (a repayment committed in between)
is not written; it comes back in `skipped` and is done again under a row lock from the installments
as they are now (`REDO`), so what is written is what the old batch-by-batch path computes with the
loan locked.

Where the time goes at 1,000,000 loans (bench/lending.py: every loan changes, a third fall overdue
with two events each): about 30 s on 2 cores, 1.3 GB of WAL. Staging is a few seconds; the rest is
the rows written: each changed loan a new row version, and each event about 1 KB of JSON (checked
on the way in), fifty loans' events an outbox row. A loan whose days past due only move on by one
(the overdue loans, on most days) is a HOT update, no index touched: ix_loans_arrears holds
`arrears_since`, which stays, and loans' pages keep 30% free (migration 0009).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from palli_common import context
from palli_common.events import EventEnvelope, current_traceparent
from palli_common.ids import uuid7
from palli_common.tables import BATCH_EVENTS, BATCH_KEY
from palli_lending.contracts.events import LoanClassificationChanged, LoanOverdue

UNPAID = "i.principal + i.interest + i.penalty > i.paid_principal + i.paid_interest + i.paid_penalty + i.waived_interest"

STAGE_TABLE = """
CREATE TEMP TABLE IF NOT EXISTS lending_cob_stage (
  n int PRIMARY KEY, pass int NOT NULL, tid tid NOT NULL, id uuid NOT NULL, version int NOT NULL, old_dpd int NOT NULL, old_class text NOT NULL,
  overdue_principal bigint NOT NULL, overdue_interest bigint NOT NULL, days_past_due int NOT NULL, classification text NOT NULL,
  arrears_since date, next_due_on date) ON COMMIT PRESERVE ROWS
"""

# Each active loan matching {where}, with its figures now (old_*) and at the end of :day: overdue
# principal and interest of the unpaid installments due on or before the day, the oldest of those
# (arrears_since; days past due = day - arrears_since, 0 when none), the earliest unpaid due date,
# and the bucket of the days past due ({classify}). Only the loans where something differs.
ARREARS = """
SELECT * FROM (
  SELECT a.*, {classify} AS classification FROM (
    SELECT g.*, CASE WHEN g.arrears_since IS NULL THEN 0 ELSE CAST(:day AS date) - g.arrears_since END AS days_past_due
    FROM (
      SELECT l.ctid AS tid, l.id, l.version, l.days_past_due AS old_dpd, l.classification AS old_class,
             l.overdue_principal AS old_op, l.overdue_interest AS old_oi, l.arrears_since AS old_as, l.next_due_on AS old_nd,
             CAST(COALESCE(SUM(CASE WHEN i.due_on <= CAST(:day AS date) THEN i.principal - i.paid_principal ELSE 0 END), 0) AS bigint)
               AS overdue_principal,
             CAST(COALESCE(SUM(CASE WHEN i.due_on <= CAST(:day AS date) THEN i.interest - i.paid_interest - i.waived_interest ELSE 0 END), 0)
               AS bigint) AS overdue_interest,
             MIN(CASE WHEN i.due_on <= CAST(:day AS date) THEN i.due_on END) AS arrears_since,
             MIN(i.due_on) AS next_due_on
      FROM loans l LEFT JOIN loan_installments i ON i.loan_id = l.id AND {unpaid}
      WHERE l.status = 'active' AND {where}
      GROUP BY l.id, l.ctid) g
    OFFSET 0) a
  OFFSET 0) c
WHERE c.old_op <> c.overdue_principal OR c.old_oi <> c.overdue_interest OR c.old_dpd <> c.days_past_due
   OR c.old_class <> c.classification OR c.old_as IS DISTINCT FROM c.arrears_since OR c.old_nd IS DISTINCT FROM c.next_due_on
"""

COLUMNS = ("tid, id, version, old_dpd, old_class, overdue_principal, overdue_interest, days_past_due, classification, arrears_since, "
           "next_due_on")

# One slice of blocks [lo, hi), numbered on from :offset by pass, then place on disk. A pass takes
# at most PER_PASS loans of each block, those whose days past due move first (an index holds
# days_past_due, so their update is never HOT: the new row goes elsewhere, and once pruned the old
# one leaves room on the page). Each later pass finds the room its predecessor left, so its
# updates stay on the page (HOT) and write no index entries: a full page of 27 loans written in
# one transaction could keep none of them on the page, and index entries were half the work.
STAGE = """
INSERT INTO lending_cob_stage (n, pass, {columns})
SELECT CAST(:offset AS int) + CAST(row_number() OVER (ORDER BY p.pass, p.tid) AS int), p.pass, {columns} FROM (
  SELECT c.*, CAST((row_number() OVER (PARTITION BY (CAST(CAST(c.tid AS text) AS point))[0]
                                     ORDER BY c.old_dpd = c.days_past_due, c.tid) - 1) / CAST(:per_pass AS int) AS int) AS pass
  FROM ({arrears}) c) p
"""
PER_PASS = 6
# each pass of the slice just staged: the n's it holds, (first - 1, last]
PASSES = "SELECT pass, min(n) - 1, max(n) FROM lending_cob_stage WHERE n > :offset GROUP BY pass ORDER BY pass"

SLICE = "l.ctid >= CAST(CAST(:lo AS text) AS tid) AND l.ctid < CAST(CAST(:hi AS text) AS tid)"
END = "(4294967295,0)"  # past the last block a table can have: the last slice's end

# the loans skipped by an apply, locked, then worked out again from what is committed now
LOCK = "SELECT id FROM loans WHERE id = ANY(CAST(:ids AS uuid[])) ORDER BY id FOR UPDATE"
REDO = "SELECT CAST(row_number() OVER (ORDER BY c.id) AS int) AS n, {columns} FROM ({arrears}) c"

# One batch of staged loans (`{source}`: rows of lending_cob_stage n in (:lo, :hi], or REDO). A
# staged batch's loans are found by a TID range over the batch's blocks (`BY_PLACE`), which the
# planner joins by hash to a TID range scan; the few redone ones by primary key;
# `l.version = s.version` makes a loan changed since it was staged drop out (re-checked on the row
# as committed when it waits for a concurrent writer). Every part of the WITH sees the same snapshot;
# the events come from the update's RETURNING, so they carry exactly what was written. One version
# step per event published, at least one (as the batch path). The events go out in batch rows
# (palli_common.tables.OutboxRecord) of LOANS_PER_ROW loans' events, a loan's two in one row, in id
# order; each event a row of its own was about a quarter of the run's WAL.
APPLY = """
WITH s AS MATERIALIZED ({source}),
u AS (
  UPDATE loans l SET overdue_principal = s.overdue_principal, overdue_interest = s.overdue_interest, days_past_due = s.days_past_due,
         classification = s.classification, arrears_since = s.arrears_since, next_due_on = s.next_due_on,
         version = l.version + CASE WHEN s.old_dpd = 0 AND s.days_past_due > 0 AND s.old_class <> s.classification THEN 2 ELSE 1 END,
         updated_at = CAST(:now AS timestamptz)
  FROM s
  WHERE {match} l.id = s.id AND l.version = s.version AND l.status = 'active'
  RETURNING s.n, l.id, l.member_id, l.group_id, l.branch_id, l.product_id, l.status, l.principal, l.outstanding_principal,
            l.outstanding_interest, l.outstanding_penalty, s.version, s.old_dpd, s.old_class, s.overdue_principal, s.overdue_interest,
            s.days_past_due, s.classification, (s.old_dpd = 0 AND s.days_past_due > 0) AS overdue
),
r AS (
  SELECT u.*, p.code AS product_code, CAST(COALESCE(b.provision_percent, 0) AS numeric(5, 2)) AS provision_percent
  FROM u JOIN loan_products p ON p.id = u.product_id LEFT JOIN classification_buckets b ON b.name = u.classification
),
e AS (
  INSERT INTO outbox (id, topic, key, event_type, envelope, created_at, published_at, attempts, last_error)
  SELECT (array_agg(x.event_id ORDER BY x.event_id))[1], 'lending.loan', CAST(:batch_key AS text),
         CASE WHEN min(x.event_type) = max(x.event_type) THEN min(x.event_type) ELSE 'lending.loan.*' END,
         CAST('[' || string_agg(x.envelope, ',' ORDER BY x.event_id) || ']' AS json), CAST(:now AS timestamptz), NULL, 0, NULL
  FROM (
    SELECT r.n, r.event_id, 'lending.loan.overdue' AS event_type, {overdue_envelope} AS envelope
    FROM (SELECT r.*, {overdue_id} AS event_id FROM r WHERE r.overdue) r
    UNION ALL
    SELECT r.n, r.event_id, 'lending.loan.classification_changed', {changed_envelope}
    FROM (SELECT r.*, {changed_id} AS event_id FROM r WHERE r.old_class <> r.classification) r) x
  GROUP BY (x.n - 1) / CAST(:loans_per_row AS int)
  ORDER BY 1
)
SELECT (SELECT count(*) FROM u) AS updated,
       (SELECT count(*) FROM r WHERE r.overdue) AS newly_overdue,
       (SELECT count(*) FROM r WHERE r.old_class <> r.classification) AS classification_changes,
       (SELECT array_agg(s.id ORDER BY s.id) FROM s WHERE s.n NOT IN (SELECT u.n FROM u)) AS skipped
"""

LOANS_PER_ROW = BATCH_EVENTS // 2  # two events a loan at most

BY_PLACE = "l.ctid >= (SELECT min(tid) FROM s) AND l.ctid <= (SELECT max(tid) FROM s) AND l.ctid = s.tid AND"

COUNT = "SELECT count(*) FROM loans WHERE status = 'active'"
BLOCKS = "SELECT CAST(pg_relation_size('loans') / current_setting('block_size')::int AS bigint)"
BUCKETS = "SELECT name, min_days_past_due FROM classification_buckets ORDER BY min_days_past_due DESC, name"


def classify(buckets: list[tuple[str, int]]) -> tuple[str, dict[str, Any]]:
    """The bucket with the greatest min_days_past_due <= a.days_past_due ('standard' if none) as a
    CASE over the few buckets (a subquery per loan cost 3 us a row)."""
    if not buckets:
        return "CAST('standard' AS text)", {}
    whens = " ".join(f"WHEN a.days_past_due >= CAST(:bucket_days_{k} AS int) THEN CAST(:bucket_{k} AS text)" for k in range(len(buckets)))
    params = {f"bucket_{k}": name for k, (name, _) in enumerate(buckets)} | {f"bucket_days_{k}": d for k, (_, d) in enumerate(buckets)}
    return f"(CASE {whens} ELSE CAST('standard' AS text) END)", params


def arrears(where: str, classification: str) -> str:
    return ARREARS.format(classify=classification, unpaid=UNPAID, where=where)


def stage_sql(classification: str) -> str:
    return STAGE.format(columns=COLUMNS, arrears=arrears(SLICE, classification))


def redo_sql(classification: str) -> str:
    return REDO.format(columns=COLUMNS, arrears=arrears("l.id = ANY(CAST(:ids AS uuid[]))", classification))


# --- the envelopes, as text ----------------------------------------------------------------------

_FIELD = re.compile(r'"@@(\w+)@@"|(98765430\d)')
_INTS = {987654301: "days_past_due", 987654302: "aggregate_version"}

# what each placeholder of the sample envelope becomes, per row of `r`: uuids, numbers and dates
# need no escaping (their quotes stay in the format); the texts go through to_json
_QUOTED = {
    "id": "r.event_id", "loan_id": "r.id", "aggregate_id": "r.id", "member_id": "r.member_id", "group_id": "r.group_id",
    "branch_id": "r.branch_id", "product_id": "r.product_id", "loan_principal": "r.principal * 0.01",
    "outstanding_principal": "r.outstanding_principal * 0.01", "outstanding_interest": "r.outstanding_interest * 0.01",
    "outstanding_penalty": "r.outstanding_penalty * 0.01", "overdue_principal": "r.overdue_principal * 0.01",
    "overdue_interest": "r.overdue_interest * 0.01", "provision_percent": "r.provision_percent",
}
_JSON = {"product_code": "to_json(r.product_code)", "status": "to_json(r.status)", "previous": "to_json(r.old_class)",
         "classification": "to_json(r.classification)", "days_past_due": "r.days_past_due"}
_VERSIONS = {"overdue": "r.version + 1", "changed": "r.version + 1 + CASE WHEN r.overdue THEN 1 ELSE 0 END"}


def _event_id(k: int) -> str:
    """UUIDv7s of the batch's millisecond whose last 48 bits count up from a random start (RFC 9562
    6.2, method 2): two per staged loan, its overdue event's before its classification event's."""
    return f"CAST(CAST(:id_prefix AS text) || lpad(to_hex(CAST(:id_base AS bigint) + 2 * r.n + {k}), 12, '0') AS uuid)"


def _sample(kind: str, day: date, actor: str) -> Any:
    base = {name: f"@@{name}@@" for name in ("loan_id", "member_id", "group_id", "branch_id", "product_id", "product_code", "status",
                                             "loan_principal", "outstanding_principal", "outstanding_interest", "outstanding_penalty")}
    base |= dict(on=day, actor=actor)
    if kind == "overdue":
        return LoanOverdue(**base, days_past_due=987654301, overdue_principal="@@overdue_principal@@",
                           overdue_interest="@@overdue_interest@@")
    return LoanClassificationChanged(**base, previous="@@previous@@", classification="@@classification@@",
                                     provision_percent="@@provision_percent@@", days_past_due=987654301)


def envelope_sql(kind: str, day: date, actor: str, stamp: datetime) -> tuple[str, dict[str, str]]:
    """The envelope `palli_common.events.new_event` makes for this kind's contract, as one format()
    of the row's columns (one output buffer; `||` copied the growing text some forty times): the
    format is the contract's own JSON with placeholders, so a field added to the contracts (with
    its default) comes along. What is the same for the whole batch (time, trace context, actor,
    day) is in the format, which is a parameter."""
    contract = _sample(kind, day, actor)
    service, aggregate_type, _ = contract.event_type.split(".", 2)
    envelope = EventEnvelope(
        id=uuid.UUID(int=0), type=contract.event_type, version=contract.version, source=service, occurred_at=stamp,
        aggregate_type=aggregate_type, aggregate_id="@@aggregate_id@@", aggregate_version=987654302,
        correlation_id=context.correlation_id.get(), causation_id=context.causation_id.get(), traceparent=current_traceparent(),
        payload=contract.model_dump(mode="json"),
    ).model_dump(mode="json")
    envelope["id"] = "@@id@@"
    text = json.dumps(envelope, separators=(",", ":"), ensure_ascii=False)
    fmt: list[str] = []
    args: list[str] = []
    at = 0
    for match in _FIELD.finditer(text):
        name = match.group(1) or _INTS[int(match.group(2))]
        fmt.append(text[at:match.start()].replace("%", "%%"))
        if name in _QUOTED:
            fmt.append('"%s"')
            args.append(_QUOTED[name])
        else:
            fmt.append("%s")
            args.append(f"({_VERSIONS[kind]})" if name == "aggregate_version" else _JSON[name])
        at = match.end()
    fmt.append(text[at:].replace("%", "%%"))
    return f"format(CAST(:{kind}_format AS text), {', '.join(args)})", {f"{kind}_format": "".join(fmt)}


def apply_sql(source: str, match: str, day: date, actor: str, stamp: datetime) -> tuple[str, dict[str, Any]]:
    overdue, overdue_params = envelope_sql("overdue", day, actor, stamp)
    changed, changed_params = envelope_sql("changed", day, actor, stamp)
    seed = uuid7()  # this batch's millisecond, and a random start for the ids' count
    sql = APPLY.format(source=source, match=match, overdue_id=_event_id(0), changed_id=_event_id(1), overdue_envelope=overdue,
                       changed_envelope=changed)
    return sql, {**overdue_params, **changed_params, "id_prefix": str(seed)[:24], "id_base": seed.int & ((1 << 46) - 1),
                 "now": stamp, "batch_key": BATCH_KEY, "loans_per_row": LOANS_PER_ROW}


STAGED = "SELECT n, " + COLUMNS + " FROM lending_cob_stage WHERE n > :lo AND n <= :hi"


@dataclass
class Applied:
    updated: int
    newly_overdue: int
    classification_changes: int
    skipped: list[uuid.UUID]

    @property
    def events(self) -> int:
        return self.newly_overdue + self.classification_changes

