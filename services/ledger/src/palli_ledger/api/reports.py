"""Trial balance, account statement, general ledger, balance sheet and income statement, as JSON
or CSV (`?format=csv` or `Accept: text/csv`; streamed, every row even of the paged reports).
Branch-scoped callers see only their branches' lines (head-office lines need every branch)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from palli_common.app import DB
from palli_common.csv_stream import csv_response, wants_csv
from palli_common.identity import CurrentIdentity
from palli_common.pagination import PageQuery
from palli_ledger.api.report_schemas import (
    AccountNodeOut, AccountRef, BalanceSheetOut, GeneralLedgerAccountOut, GeneralLedgerOut, IncomeStatementOut, IsoDate,
    LedgerLineOut, ReportFormat, SectionOut, StatementOut, TrialBalanceOut, TrialBalanceRowOut,
)
from palli_ledger.service import csv_export
from palli_ledger.service.common import business_today  # a report's "today": Bangladesh's calendar day
from palli_ledger.service.reports.common import check_period
from palli_ledger.service.reports.financial import Node, Section, balance_sheet, income_statement
from palli_ledger.service.reports.statements import LedgerLine, account_statement, general_ledger
from palli_ledger.service.reports.trial_balance import trial_balance

router = APIRouter(prefix="/v1/ledger/reports", tags=["ledger reports"])

CSV_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                                                        "description": "JSON, or CSV when asked for"}}
BranchQuery = Annotated[uuid.UUID | None, Query(description="one branch (403 outside yours); default: every branch you may see")]
FormatQuery = Annotated[ReportFormat | None, Query(description="json or csv (default: json unless Accept asks for text/csv)")]
AsOfQuery = Annotated[IsoDate | None, Query(description="YYYY-MM-DD, inclusive (default: today in Dhaka)")]
FromQuery = Annotated[IsoDate, Query(alias="from", description="first day YYYY-MM-DD")]
ToQuery = Annotated[IsoDate | None, Query(description="last day YYYY-MM-DD, inclusive (default: today in Dhaka)")]
AccountQuery = Annotated[str, Query(min_length=1, max_length=40, description="account code; a header includes its sub-accounts")]


def _wants_csv(request: Request, fmt: str | None) -> bool:
    return wants_csv(request, fmt)


def _csv(filename: str, rows: AsyncIterator[list[Any]] | Iterable[list[Any]]) -> StreamingResponse:
    return csv_response(filename, rows)


def _span(date_from: date, date_to: date | None) -> date:
    date_to = date_to or business_today()
    check_period(date_from, date_to)
    return date_to


def _suffix(branch_id: uuid.UUID | None) -> str:
    return f"-branch-{branch_id}" if branch_id else ""


def _node_out(n: Node) -> AccountNodeOut:
    return AccountNodeOut(code=n.code, name=n.name, name_bn=n.name_bn, is_header=n.is_header, amount=n.amount,
                          children=[_node_out(c) for c in n.children])


def _section_out(s: Section) -> SectionOut:
    return SectionOut(type=s.type, title=s.title, title_bn=s.title_bn, accounts=[_node_out(n) for n in s.accounts], total=s.total)


def _line_out(line: LedgerLine) -> LedgerLineOut:
    return LedgerLineOut(**{k: getattr(line, k) for k in LedgerLineOut.model_fields})


@router.get("/trial-balance", response_model=TrialBalanceOut, responses=CSV_RESPONSE,
            summary="Trial balance as of a date: every account with postings, debit and credit totals that agree")
async def get_trial_balance(request: Request, db: DB, who: CurrentIdentity, as_of: AsOfQuery = None, branch_id: BranchQuery = None,
                            format: FormatQuery = None):  # noqa: A002  (the query parameter's name)
    report = await trial_balance(db, who, as_of=as_of or business_today(), branch_id=branch_id)
    if _wants_csv(request, format):
        return _csv(f"trial-balance-{report.as_of}{_suffix(branch_id)}", csv_export.trial_balance_rows(report))
    return TrialBalanceOut(
        as_of=report.as_of, branch_id=branch_id,
        accounts=[TrialBalanceRowOut(**{k: getattr(r, k) for k in TrialBalanceRowOut.model_fields}) for r in report.rows],
        total_debit=report.total_debit, total_credit=report.total_credit, total_debit_balance=report.total_debit_balance,
        total_credit_balance=report.total_credit_balance, balanced=report.balanced,
    )


@router.get("/account-statement", response_model=StatementOut, responses=CSV_RESPONSE,
            summary="An account's lines in a period with opening, running and closing balance (cursor pages; CSV: every line)")
async def get_account_statement(request: Request, db: DB, who: CurrentIdentity, page: PageQuery, account: AccountQuery,
                                date_from: FromQuery, to: ToQuery = None, branch_id: BranchQuery = None,
                                format: FormatQuery = None):  # noqa: A002
    date_to = _span(date_from, to)
    query = dict(account=account, date_from=date_from, date_to=date_to, branch_id=branch_id)
    if _wants_csv(request, format):
        first = await csv_export.first_statement_batch(db, who, **query)
        name = f"account-statement-{first.account.code}-{date_from}-to-{date_to}{_suffix(branch_id)}"
        return _csv(name, csv_export.statement_rows(db, who, first))
    s = await account_statement(db, who, page=page, **query)
    head = s.account
    return StatementOut(
        account=AccountRef(code=head.code, name=head.name, name_bn=head.name_bn, type=head.type, contra=head.contra,
                           is_header=head.is_header),
        accounts_included=s.codes, from_=date_from, to=date_to, branch_id=branch_id, opening_balance=s.opening_balance or 0,
        period_debit=s.period_debit or 0, period_credit=s.period_credit or 0, closing_balance=s.closing_balance or 0,
        items=[_line_out(line) for line in s.lines], next_cursor=s.next_cursor,
    )


@router.get("/general-ledger", response_model=GeneralLedgerOut, responses=CSV_RESPONSE,
            summary="Every line of a period by account, with each account's opening and running balance (cursor pages)")
async def get_general_ledger(request: Request, db: DB, who: CurrentIdentity, page: PageQuery, date_from: FromQuery,
                             to: ToQuery = None, branch_id: BranchQuery = None,
                             account: Annotated[str | None, Query(min_length=1, max_length=40,
                                                                  description="only this account (a header: with its sub-accounts)")] = None,
                             format: FormatQuery = None):  # noqa: A002
    date_to = _span(date_from, to)
    query = dict(date_from=date_from, date_to=date_to, branch_id=branch_id, account=account)
    if _wants_csv(request, format):
        first = await csv_export.first_ledger_batch(db, who, **query)
        return _csv(f"general-ledger-{date_from}-to-{date_to}{_suffix(branch_id)}", csv_export.general_ledger_rows(db, who, first))
    gl = await general_ledger(db, who, page=page, **query)
    accounts = []
    for code, opening in sorted(gl.opening.items()):
        a = gl.chart.get(code)
        accounts.append(GeneralLedgerAccountOut(
            code=code, name=a.name if a else code, name_bn=a.name_bn if a else None, type=a.type if a else None,
            contra=bool(a and a.contra), is_header=bool(a and a.is_header), opening_balance=opening,
        ))
    return GeneralLedgerOut(from_=date_from, to=date_to, branch_id=branch_id, account=account, accounts=accounts,
                            items=[_line_out(line) for line in gl.lines], next_cursor=gl.next_cursor)


@router.get("/balance-sheet", response_model=BalanceSheetOut, responses=CSV_RESPONSE,
            summary="Assets, liabilities and equity (with the surplus to date) as of a date, under their header accounts")
async def get_balance_sheet(request: Request, db: DB, who: CurrentIdentity, as_of: AsOfQuery = None, branch_id: BranchQuery = None,
                            format: FormatQuery = None):  # noqa: A002
    report = await balance_sheet(db, who, as_of=as_of or business_today(), branch_id=branch_id)
    if _wants_csv(request, format):
        return _csv(f"balance-sheet-{report.as_of}{_suffix(branch_id)}", csv_export.balance_sheet_rows(report))
    return BalanceSheetOut(
        as_of=report.as_of, branch_id=branch_id, assets=_section_out(report.assets), liabilities=_section_out(report.liabilities),
        equity=_section_out(report.equity), surplus=report.surplus, total_assets=report.total_assets,
        total_liabilities_and_equity=report.total_liabilities_and_equity, balanced=report.balanced,
    )


@router.get("/income-statement", response_model=IncomeStatementOut, responses=CSV_RESPONSE,
            summary="Income and expenses of a period by account, and the surplus")
async def get_income_statement(request: Request, db: DB, who: CurrentIdentity, date_from: FromQuery, to: ToQuery = None,
                               branch_id: BranchQuery = None, format: FormatQuery = None):  # noqa: A002
    date_to = _span(date_from, to)
    report = await income_statement(db, who, date_from=date_from, date_to=date_to, branch_id=branch_id)
    if _wants_csv(request, format):
        return _csv(f"income-statement-{date_from}-to-{date_to}{_suffix(branch_id)}", csv_export.income_statement_rows(report))
    return IncomeStatementOut(
        from_=date_from, to=date_to, branch_id=branch_id, income=_section_out(report.income), expenses=_section_out(report.expenses),
        total_income=report.income.total, total_expenses=report.expenses.total, surplus=report.surplus,
    )
