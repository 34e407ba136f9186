"""Money coming back: repayments (oldest installment first; penalty, interest, principal) and
prepayment that closes a loan early with interest as the product says (reversals: reversals.py).
Every change happens with the loan row locked, so concurrent payments on one loan serialise: no
lost update, no double allocation.

A repayment through the API and a collection sheet's lines take the fast path: Core statements on
plain rows (no ORM identity map, attribute events or flush), the loan locked with one SELECT ...
FOR UPDATE, its open installments read with one more, and on PostgreSQL everything written in ONE
statement (the transaction, the loan's totals, the installments and the outbox rows, as
data-modifying CTEs over arrays, so the same prepared statement serves one line or a whole
sheet). SQLite runs the same writes as separate Core statements. Savings' repayments
(savings_repayments.py) keep the ORM path, `post_repayment`; both share `allocate_payment`."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.db import Database, UnitOfWork, asyncpg_of
from palli_common.errors import NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_common.tables import OutboxRecord
from palli_lending.adapters.tables import Loan, LoanInstallment, LoanProduct, LoanTransaction
from palli_lending.contracts.events import LoanClosed, LoanFact, LoanPrepaid, RepaymentReceived
from palli_lending.domain.allocation import Due, Overpayment
from palli_lending.service.backdating import check_backdate
from palli_lending.service.common import bump, business_today, fact, installments_of, load_loan, now, product_of, publish, require_status
from palli_lending.service.disbursement import CHANNELS
from palli_lending.settings import LendingSettings

LOANS, INSTALLMENTS, TRANSACTIONS, OUTBOX = Loan.__table__, LoanInstallment.__table__, LoanTransaction.__table__, OutboxRecord.__table__
async def open_installments(uow: UnitOfWork, loan_id: uuid.UUID) -> list[LoanInstallment]:
    query = (select(LoanInstallment).where(LoanInstallment.loan_id == loan_id, LoanInstallment.completed_on.is_(None))
             .order_by(LoanInstallment.number))
    return list((await uow.session.execute(query)).scalars())


def dues(installments: list[Any]) -> list[Due]:
    return [
        Due(i.number, i.penalty - i.paid_penalty, i.interest - i.paid_interest - i.waived_interest, i.principal - i.paid_principal)
        for i in installments
    ]


def refuse_savings_channel(channel: str, field: str = "channel") -> None:
    """Money from her savings must leave her savings account: it starts in savings (see
    service/savings_repayments.py), never as a channel typed into lending."""
    if channel == "savings":
        raise ValidationFailed("a repayment from savings starts in savings, with her consent: POST "
                               "/v1/savings/accounts/{account_id}/loan-repayments", field=field)


def _check_payment(loan: Any, amount: int, on: date, channel: str, reference: str | None) -> None:
    if amount <= 0:
        raise ValidationFailed("the amount must be more than zero", field="amount")
    if channel not in CHANNELS:
        raise ValidationFailed(f"channel must be one of {', '.join(CHANNELS)}", field="channel")
    if channel == "mobile_wallet" and not (reference and reference.strip()):
        raise ValidationFailed("give the wallet transaction reference", field="reference")
    if loan.disbursed_on and on < loan.disbursed_on:
        raise ValidationFailed("a repayment cannot be dated before the disbursement", field="paid_on")
    if loan.last_money_on and on < loan.last_money_on:  # replays go in date order: keep it the order things happened
        raise ValidationFailed(
            f"the loan's last payment is dated {loan.last_money_on}; one dated earlier would re-order its history "
            "(reverse the later ones first)", field="paid_on")


def summarise(loan: Loan, installments: list[LoanInstallment]) -> None:
    """The loan's running totals from its installments (at most a few hundred rows, never the history)."""
    loan.paid_principal = sum(i.paid_principal for i in installments)
    loan.paid_interest = sum(i.paid_interest for i in installments)
    loan.paid_penalty = sum(i.paid_penalty for i in installments)
    loan.outstanding_principal = sum(i.principal - i.paid_principal for i in installments)
    loan.outstanding_interest = sum(i.interest - i.paid_interest - i.waived_interest for i in installments)
    loan.outstanding_penalty = sum(i.penalty - i.paid_penalty for i in installments)
    unpaid = [i for i in installments if i.completed_on is None]
    loan.next_due_on = unpaid[0].due_on if unpaid else None


def spread(installments: list[Any], amount: int, on: date, sign: int = 1) -> list[list[int]]:
    """domain.allocation.allocate over the installments (oldest first; penalty, interest,
    principal), walked only as far as the money goes; raises Overpayment before it changes anything."""
    if amount <= 0:
        raise ValueError("a payment must be positive")
    left, portions = amount, []
    for i in sorted(installments, key=_number):
        if left == 0:
            break
        penalty = min(left, i.penalty - i.paid_penalty)
        left -= penalty
        interest = min(left, i.interest - i.paid_interest - i.waived_interest)
        left -= interest
        principal = min(left, i.principal - i.paid_principal)
        left -= principal
        if penalty or interest or principal:
            portions.append((i, principal, interest, penalty))
    if left:
        raise Overpayment(amount, sum(d.total for d in dues(installments)))
    for i, principal, interest, penalty in portions:
        i.paid_principal += sign * principal
        i.paid_interest += sign * interest
        i.paid_penalty += sign * penalty
    for i in installments:
        owed = i.principal + i.interest + i.penalty - i.waived_interest
        paid = i.paid_principal + i.paid_interest + i.paid_penalty
        done = (i.completed_on or on) if paid >= owed else None
        if done != i.completed_on:  # touch only what changes: every set attribute costs an ORM event
            i.completed_on = done
    return [[i.number, principal, interest, penalty] for i, principal, interest, penalty in portions]


def _number(i: Any) -> int:
    return i.number


def allocate_payment(
    loan: Any, product: Any, who: Identity, installments: list[Any], *, amount: int, on: date, channel: str,
    reference: str | None, collection_sheet_id: uuid.UUID | None = None, backdate_reason: str | None = None,
) -> tuple[dict[str, Any], list[tuple[type[LoanFact], dict[str, Any], int]]]:
    """The repayment on `loan` (an ORM Loan or a LoanRow, already locked) over its open
    `installments`: every refusal is raised before anything changes; then the installments and
    the loan's totals move by exactly what was allocated. Returns the transaction's column values
    and the events to publish, as (contract, payload, aggregate version)."""
    require_status(loan, "active", action="take a repayment on")
    _check_payment(loan, amount, on, channel, reference)
    try:
        rows = spread(installments, amount, on)
    except Overpayment as exc:
        raise ValidationFailed(
            f"{format_poisha(amount)} is more than the {format_poisha(exc.outstanding)} outstanding; for an early close use prepay",
            field="amount",
        ) from exc
    principal, interest, penalty = sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)
    transaction = dict(
        id=uuid7(), loan_id=loan.id, kind="repayment", on=on, amount=amount, principal=principal, interest=interest, penalty=penalty,
        channel=channel, reference=reference, note=None, reverses_id=None, reversed=False, backdate_reason=backdate_reason,
        allocation=rows, collection_sheet_id=collection_sheet_id, created_by=who.subject, created_at=now(),
    )
    loan.paid_principal += principal
    loan.paid_interest += interest
    loan.paid_penalty += penalty
    loan.outstanding_principal -= principal
    loan.outstanding_interest -= interest
    loan.outstanding_penalty -= penalty
    loan.next_due_on = next((i.due_on for i in installments if i.completed_on is None), None)
    loan.last_money_on = on
    loan.transaction_count += 1
    bump(loan)
    events = [(RepaymentReceived, fact(loan, product, on=on, principal=principal, interest=interest, penalty=penalty, channel=channel,
                                        reference=reference, transaction_id=transaction["id"], actor=who.subject,
                                        backdate_reason=backdate_reason), loan.version)]
    if loan.outstanding_principal == loan.outstanding_interest == loan.outstanding_penalty == 0:
        _close(loan)
        events.append((LoanClosed, fact(loan, product, on=on, actor=who.subject), loan.version))
    return transaction, events


def _close(loan: Any) -> None:
    loan.status, loan.closed_on = "closed", loan.last_money_on
    loan.days_past_due, loan.overdue_principal, loan.overdue_interest, loan.arrears_since = 0, 0, 0, None
    bump(loan)


async def post_repayment(
    uow: UnitOfWork, loan: Loan, product: LoanProduct, who: Identity, *, amount: int, on: date, channel: str,
    reference: str | None, collection_sheet_id: uuid.UUID | None = None, backdate_reason: str | None = None,
) -> LoanTransaction:
    """The ORM path (savings' repayments): within the caller's unit of work, with `loan` already
    locked and the date's back-dating already checked (`backdate_reason` as check_backdate
    returned it). Raises on overpayment."""
    require_status(loan, "active", action="take a repayment on")
    _check_payment(loan, amount, on, channel, reference)
    # only the open installments: a repayment never touches a completed one, so the work stays
    # the same however old the loan is; the loan's totals move by exactly what was allocated
    installments = await open_installments(uow, loan.id)
    values, events = allocate_payment(loan, product, who, installments, amount=amount, on=on, channel=channel, reference=reference,
                                      collection_sheet_id=collection_sheet_id, backdate_reason=backdate_reason)
    transaction = LoanTransaction(**values)
    uow.session.add(transaction)
    for contract, payload, version in events:
        uow.publish(contract(**payload), aggregate_id=loan.id, aggregate_version=version)
    return transaction


def _close_if_repaid(uow: UnitOfWork, loan: Loan, product: LoanProduct, on: date, who: Identity) -> None:
    if loan.outstanding_principal == loan.outstanding_interest == loan.outstanding_penalty == 0:
        loan.status, loan.closed_on = "closed", on
        loan.days_past_due, loan.overdue_principal, loan.overdue_interest, loan.arrears_since = 0, 0, 0, None
        bump(loan)
        publish(uow, loan, LoanClosed, fact(loan, product, on=on, actor=who.subject))


# ---- the fast path: Core statements on plain rows -------------------------------------------------

_LOAN_COLUMNS = ("id", "member_id", "group_id", "branch_id", "product_id", "status", "principal", "disbursed_on", "last_money_on",
                 "outstanding_principal", "outstanding_interest", "outstanding_penalty", "paid_principal", "paid_interest",
                 "paid_penalty", "transaction_count", "version")
_INSTALLMENT_COLUMNS = ("loan_id", "number", "due_on", "principal", "interest", "penalty", "paid_principal", "paid_interest",
                        "paid_penalty", "waived_interest", "completed_on")


class LoanRow:
    """A loan's columns that a repayment reads and moves, as plain attributes (set freely)."""

    def __init__(self, mapping: Any):
        self.__dict__.update(mapping)
        self.closed_on = None
        self.next_due_on = None

    @property
    def closing(self) -> bool:
        return self.status == "closed"


class InstallmentRow:
    __slots__ = _INSTALLMENT_COLUMNS

    def __init__(self, row: Any):  # a Core row of _INSTALLMENT_COLUMNS, in order
        (self.loan_id, self.number, self.due_on, self.principal, self.interest, self.penalty, self.paid_principal, self.paid_interest,
         self.paid_penalty, self.waived_interest, self.completed_on) = row


@dataclass(frozen=True)
class ProductRef:
    """What a repayment's events say of the product; neither its id nor its code ever changes."""

    id: uuid.UUID
    code: str


_products: dict[uuid.UUID, ProductRef] = {}

_LOCK_LOAN = select(*(LOANS.c[n] for n in _LOAN_COLUMNS)).where(LOANS.c.id == bindparam("loan_id")).with_for_update()
_LOCK_LOANS = (select(*(LOANS.c[n] for n in _LOAN_COLUMNS)).where(LOANS.c.id.in_(bindparam("ids", expanding=True)))
               .order_by(LOANS.c.id).with_for_update())
_OPEN = (select(*(INSTALLMENTS.c[n] for n in _INSTALLMENT_COLUMNS))
         .where(INSTALLMENTS.c.loan_id == bindparam("loan_id"), INSTALLMENTS.c.completed_on.is_(None)).order_by(INSTALLMENTS.c.number))
_OPEN_OF_MANY = (select(*(INSTALLMENTS.c[n] for n in _INSTALLMENT_COLUMNS))
                 .where(INSTALLMENTS.c.loan_id.in_(bindparam("ids", expanding=True)), INSTALLMENTS.c.completed_on.is_(None))
                 .order_by(INSTALLMENTS.c.loan_id, INSTALLMENTS.c.number))
_PRODUCTS = select(LoanProduct.__table__.c.id, LoanProduct.__table__.c.code).where(
    LoanProduct.__table__.c.id.in_(bindparam("ids", expanding=True)))


async def products_of(session: AsyncSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, ProductRef]:
    missing = [i for i in ids if i not in _products]
    if missing:
        for row in await session.execute(_PRODUCTS, {"ids": missing}):
            _products[row.id] = ProductRef(row.id, row.code)
    return {i: _products[i] for i in ids}


_PG_LOCK_LOAN = f"SELECT {', '.join(_LOAN_COLUMNS)} FROM loans WHERE id = $1 FOR UPDATE"
_PG_LOCK_LOANS = f"SELECT {', '.join(_LOAN_COLUMNS)} FROM loans WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE"
# The open installments a payment of each loan's amount can reach (spread walks them oldest
# first), the one after them (the loan's next due date) and any owing nothing (spread marks those
# complete): a row is left out once an earlier row owing something starts beyond the payment. A
# 1.00 repayment on a 46-week loan read 46 rows to use 2; sheets spent a fifth of their Python
# building rows they never touched. A payment beyond what is owed gets every row (Overpayment).
_EARLIER = "OVER (PARTITION BY loan_id ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
_PG_REACHED = f"""
SELECT {', '.join(_INSTALLMENT_COLUMNS)} FROM (
  SELECT *, count(*) FILTER (WHERE due > 0 AND before >= amount) {_EARLIER} AS beyond FROM (
    SELECT *, sum(due) {_EARLIER} AS before FROM (
      SELECT i.*, p.amount, i.principal + i.interest + i.penalty - i.waived_interest - i.paid_principal - i.paid_interest - i.paid_penalty AS due
      FROM unnest($1::uuid[], $2::bigint[]) AS p(loan_id, amount)
      JOIN loan_installments i ON i.loan_id = p.loan_id AND i.completed_on IS NULL) owing) owed) reach
WHERE due <= 0 OR COALESCE(beyond, 0) = 0
ORDER BY loan_id, number
"""


async def _asyncpg(session: AsyncSession) -> Any:
    return await asyncpg_of(session)


async def lock_loan(session: AsyncSession, loan_id: uuid.UUID, who: Identity) -> LoanRow:
    """The loan row-locked (PostgreSQL FOR UPDATE; SQLite's BEGIN IMMEDIATE), 404 / 403 as load_loan."""
    pg = await _asyncpg(session)
    if pg is not None:
        row = await pg.fetchrow(_PG_LOCK_LOAN, loan_id)
        row = None if row is None else dict(row.items())
    else:
        row = (await session.execute(_LOCK_LOAN, {"loan_id": loan_id})).mappings().first()
    if row is None:
        raise NotFound(f"no loan {loan_id}")
    loan = LoanRow(row)
    who.check_branch(loan.branch_id, "this loan")
    return loan


async def lock_loans(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, LoanRow]:
    """Several loans, locked in id order (one lock order for every sheet: no deadlocks between them)."""
    pg = await _asyncpg(session)
    if pg is not None:
        rows = [dict(r.items()) for r in await pg.fetch(_PG_LOCK_LOANS, sorted(set(ids)))]
    else:
        rows = (await session.execute(_LOCK_LOANS, {"ids": sorted(ids)})).mappings()
    return {row["id"]: LoanRow(row) for row in rows}


async def open_installments_of(session: AsyncSession, payments: dict[uuid.UUID, int]) -> dict[uuid.UUID, list[InstallmentRow]]:
    """The open installments of each loan that a payment of its amount in `payments` can reach (on
    PostgreSQL: _PG_REACHED; SQLite reads them all), oldest first. Read after the loans are locked:
    a statement that started before a concurrent payment committed would see its installments as
    they were."""
    ids = list(payments)
    out: dict[uuid.UUID, list[InstallmentRow]] = {i: [] for i in ids}
    pg = await _asyncpg(session)
    if pg is not None:
        rows = await pg.fetch(_PG_REACHED, ids, [payments[i] for i in ids])
    elif len(ids) == 1:
        rows = await session.execute(_OPEN, {"loan_id": ids[0]})
    else:
        rows = await session.execute(_OPEN_OF_MANY, {"ids": ids})
    for row in rows:
        out[row[0]].append(InstallmentRow(row))
    return out


async def backdate_reason_for(session: AsyncSession, settings: LendingSettings, who: Identity, on: date, reason: str | None, *,
                              field: str) -> str | None:
    """check_backdate, without its holiday query for a date it cannot refuse: from today back as
    many calendar days as the window has business days (each business day back is at least one
    calendar day, so such a date is always inside the window)."""
    today = business_today()
    if today - timedelta(days=settings.backdate_business_days) <= on <= today:
        return (reason or "").strip() or None
    return await check_backdate(session, settings, who, on, reason, field=field)


class RepaymentWrites:
    """A unit of work's repayments, written together: `add` each one as allocate_payment returned
    it, then `write` once, before the commit."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow
        self.transactions: list[dict[str, Any]] = []
        self.loans: dict[uuid.UUID, LoanRow] = {}
        self.installments: dict[tuple[uuid.UUID, int], InstallmentRow] = {}
        self.outbox: list[dict[str, Any]] = []

    def add(self, loan: LoanRow, installments: list[InstallmentRow], transaction: dict[str, Any],
            events: list[tuple[type[LoanFact], dict[str, Any], int]], touched: set[int]) -> None:
        self.transactions.append(transaction)
        self.loans[loan.id] = loan
        for i in installments:
            if i.number in touched:
                self.installments[(loan.id, i.number)] = i
        for contract, payload, version in events:
            self.outbox.append(self.uow.outbox_row(contract(**payload), aggregate_id=loan.id, aggregate_version=version))

    async def write(self) -> None:
        if not self.transactions:
            return
        session = self.uow.session
        if session.bind.dialect.name == "postgresql":
            await _write_postgres(session, self)
        else:
            await _write_portable(session, self)


def repayment(loan: LoanRow, product: Any, who: Identity, installments: list[InstallmentRow], writes: RepaymentWrites, *,
              amount: int, on: date, channel: str, reference: str | None, collection_sheet_id: uuid.UUID | None = None,
              backdate_reason: str | None = None) -> dict[str, Any]:
    """allocate_payment on plain rows, queued on `writes`; the transaction's values."""
    before = {i.number: (i.paid_principal, i.paid_interest, i.paid_penalty, i.completed_on) for i in installments}
    transaction, events = allocate_payment(loan, product, who, installments, amount=amount, on=on, channel=channel, reference=reference,
                                           collection_sheet_id=collection_sheet_id, backdate_reason=backdate_reason)
    touched = {i.number for i in installments
               if before[i.number] != (i.paid_principal, i.paid_interest, i.paid_penalty, i.completed_on)}
    writes.add(loan, installments, transaction, events, touched)
    return transaction


_LOAN_UPDATE_COLUMNS = ("status", "paid_principal", "paid_interest", "paid_penalty", "outstanding_principal", "outstanding_interest",
                        "outstanding_penalty", "next_due_on", "last_money_on", "transaction_count", "version", "updated_at", "closed_on")
_TX_COLUMNS = [c.name for c in TRANSACTIONS.c]
_LOAN_ARRAY_COLUMNS = ("id", *_LOAN_UPDATE_COLUMNS)
_INSTALLMENT_ARRAY_COLUMNS = ("loan_id", "number", "paid_principal", "paid_interest", "paid_penalty", "completed_on")
_OUTBOX_ARRAY_COLUMNS = ("id", "topic", "key", "event_type", "envelope", "created_at")


def _unnest(table: Any, names: tuple[str, ...] | list[str], start: int) -> str:
    """`unnest($start::type[], ...) AS v(name, ...)`: those columns of `table` as arrays."""
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()
    args = ", ".join(f"${start + k}::{table.c[n].type.compile(dialect=dialect)}[]" for k, n in enumerate(names))
    return f"unnest({args}) AS v({', '.join(_q(n) for n in names)})"


def _q(name: str) -> str:
    return f'"{name}"'


def _build_pg_sql() -> str:
    n = 1
    tx_from = _unnest(TRANSACTIONS, _TX_COLUMNS, n)
    n += len(_TX_COLUMNS)
    loan_from = _unnest(LOANS, _LOAN_ARRAY_COLUMNS, n)
    n += len(_LOAN_ARRAY_COLUMNS)
    inst_from = _unnest(INSTALLMENTS, _INSTALLMENT_ARRAY_COLUMNS, n)
    n += len(_INSTALLMENT_ARRAY_COLUMNS)
    out_from = _unnest(OUTBOX, _OUTBOX_ARRAY_COLUMNS, n)
    closing = "v.status = 'closed'"
    loan_set = ", ".join([f"{_q(c)} = v.{_q(c)}" for c in _LOAN_UPDATE_COLUMNS if c != "closed_on"] + [
        f"closed_on = CASE WHEN {closing} THEN v.closed_on ELSE l.closed_on END",
        f"days_past_due = CASE WHEN {closing} THEN 0 ELSE l.days_past_due END",
        f"overdue_principal = CASE WHEN {closing} THEN 0 ELSE l.overdue_principal END",
        f"overdue_interest = CASE WHEN {closing} THEN 0 ELSE l.overdue_interest END",
        f"arrears_since = CASE WHEN {closing} THEN NULL ELSE l.arrears_since END",
    ])
    tx_names = ", ".join(_q(c) for c in _TX_COLUMNS)
    return (
        f"WITH t AS (INSERT INTO loan_transactions ({tx_names}) SELECT {tx_names} FROM {tx_from}), "
        f"l AS (UPDATE loans AS l SET {loan_set} FROM {loan_from} WHERE l.id = v.id), "
        f"i AS (UPDATE loan_installments AS i SET paid_principal = v.paid_principal, paid_interest = v.paid_interest, "
        f"paid_penalty = v.paid_penalty, completed_on = v.completed_on FROM {inst_from} "
        f"WHERE i.loan_id = v.loan_id AND i.number = v.number), "
        f"o AS (INSERT INTO outbox (id, topic, key, event_type, envelope, created_at, attempts) "
        f"SELECT id, topic, key, event_type, envelope, created_at, 0 FROM {out_from}) "
        f"SELECT 1"
    )


_PG_SQL: str | None = None


async def _write_postgres(session: AsyncSession, w: RepaymentWrites) -> None:
    """One statement, straight to asyncpg on the unit's connection (its transaction was begun by
    the reads before): arrays of each column, so its text never changes and it is prepared once."""
    global _PG_SQL
    if _PG_SQL is None:
        _PG_SQL = _build_pg_sql()
    args: list[Any] = []
    txs = w.transactions
    for c in _TX_COLUMNS:
        if c == "allocation":
            args.append([json.dumps(t["allocation"]) for t in txs])
        else:
            args.append([t[c] for t in txs])
    loans = list(w.loans.values())
    args.append([loan.id for loan in loans])
    for c in _LOAN_UPDATE_COLUMNS:
        args.append([getattr(loan, c) for loan in loans])
    inst = list(w.installments.values())
    for c in _INSTALLMENT_ARRAY_COLUMNS:
        args.append([getattr(i, c) for i in inst])
    for c in _OUTBOX_ARRAY_COLUMNS:
        args.append([json.dumps(o["envelope"]) if c == "envelope" else o[c] for o in w.outbox])
    await (await _asyncpg(session)).execute(_PG_SQL, *args)


_INSERT_TX = insert(TRANSACTIONS)
_UPDATE_LOAN = update(LOANS).where(LOANS.c.id == bindparam("b_id")).values(
    {c: bindparam(f"b_{c}") for c in (*_LOAN_UPDATE_COLUMNS, "days_past_due", "overdue_principal", "overdue_interest", "arrears_since")})
_UPDATE_LOAN_OPEN = update(LOANS).where(LOANS.c.id == bindparam("b_id")).values(
    {c: bindparam(f"b_{c}") for c in _LOAN_UPDATE_COLUMNS if c != "closed_on"})
_UPDATE_INSTALLMENT = update(INSTALLMENTS).where(INSTALLMENTS.c.loan_id == bindparam("b_loan_id"),
                                                 INSTALLMENTS.c.number == bindparam("b_number")).values(
    {c: bindparam(f"b_{c}") for c in ("paid_principal", "paid_interest", "paid_penalty", "completed_on")})
_INSERT_OUTBOX = insert(OUTBOX)


async def _write_portable(session: AsyncSession, w: RepaymentWrites) -> None:
    await session.execute(_INSERT_TX, w.transactions)
    closed = [loan for loan in w.loans.values() if loan.closing]
    open_ = [loan for loan in w.loans.values() if not loan.closing]
    if open_:
        await session.execute(_UPDATE_LOAN_OPEN, [
            {"b_id": loan.id, **{f"b_{c}": getattr(loan, c) for c in _LOAN_UPDATE_COLUMNS if c != "closed_on"}} for loan in open_])
    if closed:
        await session.execute(_UPDATE_LOAN, [
            {"b_id": loan.id, **{f"b_{c}": getattr(loan, c) for c in _LOAN_UPDATE_COLUMNS},
             "b_days_past_due": 0, "b_overdue_principal": 0, "b_overdue_interest": 0, "b_arrears_since": None} for loan in closed])
    if w.installments:
        await session.execute(_UPDATE_INSTALLMENT, [
            {"b_loan_id": i.loan_id, "b_number": i.number, "b_paid_principal": i.paid_principal, "b_paid_interest": i.paid_interest,
             "b_paid_penalty": i.paid_penalty, "b_completed_on": i.completed_on} for i in w.installments.values()])
    if w.outbox:
        await session.execute(_INSERT_OUTBOX, w.outbox)


async def repay(
    db: Database, loan_id: uuid.UUID, who: Identity, *, amount: int, on: date, channel: str, reference: str | None,
    backdate_reason: str | None, settings: LendingSettings,
) -> tuple[LoanRow, dict[str, Any]]:
    """One repayment: lock, read the open installments, one write, commit. (loan, transaction values)."""
    refuse_savings_channel(channel)
    async with db.uow() as uow:
        s = uow.session
        loan = await lock_loan(s, loan_id, who)
        reason = await backdate_reason_for(s, settings, who, on, backdate_reason, field="paid_on")
        product = (await products_of(s, {loan.product_id}))[loan.product_id]
        require_status(loan, "active", action="take a repayment on")
        _check_payment(loan, amount, on, channel, reference)
        installments = (await open_installments_of(s, {loan.id: amount}))[loan.id]
        writes = RepaymentWrites(uow)
        transaction = repayment(loan, product, who, installments, writes, amount=amount, on=on, channel=channel, reference=reference,
                                backdate_reason=reason)
        await writes.write()
        await uow.commit()
        return loan, transaction


@dataclass(frozen=True)
class PrepaymentQuote:
    on: date
    principal: int
    interest: int
    penalty: int
    interest_waived: int

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.penalty


def quote(loan: Loan, product: LoanProduct, installments: list[LoanInstallment], on: date) -> PrepaymentQuote:
    """`accrued` products charge the interest of installments due up to `on` and of the one
    running on `on`; later interest is waived. `full` products charge all scheduled interest."""
    open_dues = dues(installments)
    principal = sum(d.principal for d in open_dues)
    penalty = sum(d.penalty for d in open_dues)
    if product.prepayment_interest == "full":
        charged = [d.interest for d in open_dues]
    else:
        running = next((i.number for i in installments if i.due_on >= on), None)
        charged = [d.interest for d, i in zip(open_dues, installments, strict=True) if running is None or i.number <= running]
    interest = sum(charged)
    return PrepaymentQuote(on=on, principal=principal, interest=interest, penalty=penalty,
                           interest_waived=sum(d.interest for d in open_dues) - interest)


def waive(installments: list[LoanInstallment], amount: int) -> None:
    """Give up `amount` of interest, the latest first: what has not been earned."""
    for i in reversed(installments):
        if amount == 0:
            break
        give = min(amount, i.interest - i.paid_interest - i.waived_interest)
        i.waived_interest += give
        amount -= give


async def prepayment_quote(db: Database, loan_id: uuid.UUID, who: Identity, on: date) -> tuple[Loan, PrepaymentQuote]:
    async with db.sessions() as s:
        loan = await load_loan(s, loan_id, who)
        require_status(loan, "active", action="quote a prepayment for")
        product = await s.get(LoanProduct, loan.product_id)
        return loan, quote(loan, product, await installments_of(s, loan.id), on)


async def prepay(
    db: Database, loan_id: uuid.UUID, who: Identity, *, amount: int, on: date, channel: str, reference: str | None,
    backdate_reason: str | None, settings: LendingSettings,
) -> tuple[Loan, LoanTransaction]:
    """Close the loan on `on`: the amount must equal the quote, so nobody closes a loan by accident."""
    refuse_savings_channel(channel)
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True)
        require_status(loan, "active", action="prepay")
        reason = await check_backdate(uow.session, settings, who, on, backdate_reason, field="paid_on")
        _check_payment(loan, amount, on, channel, reference)
        product = await product_of(uow, loan)
        installments = await installments_of(uow, loan.id)
        q = quote(loan, product, installments, on)
        if amount != q.total:
            raise ValidationFailed(f"closing this loan on {on} takes exactly {format_poisha(q.total)}", field="amount")
        waive(installments, q.interest_waived)
        rows = spread(installments, amount, on)
        transaction = LoanTransaction(
            id=uuid7(), loan_id=loan.id, kind="prepayment", on=on, amount=amount, principal=q.principal, interest=q.interest,
            penalty=q.penalty, channel=channel, reference=reference, allocation=rows, backdate_reason=reason, created_by=who.subject,
            created_at=now(), note=f"interest waived {format_poisha(q.interest_waived)}",
        )
        uow.session.add(transaction)
        summarise(loan, installments)
        loan.last_money_on = on
        loan.transaction_count += 1
        bump(loan)
        publish(uow, loan, LoanPrepaid, {
            **fact(loan, product, on=on, principal=q.principal, interest=q.interest, penalty=q.penalty, channel=channel,
                   reference=reference, transaction_id=transaction.id, actor=who.subject, backdate_reason=reason),
            "interest_waived": format_poisha(q.interest_waived),
        })
        _close_if_repaid(uow, loan, product, on, who)
        await uow.commit()
        return loan, transaction
