"""Every report as CSV rows: a header row, money as decimal strings ("1250.00"), dates ISO.
The paged reports (statement, general ledger) are read in keyset batches so a year of lines
streams out without being held in memory; each batch is its own short read (on SQLite a read
transaction holds the writer lock, so one long transaction would stall posting meanwhile)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from palli_common.db import Database
from palli_common.identity import Identity
from palli_common.money import format_poisha
from palli_common.pagination import PageParams, decode_cursor
from palli_ledger.service.reports.financial import BalanceSheet, IncomeStatement, Section, flatten
from palli_ledger.service.reports.statements import GeneralLedger, LedgerLine, Statement, account_statement, general_ledger
from palli_ledger.service.reports.trial_balance import TrialBalance

BATCH = 1000  # lines per keyset batch


def _money(value: int | None) -> str:
    return "" if value is None else format_poisha(value)


# -- trial balance, balance sheet, income statement: a few dozen rows already computed ---------

TRIAL_BALANCE_HEADER = ["code", "name", "name_bn", "type", "normal_side", "debit", "credit", "balance", "debit_balance", "credit_balance"]


def trial_balance_rows(report: TrialBalance) -> Iterable[list[Any]]:
    yield TRIAL_BALANCE_HEADER
    for r in report.rows:
        yield [r.code, r.name, r.name_bn, r.type, r.normal_side, _money(r.debit), _money(r.credit), _money(r.balance),
               _money(r.debit_balance), _money(r.credit_balance)]
    yield ["", "Total", "মোট", "", "", _money(report.total_debit), _money(report.total_credit), "",
           _money(report.total_debit_balance), _money(report.total_credit_balance)]


SECTION_HEADER = ["section", "level", "code", "name", "name_bn", "is_header", "amount"]


def _section_rows(section: Section) -> Iterable[list[Any]]:
    for level, node in flatten(section.accounts):
        yield [section.type, level, node.code, node.name, node.name_bn, "true" if node.is_header else "false", _money(node.amount)]
    yield [section.type, "", "", f"Total {section.title.lower()}", f"মোট {section.title_bn}", "", _money(section.total)]


def balance_sheet_rows(report: BalanceSheet) -> Iterable[list[Any]]:
    yield SECTION_HEADER
    for section in (report.assets, report.liabilities, report.equity):
        yield from _section_rows(section)
    yield ["", "", "", "Total liabilities and equity", "মোট দায় ও মূলধন", "", _money(report.total_liabilities_and_equity)]


def income_statement_rows(report: IncomeStatement) -> Iterable[list[Any]]:
    yield SECTION_HEADER
    for section in (report.income, report.expenses):
        yield from _section_rows(section)
    yield ["", "", "", "Surplus (income less expenses)", "উদ্বৃত্ত", "", _money(report.surplus)]


# -- account statement and general ledger: every line, batch after batch -------------------------

STATEMENT_HEADER = ["posted_on", "entry_id", "line_id", "account_code", "description", "memo", "reference", "debit", "credit", "balance"]


def _statement_line(line: LedgerLine) -> list[Any]:
    return [line.posted_on.isoformat(), str(line.entry_id), line.line_id, line.account_code, line.description, line.memo,
            line.reference, _money(line.debit), _money(line.credit), _money(line.balance)]


async def statement_rows(db: Database, who: Identity, first: Statement) -> AsyncIterator[list[Any]]:
    """`first` is the first batch, already read (so a bad request failed before streaming began)."""
    yield STATEMENT_HEADER
    yield [first.date_from.isoformat(), "", "", first.account.code, "Opening balance", "", "", "", "", _money(first.opening_balance)]
    batch = first
    while True:
        for line in batch.lines:
            yield _statement_line(line)
        if batch.next_cursor is None:
            break
        batch = await account_statement(
            db, who, account=first.account.code, date_from=first.date_from, date_to=first.date_to, branch_id=first.branch_id,
            page=PageParams(limit=BATCH, after=decode_cursor(batch.next_cursor)), with_totals=False,
        )
    yield [first.date_to.isoformat(), "", "", first.account.code, "Closing balance", "", "", _money(first.period_debit),
           _money(first.period_credit), _money(first.closing_balance)]


async def first_statement_batch(db: Database, who: Identity, **query: Any) -> Statement:
    return await account_statement(db, who, page=PageParams(limit=BATCH, after=None), **query)


GENERAL_LEDGER_HEADER = ["account_code", "account_name", "account_name_bn", "posted_on", "entry_id", "line_id", "description",
                         "memo", "reference", "debit", "credit", "balance"]


async def general_ledger_rows(db: Database, who: Identity, first: GeneralLedger) -> AsyncIterator[list[Any]]:
    """Each account's lines follow a row with its opening balance."""
    yield GENERAL_LEDGER_HEADER
    batch, current = first, None
    while True:
        for line in batch.lines:
            account = batch.chart.get(line.account_code)
            name, name_bn = (account.name, account.name_bn) if account else (line.account_code, None)
            if line.account_code != current:
                current = line.account_code
                yield [current, name, name_bn, first.date_from.isoformat(), "", "", "Opening balance", "", "", "", "",
                       _money(batch.opening[current])]
            row = _statement_line(line)
            yield [line.account_code, name, name_bn, *row[:3], *row[4:]]
        if batch.next_cursor is None:
            break
        batch = await general_ledger(
            db, who, date_from=first.date_from, date_to=first.date_to, branch_id=first.branch_id, account=first.account,
            page=PageParams(limit=BATCH, after=decode_cursor(batch.next_cursor)),
        )


async def first_ledger_batch(db: Database, who: Identity, **query: Any) -> GeneralLedger:
    return await general_ledger(db, who, page=PageParams(limit=BATCH, after=None), **query)
