"""Request and response shapes of the reports and the reconciliation. Money is a decimal string
("1250.00"); a balance is on its account's normal side unless a field says otherwise."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field

from palli_common.money import MoneyOut

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Only YYYY-MM-DD: no timestamps, week dates or compact forms a lax parser would guess at."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("must be a date YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a calendar date") from None


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
ReportFormat = Literal["json", "csv"]


class AccountRef(BaseModel):
    code: str
    name: str
    name_bn: str | None
    type: str | None = Field(description="asset | liability | equity | income | expense; null: a code the chart does not know")
    contra: bool = False
    is_header: bool = False


class TrialBalanceRowOut(BaseModel):
    code: str
    name: str
    name_bn: str | None
    type: str | None
    contra: bool
    normal_side: Literal["debit", "credit"]
    debit: MoneyOut = Field(description="all debits up to the date")
    credit: MoneyOut = Field(description="all credits up to the date")
    balance: MoneyOut = Field(description="on the account's normal side (a contra account's is its credit balance)")
    debit_balance: MoneyOut = Field(description="the net balance when it is a debit, else 0")
    credit_balance: MoneyOut = Field(description="the net balance when it is a credit, else 0")


class TrialBalanceOut(BaseModel):
    as_of: date
    branch_id: uuid.UUID | None
    accounts: list[TrialBalanceRowOut]
    total_debit: MoneyOut
    total_credit: MoneyOut
    total_debit_balance: MoneyOut
    total_credit_balance: MoneyOut
    balanced: bool = Field(description="debits equal credits (both the totals and the net balances)")


class LedgerLineOut(BaseModel):
    line_id: int
    entry_id: uuid.UUID
    posted_on: date
    account_code: str
    branch_id: uuid.UUID | None
    description: str
    memo: str | None
    reference: str | None
    debit: MoneyOut
    credit: MoneyOut
    balance: MoneyOut = Field(description="running balance after this line")


class StatementOut(BaseModel):
    account: AccountRef
    accounts_included: list[str] = Field(description="the account and, for a header, its sub-accounts")
    from_: date = Field(alias="from")
    to: date
    branch_id: uuid.UUID | None
    opening_balance: MoneyOut = Field(description="balance of every line before `from`")
    period_debit: MoneyOut
    period_credit: MoneyOut
    closing_balance: MoneyOut = Field(description="balance at the end of `to`")
    items: list[LedgerLineOut]
    next_cursor: str | None

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class GeneralLedgerAccountOut(AccountRef):
    opening_balance: MoneyOut = Field(description="balance of the account's lines before `from`")


class GeneralLedgerOut(BaseModel):
    from_: date = Field(alias="from")
    to: date
    branch_id: uuid.UUID | None
    account: str | None
    accounts: list[GeneralLedgerAccountOut] = Field(description="every account with lines on this page")
    items: list[LedgerLineOut] = Field(description="by account code, date, line; balance runs per account")
    next_cursor: str | None

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class AccountNodeOut(BaseModel):
    code: str | None = Field(description="null for the surplus line, which is no account")
    name: str
    name_bn: str | None
    is_header: bool
    amount: MoneyOut = Field(description="on the section's normal side: a contra account shows negative; a header sums its sub-accounts")
    children: list["AccountNodeOut"] = []


class SectionOut(BaseModel):
    type: str
    title: str
    title_bn: str
    accounts: list[AccountNodeOut]
    total: MoneyOut


class BalanceSheetOut(BaseModel):
    as_of: date
    branch_id: uuid.UUID | None
    assets: SectionOut
    liabilities: SectionOut
    equity: SectionOut = Field(description="ends with the surplus to date (no year-end close yet)")
    surplus: MoneyOut
    total_assets: MoneyOut
    total_liabilities_and_equity: MoneyOut
    balanced: bool


class IncomeStatementOut(BaseModel):
    from_: date = Field(alias="from")
    to: date
    branch_id: uuid.UUID | None
    income: SectionOut
    expenses: SectionOut
    total_income: MoneyOut
    total_expenses: MoneyOut
    surplus: MoneyOut = Field(description="income less expenses (negative: a deficit)")

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class LoanDifferenceOut(BaseModel):
    loan_id: str
    branch_id: uuid.UUID | None
    product_code: str | None
    status: str | None = Field(description="lending's status of the loan; null when lending never reported it")
    kind: Literal["mismatch", "no_position", "no_postings"]
    ledger: MoneyOut
    lending: MoneyOut = Field(description="what the ledger should hold: outstanding principal, 0 once written off")
    difference: MoneyOut = Field(description="ledger - lending")


class ProductTotalOut(BaseModel):
    branch_id: uuid.UUID | None
    product_code: str | None
    loans: int
    ledger: MoneyOut
    lending: MoneyOut
    difference: MoneyOut


class ReconciliationOut(BaseModel):
    as_of: datetime
    branch_id: uuid.UUID | None
    loans_checked: int
    ledger_total: MoneyOut = Field(description="every line on the loan portfolio accounts in scope")
    lending_total: MoneyOut
    difference: MoneyOut
    unattributed_ledger: MoneyOut = Field(description="portfolio lines with no loan id (manual adjustments)")
    differences_count: int = Field(description="all differing loans; `differences` lists the largest, at most `limit`")
    counts: dict[str, int] = Field(description="differing loans per kind")
    differences: list[LoanDifferenceOut]
    by_product: list[ProductTotalOut]
    clean: bool


class SavingsKindTotalOut(BaseModel):
    branch_id: uuid.UUID | None
    kind: str
    account_code: str
    accounts: int
    ledger: MoneyOut = Field(description="credits less debits on the kind's member-savings account")
    savings: MoneyOut = Field(description="the sum of the accounts' balances as savings last published them")
    difference: MoneyOut


class SavingsReconciliationOut(BaseModel):
    as_of: datetime
    branch_id: uuid.UUID | None
    accounts_checked: int
    ledger_total: MoneyOut
    savings_total: MoneyOut
    difference: MoneyOut
    by_kind: list[SavingsKindTotalOut]
    clean: bool


class BranchPayablesOut(BaseModel):
    branch_id: uuid.UUID | None = Field(description="null: head office (an outlet with no branch)")
    ledger: MoneyOut = Field(description="credits less debits on 2310 here, for information: raised at outlets' branches, paid at producers'")


class MarketplaceReconciliationOut(BaseModel):
    as_of: datetime
    producers_checked: int
    ledger_total: MoneyOut = Field(description="credits less debits on 2310, every branch together")
    marketplace_total: MoneyOut = Field(description="the sum of the producers' balances as the marketplace last published them")
    difference: MoneyOut
    by_branch: list[BranchPayablesOut]
    clean: bool
