"""Account statement and general ledger: posted lines in order with a running balance, in keyset
pages. The cursor carries the last line's position AND the running balance there, so the next
page continues the balance without summing everything before it again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select, tuple_

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_common.identity import Identity
from palli_common.pagination import PageParams, encode_cursor
from palli_ledger.adapters.tables import Account, JournalEntry, JournalLine
from palli_ledger.service.reports.common import (
    Chart, as_int, check_period, cursor_date, cursor_int, cursor_text, load_chart, on_lines, signed,
)


@dataclass(frozen=True)
class LedgerLine:
    line_id: int
    entry_id: uuid.UUID
    posted_on: date
    account_code: str
    branch_id: uuid.UUID | None
    description: str
    memo: str | None
    reference: str | None
    debit: int
    credit: int
    balance: int  # running, on the normal side of the account the report is about


def _lines_query(who: Identity, branch_id: uuid.UUID | None, codes: list[str] | None, date_from: date, date_to: date):  # noqa: ANN202
    query = (
        select(JournalLine.id, JournalLine.entry_id, JournalLine.posted_on, JournalLine.account_code, JournalLine.branch_id,
               JournalEntry.description, JournalLine.memo, JournalEntry.reference, JournalLine.debit, JournalLine.credit)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.posted_on >= date_from, JournalLine.posted_on <= date_to)
    )
    if codes is not None:
        query = query.where(JournalLine.account_code.in_(codes))
    return on_lines(query, who, branch_id)


def _line(row, balance: int) -> LedgerLine:  # noqa: ANN001
    return LedgerLine(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], int(row[8]), int(row[9]), balance)


# -- account statement ------------------------------------------------------------------------

@dataclass
class Statement:
    account: Account
    codes: list[str]  # the account and, for a header, every sub-account
    date_from: date
    date_to: date
    branch_id: uuid.UUID | None
    lines: list[LedgerLine]
    next_cursor: str | None
    opening_balance: int | None = None  # None on the CSV's later batches, which do not need them again
    closing_balance: int | None = None
    period_debit: int | None = None
    period_credit: int | None = None


def _statement_after(after: list | None) -> tuple[date, int, int] | None:
    if after is None:
        return None
    if len(after) != 3:
        raise ValidationFailed("cursor is not one this API issued", field="cursor")
    return cursor_date(after[0]), cursor_int(after[1]), cursor_int(after[2])


async def account_statement(db: Database, who: Identity, *, account: str, date_from: date, date_to: date,
                            branch_id: uuid.UUID | None, page: PageParams, with_totals: bool = True) -> Statement:
    check_period(date_from, date_to)
    after = _statement_after(page.after)
    async with db.sessions() as session:
        chart = await load_chart(session)
        head = chart.require(account)
        codes = chart.subtree(account)
        statement = Statement(head, codes, date_from, date_to, branch_id, [], None)
        if with_totals or after is None:
            totals = select(
                func.sum(case((JournalLine.posted_on < date_from, JournalLine.debit - JournalLine.credit), else_=0)),
                func.sum(case((JournalLine.posted_on >= date_from, JournalLine.debit), else_=0)),
                func.sum(case((JournalLine.posted_on >= date_from, JournalLine.credit), else_=0)),
            ).where(JournalLine.account_code.in_(codes), JournalLine.posted_on <= date_to)
            before, debit, credit = (await session.execute(on_lines(totals, who, branch_id))).one()
            statement.opening_balance = signed(as_int(before), head)
            statement.period_debit, statement.period_credit = as_int(debit), as_int(credit)
            statement.closing_balance = statement.opening_balance + signed(as_int(debit) - as_int(credit), head)
        query = _lines_query(who, branch_id, codes, date_from, date_to)
        if after is not None:
            query = query.where(tuple_(JournalLine.posted_on, JournalLine.id) > tuple_(after[0], after[1]))
        query = query.order_by(JournalLine.posted_on, JournalLine.id).limit(page.limit + 1)
        rows = (await session.execute(query)).all()
    balance = after[2] if after is not None else statement.opening_balance or 0
    for row in rows[: page.limit]:
        balance += signed(int(row[8]) - int(row[9]), head)
        statement.lines.append(_line(row, balance))
    if len(rows) > page.limit:
        last = statement.lines[-1]
        statement.next_cursor = encode_cursor([last.posted_on.isoformat(), last.line_id, last.balance])
    return statement


# -- general ledger ---------------------------------------------------------------------------

@dataclass
class GeneralLedger:
    date_from: date
    date_to: date
    branch_id: uuid.UUID | None
    account: str | None
    chart: Chart
    lines: list[LedgerLine]
    opening: dict[str, int]  # the balance before `date_from` of every account on this page
    next_cursor: str | None


def _ledger_after(after: list | None) -> tuple[str, date, int, int] | None:
    if after is None:
        return None
    if len(after) != 4:
        raise ValidationFailed("cursor is not one this API issued", field="cursor")
    return cursor_text(after[0]), cursor_date(after[1]), cursor_int(after[2]), cursor_int(after[3])


async def general_ledger(db: Database, who: Identity, *, date_from: date, date_to: date, branch_id: uuid.UUID | None,
                         account: str | None, page: PageParams) -> GeneralLedger:
    """Every line of the period by account code, date and line, each account's balance running
    from its opening balance (the sum of its lines before the period)."""
    check_period(date_from, date_to)
    after = _ledger_after(page.after)
    async with db.sessions() as session:
        chart = await load_chart(session)
        codes = chart.subtree(chart.require(account).code) if account is not None else None
        query = _lines_query(who, branch_id, codes, date_from, date_to)
        if after is not None:
            key = tuple_(JournalLine.account_code, JournalLine.posted_on, JournalLine.id)
            query = query.where(key > tuple_(after[0], after[1], after[2]))
        query = query.order_by(JournalLine.account_code, JournalLine.posted_on, JournalLine.id).limit(page.limit + 1)
        rows = (await session.execute(query)).all()
        on_page = sorted({r[3] for r in rows[: page.limit]})
        opening: dict[str, int] = {code: 0 for code in on_page}
        if on_page:
            before = (
                select(JournalLine.account_code, func.sum(JournalLine.debit - JournalLine.credit))
                .where(JournalLine.account_code.in_(on_page), JournalLine.posted_on < date_from)
                .group_by(JournalLine.account_code)
            )
            for code, net in (await session.execute(on_lines(before, who, branch_id))).all():
                opening[code] = signed(as_int(net), chart.get(code))
    ledger = GeneralLedger(date_from, date_to, branch_id, account, chart, [], opening, None)
    current, balance = (after[0], after[3]) if after is not None else (None, 0)
    for row in rows[: page.limit]:
        if row[3] != current:
            current, balance = row[3], opening[row[3]]
        balance += signed(int(row[8]) - int(row[9]), chart.get(row[3]))
        ledger.lines.append(_line(row, balance))
    if len(rows) > page.limit:
        last = ledger.lines[-1]
        ledger.next_cursor = encode_cursor([last.account_code, last.posted_on.isoformat(), last.line_id, last.balance])
    return ledger
