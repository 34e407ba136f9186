from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from palli_common.money import MoneyIn, MoneyOut
from palli_common.rates import RateIn as Rate

Frequency = Literal["weekly", "fortnightly", "monthly", "at_end"]
Channel = Literal["cash", "mobile_wallet", "savings"]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Terms(Strict):
    product_id: uuid.UUID
    principal: MoneyIn
    annual_rate: Rate | None = Field(default=None, description="the product's default when left out")
    installments: Annotated[int, Field(ge=1, le=520)]
    frequency: Frequency
    term_months: Annotated[int, Field(ge=1, le=120)] | None = Field(default=None, description="at_end loans: months to the one installment")


class PreviewIn(Terms):
    disbursed_on: date | None = Field(default=None, description="today when left out")
    meeting_day: Literal["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"] | None = Field(
        default=None, description="weekly and fortnightly dues fall on the group's meeting day")
    first_due_on: date | None = None


class InstallmentOut(BaseModel):
    number: int
    due_on: date
    principal: MoneyOut
    interest: MoneyOut
    penalty: MoneyOut = 0
    total: MoneyOut
    principal_balance_after: MoneyOut | None = None
    paid: MoneyOut | None = None
    completed_on: date | None = None


class PreviewOut(BaseModel):
    product_id: uuid.UUID
    principal: MoneyOut
    annual_rate: Decimal
    frequency: str
    installments: list[InstallmentOut]
    total_principal: MoneyOut
    total_interest: MoneyOut
    total_repayment: MoneyOut
    annual_percentage_rate: Decimal = Field(description="declining-balance equivalent, percent (the regulator's cap applies to it)")
    effective_annual_rate: Decimal = Field(description="compounded, percent")


class ApplyIn(Terms):
    member_id: uuid.UUID
    purpose: Text | None = None
    expected_disbursement_on: date | None = None


class DecisionIn(Strict):
    note: Text | None = None


class RejectIn(Strict):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class WithdrawIn(Strict):
    reason: Text | None = None


BACKDATING = ("today or a past business day: anyone taking money may date it back to the previous business day "
              "(LENDING_BACKDATE_BUSINESS_DAYS), further back only a branch manager or admin with a `backdate_reason`; "
              "a future date is refused")
BackdateReason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]


class DisburseIn(Strict):
    disbursed_on: date = Field(description=f"the day the money was paid out, {BACKDATING}")
    channel: Channel
    reference: Reference | None = Field(default=None, description="wallet transaction id, or the savings account, when not cash")
    first_due_on: date | None = None
    backdate_reason: BackdateReason | None = Field(
        default=None, description="why the date is older than the back-dating window (managers only); kept on the transaction and its event")


class RepaymentIn(Strict):
    amount: MoneyIn
    paid_on: date = Field(description=f"the day the member paid, {BACKDATING}; not before the loan's last standing money "
                                      "transaction (reverse the later ones first), so history keeps its order")
    channel: Channel = "cash"
    reference: Reference | None = None
    backdate_reason: BackdateReason | None = Field(
        default=None, description="why the date is older than the back-dating window (managers only); kept on the transaction and its event")


class ReverseIn(Strict):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class WriteOffIn(Strict):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class LoanOut(BaseModel):
    id: uuid.UUID
    member_id: uuid.UUID
    group_id: uuid.UUID
    branch_id: uuid.UUID
    product_id: uuid.UUID
    status: str
    principal: MoneyOut
    annual_rate: Decimal
    frequency: str
    installments: int
    term_months: int | None
    purpose: str | None
    applied_by: str
    applied_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None
    disbursed_on: date | None
    disbursement_channel: str | None
    disbursement_reference: str | None
    outstanding_principal: MoneyOut
    outstanding_interest: MoneyOut
    outstanding_penalty: MoneyOut
    paid_principal: MoneyOut
    paid_interest: MoneyOut
    paid_penalty: MoneyOut
    overdue_principal: MoneyOut
    overdue_interest: MoneyOut
    days_past_due: int
    classification: str
    next_due_on: date | None
    closed_on: date | None
    write_off_requested_by: str | None
    write_off_reason: str | None
    transaction_count: int
    version: int


class LoanDetailOut(LoanOut):
    schedule: list[InstallmentOut]


class TransactionOut(BaseModel):
    id: uuid.UUID
    loan_id: uuid.UUID
    kind: str
    on: date
    amount: MoneyOut
    principal: MoneyOut
    interest: MoneyOut
    penalty: MoneyOut
    channel: str | None
    reference: str | None
    note: str | None
    reverses_id: uuid.UUID | None
    reversed: bool
    backdate_reason: str | None
    collection_sheet_id: uuid.UUID | None
    created_by: str
    created_at: datetime


class QuoteOut(BaseModel):
    loan_id: uuid.UUID
    on: date
    principal: MoneyOut
    interest: MoneyOut
    penalty: MoneyOut
    total: MoneyOut
    interest_waived: MoneyOut
