"""Request and response bodies. Money is a decimal taka string; rates are percent strings."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from palli_common.money import MoneyIn, MoneyOut, NonNegativeMoneyIn
from palli_common.rates import RateIn, RateOut

# a money default as it travels (a string), validated into poisha like any input
ZERO = Field(default="0.00", validate_default=True)
Channel = Literal["cash", "mobile_wallet", "bank"]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
BACKDATING = ("today or yesterday (Dhaka) for anyone (SAVINGS_BACKDATE_DAYS); further back, up to SAVINGS_BACKDATE_MAX_DAYS, "
              "only a branch manager or admin with a `backdate_reason`; never before the account's last transaction")
BackdateReason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None
BACKDATE_REASON = Field(default=None, description="why the date is beyond the back-dating window (managers only); kept on the "
                                                  "transaction and its event")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored


class TermRateIn(Strict):
    term_months: Annotated[int, Field(ge=1, le=600)]
    min_amount: NonNegativeMoneyIn = Field(default="0.00", validate_default=True, description="the band's lowest amount")
    annual_rate: RateIn


class TermRateOut(BaseModel):
    term_months: int
    min_amount: MoneyOut
    effective_from: date
    annual_rate: RateOut


class ProductCreate(Strict):
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40, pattern=r"^[A-Z0-9-]+$")]
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    name_bn: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    kind: Literal["compulsory", "voluntary", "dps", "fixed_deposit"]
    annual_rate: RateIn
    interest_method: Literal["daily_balance", "average_daily_balance"] = "daily_balance"
    days_in_year: Literal[365, 360] = 365
    posting_period: Literal["monthly", "quarterly", "half_yearly", "yearly"] = "monthly"
    min_balance_for_interest: NonNegativeMoneyIn = ZERO
    min_opening_balance: NonNegativeMoneyIn = ZERO
    min_balance: NonNegativeMoneyIn = ZERO
    lock_in_days: Annotated[int, Field(ge=0, le=3660)] = 0
    max_withdrawals_per_month: Annotated[int, Field(ge=0, le=100)] | None = None
    locked_while_loan_open: bool = False
    deposit_due: NonNegativeMoneyIn = Field(default="0.00", validate_default=True,
                                            description="what a member brings each meeting (the collection sheet shows it)")
    terms_months: list[Annotated[int, Field(ge=1, le=600)]] | None = Field(default=None, description="DPS and fixed deposits: the terms offered")
    term_rates: list[TermRateIn] = Field(default_factory=list, description="DPS and fixed deposits: the rate chart")
    premature_penalty: RateIn = Field(default="0.00", validate_default=True, description="closing a term early earns its rate less this")
    suspend_after_missed: Annotated[int, Field(ge=1, le=120)] | None = None
    close_after_missed: Annotated[int, Field(ge=1, le=120)] | None = None
    maturity_instruction: Literal["pay_to_voluntary", "renew_principal", "renew_with_interest"] | None = None


class RateChange(Strict):
    effective_from: date = Field(description="the first day the rate applies to: today or later")
    annual_rate: RateIn


class ProductRateOut(BaseModel):
    effective_from: date
    annual_rate: RateOut


class ProductOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    name_bn: str
    kind: str
    annual_rate: RateOut
    interest_method: str
    days_in_year: int
    posting_period: str
    min_balance_for_interest: MoneyOut
    min_opening_balance: MoneyOut
    min_balance: MoneyOut
    lock_in_days: int
    max_withdrawals_per_month: int | None
    locked_while_loan_open: bool
    deposit_due: MoneyOut
    terms_months: list[int] | None
    premature_penalty: RateOut
    suspend_after_missed: int | None
    close_after_missed: int | None
    maturity_instruction: str | None
    active: bool
    version: int
    rates: list[ProductRateOut]
    term_rates: list[TermRateOut]


class AccountOpen(Strict):
    member_id: uuid.UUID
    product_id: uuid.UUID
    opening_deposit: NonNegativeMoneyIn = ZERO
    opened_on: date | None = Field(default=None, description=f"default: today (Dhaka); {BACKDATING}")
    deposit_due: NonNegativeMoneyIn | None = Field(default=None, description="each meeting's deposit; default: the product's")
    backdate_reason: BackdateReason = BACKDATE_REASON
    term_months: Annotated[int, Field(ge=1, le=600)] | None = Field(default=None, description="DPS and fixed deposits: one of the product's terms")
    installment: MoneyIn | None = Field(default=None, description="DPS: the monthly deposit (at least the product's minimum)")
    maturity_instruction: Literal["pay_to_voluntary", "renew_principal", "renew_with_interest"] | None = Field(
        default=None, description="fixed deposits: what maturity does (default: the product's); a DPS pays to voluntary savings")


class AccountOut(BaseModel):
    id: uuid.UUID
    number: str
    member_id: uuid.UUID
    group_id: uuid.UUID
    branch_id: uuid.UUID
    product_id: uuid.UUID
    kind: str
    status: str
    balance: MoneyOut
    on_hold: MoneyOut
    deposit_due: MoneyOut
    opened_on: date
    closed_on: date | None
    status_reason: str | None
    activity: str | None  # inactive or dormant after the product's idle days (a dormant account pays nothing out)
    last_active_on: date | None  # the last day money of hers moved
    term_months: int | None
    term_started_on: date | None
    annual_rate: RateOut | None  # a term deposit's locked rate
    principal: MoneyOut | None
    installment: MoneyOut | None
    maturity_on: date | None
    maturity_amount: MoneyOut | None  # projected at opening (or renewal), every installment paid on its day
    maturity_instruction: str | None
    version: int


class MoneyMove(Strict):
    amount: MoneyIn
    on: date | None = Field(default=None, description=f"the business day of the money; default today; {BACKDATING}")
    channel: Channel = "cash"
    reference: Reference | None = None
    backdate_reason: BackdateReason = BACKDATE_REASON


class TransactionOut(BaseModel):
    id: uuid.UUID
    account_id: uuid.UUID
    kind: str
    on: date
    amount: MoneyOut
    balance_after: MoneyOut
    channel: str | None
    reference: str | None
    backdate_reason: str | None
    created_by: str


class HoldIn(Strict):
    amount: MoneyIn
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class HoldOut(BaseModel):
    id: uuid.UUID
    account_id: uuid.UUID
    amount: MoneyOut
    reason: str
    status: str
    created_by: str
    released_by: str | None


class InterestRun(Strict):
    on: date | None = Field(default=None, description="post periods that ended by this day (default yesterday; before today)")


class InterestPeriodOut(BaseModel):
    posting_period: str
    period_end: date
    accounts: int
    credited_accounts: int
    amount: MoneyOut


class InterestRunOut(BaseModel):
    through: date
    periods: list[InterestPeriodOut]


class InterestPostingOut(BaseModel):
    id: uuid.UUID
    kind: str  # posting | adjustment
    period_start: date
    period_end: date
    interest: str  # as computed, 9 places
    carried_in: str
    amount: MoneyOut  # credited
    carry_out: str
    transaction_id: uuid.UUID | None
    caused_by: uuid.UUID | None

    @field_validator("interest", "carried_in", "carry_out", mode="before")
    @classmethod
    def _nine_places(cls, value: object) -> str:
        return f"{Decimal(str(value)).quantize(Decimal('1e-9')):f}"


class ConsentIn(Strict):
    method: Literal["signature", "thumbprint", "sms_code", "witnessed"] = Field(description="how she agreed")
    reference: Reference | None = Field(default=None, description="the signed form's number, or the SMS code's id")
    witness: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)] | None = None


class LoanRepaymentIn(Strict):
    loan_id: uuid.UUID
    amount: MoneyIn
    on: date | None = Field(default=None, description="default today; at most a day back")
    consent: ConsentIn


class LoanRepaymentOut(TransactionOut):
    loan_id: uuid.UUID
    consent_id: uuid.UUID


class TransferIn(Strict):
    to_account_id: uuid.UUID = Field(description="another active account of the same member")
    amount: MoneyIn
    on: date | None = Field(default=None, description=f"default today; {BACKDATING}")
    reference: Reference | None = Field(default=None, description="default: the other account's number")
    backdate_reason: BackdateReason = BACKDATE_REASON


class TransferOut(BaseModel):
    transfer_out: TransactionOut  # on this account
    transfer_in: TransactionOut  # on the account it went to


Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class StatusChange(Strict):
    reason: Reason


class ClosureIn(Strict):
    channel: Literal["cash", "mobile_wallet", "bank", "transfer"] = Field(
        description="how the balance is paid out; transfer: into another of her accounts (to_account_id)")
    to_account_id: uuid.UUID | None = None
    on: date | None = Field(default=None, description=f"default today; {BACKDATING}")
    reason: Reason | None = None
    backdate_reason: BackdateReason = BACKDATE_REASON


class ClosureOut(BaseModel):
    account: AccountOut
    payout: TransactionOut | None  # none when nothing was left


class InstallmentOut(BaseModel):
    number: int
    due_on: date
    amount: MoneyOut
    status: str  # paid | due | overdue (past its day) | missed (a month or more past it)
    paid_on: date | None
    transaction_id: uuid.UUID | None


class DailyRunIn(Strict):
    on: date | None = Field(default=None, description="default today (Dhaka); today or a past day")


class DailyRunOut(BaseModel):
    on: date
    suspended: list[uuid.UUID]  # DPS behind by the product's missed months
    closed: list[uuid.UUID]  # DPS closed early for missed installments, paid into her voluntary savings
    matured: list[uuid.UUID]
    renewed: list[uuid.UUID]
    awaiting_payout: list[uuid.UUID]  # matured with no voluntary account to pay into: a manager closes it
    inactive: list[uuid.UUID]
    dormant: list[uuid.UUID]
