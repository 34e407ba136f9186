"""Balance sheet and income statement: account balances grouped under their header accounts,
with sub-totals. There is no year-end close yet, so the balance sheet's equity carries the
surplus to date (income less expenses up to the date), and assets = liabilities + equity exactly
whenever every posted entry balanced."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from palli_common.db import Database
from palli_common.identity import Identity
from palli_ledger.service.reports.balances import Turnover, turnover_by_account
from palli_ledger.service.reports.common import Chart, check_period, load_chart

# a section's amounts are on its type's normal side, so a contra account inside it (the
# provision among assets) shows negative and the sub-totals net it off
SECTION_DEBIT_NORMAL = {"asset": True, "expense": True, "liability": False, "equity": False, "income": False}
TITLES = {
    "asset": ("Assets", "সম্পদ"), "liability": ("Liabilities", "দায়"), "equity": ("Equity", "মূলধন"),
    "income": ("Income", "আয়"), "expense": ("Expenses", "ব্যয়"),
}
SURPLUS_NAME = ("Surplus for the period (income less expenses to date; no year-end close yet)", "চলতি সময়ের উদ্বৃত্ত")


@dataclass
class Node:
    code: str | None  # None: the surplus line, which is no account
    name: str
    name_bn: str | None
    is_header: bool
    amount: int = 0  # a header's is the sum of its own lines and everything below it
    children: list["Node"] = field(default_factory=list)


@dataclass
class Section:
    type: str
    title: str
    title_bn: str
    accounts: list[Node]

    @property
    def total(self) -> int:
        return sum(n.amount for n in self.accounts)


def build_section(chart: Chart, sums: dict[str, Turnover], section_type: str) -> Section:
    """The accounts of one type that have postings, under their header accounts (a header shows
    only when something below it has postings), sorted by code."""
    nodes: dict[str, Node] = {}

    def node_for(code: str) -> Node:
        if code not in nodes:
            account = chart.accounts[code]
            nodes[code] = Node(code, account.name, account.name_bn, account.is_header)
            parent = chart.parent_of(code)
            if parent is not None and chart.accounts[parent].type == section_type:
                node_for(parent).children.append(nodes[code])
        return nodes[code]

    sign = 1 if SECTION_DEBIT_NORMAL[section_type] else -1
    for code, t in sums.items():
        account = chart.get(code)
        if account is None or account.type != section_type:
            continue
        node_for(code).amount += sign * t.net_debit
        parent = chart.parent_of(code)
        seen = {code}
        while parent is not None and parent not in seen and chart.accounts[parent].type == section_type:
            seen.add(parent)
            node_for(parent).amount += sign * t.net_debit
            parent = chart.parent_of(parent)
    roots = [n for code, n in nodes.items() if not _has_parent_in_section(chart, code, section_type)]
    for n in nodes.values():
        n.children.sort(key=lambda c: c.code or "")
    title, title_bn = TITLES[section_type]
    return Section(section_type, title, title_bn, sorted(roots, key=lambda n: n.code or ""))


def _has_parent_in_section(chart: Chart, code: str, section_type: str) -> bool:
    parent = chart.parent_of(code)
    return parent is not None and chart.accounts[parent].type == section_type


@dataclass
class BalanceSheet:
    as_of: date
    branch_id: uuid.UUID | None
    assets: Section
    liabilities: Section
    equity: Section  # its accounts end with the surplus line
    surplus: int

    @property
    def total_assets(self) -> int:
        return self.assets.total

    @property
    def total_liabilities_and_equity(self) -> int:
        return self.liabilities.total + self.equity.total

    @property
    def balanced(self) -> bool:
        return self.total_assets == self.total_liabilities_and_equity


@dataclass
class IncomeStatement:
    date_from: date
    date_to: date
    branch_id: uuid.UUID | None
    income: Section
    expenses: Section

    @property
    def surplus(self) -> int:
        return self.income.total - self.expenses.total


async def balance_sheet(db: Database, who: Identity, *, as_of: date, branch_id: uuid.UUID | None = None) -> BalanceSheet:
    async with db.sessions() as session:
        chart = await load_chart(session)
        sums = await turnover_by_account(session, who, branch_id=branch_id, date_to=as_of)
    surplus = build_section(chart, sums, "income").total - build_section(chart, sums, "expense").total
    equity = build_section(chart, sums, "equity")
    equity.accounts.append(Node(None, SURPLUS_NAME[0], SURPLUS_NAME[1], False, surplus))
    return BalanceSheet(
        as_of=as_of, branch_id=branch_id, assets=build_section(chart, sums, "asset"),
        liabilities=build_section(chart, sums, "liability"), equity=equity, surplus=surplus,
    )


async def income_statement(db: Database, who: Identity, *, date_from: date, date_to: date,
                           branch_id: uuid.UUID | None = None) -> IncomeStatement:
    check_period(date_from, date_to)
    async with db.sessions() as session:
        chart = await load_chart(session)
        sums = await turnover_by_account(session, who, branch_id=branch_id, date_from=date_from, date_to=date_to)
    return IncomeStatement(
        date_from=date_from, date_to=date_to, branch_id=branch_id, income=build_section(chart, sums, "income"),
        expenses=build_section(chart, sums, "expense"),
    )


def flatten(nodes: list[Node], level: int = 0):  # noqa: ANN201
    """Depth first, each node with its depth: the rows of a CSV or a printed statement."""
    for n in nodes:
        yield level, n
        yield from flatten(n.children, level + 1)
