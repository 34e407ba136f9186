"""Bodies of /v1/loan-products and /v1/holidays. Money is a decimal taka string ("5000.00"),
rates are decimal percent strings with at most two places ("12.00"), never JSON numbers."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from palli_common.money import MoneyIn, MoneyOut, format_poisha
from palli_common.rates import RateIn, RateOut
from palli_lending.domain.schedule import Amortisation, Frequency, InterestMethod

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{1,39}$")]



Gender = Literal["female", "male"]
MemberStatusName = Literal["applicant", "active", "dormant"]
GroupStatusName = Literal["forming", "active", "suspended"]
Training = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored


def _unique(values: list | None) -> list | None:
    if values is not None and len(set(values)) != len(values):
        raise ValueError("list each value once")
    return values


Frequencies = Annotated[list[Frequency], AfterValidator(_unique)]


class EligibilityIn(StrictModel):
    """Who may borrow. Checked when a loan is applied for, against lending's copies of the member
    and the group (kept from members events) and the member's open loans.

    `min_compulsory_savings` is checked against her compulsory savings balance as savings last
    published it (lending's copy, from `savings.account` events); a member with no compulsory
    account known to lending is refused ("not known yet"), never lent to as if the rule were met.
    `required_training` names a training programme's code: the member must hold a credential of
    that programme that training has issued and not revoked (lending's copy, from
    `training.credential` events; codes compared ignoring case); a member without one is refused.
    Leave either null to lend without it."""

    genders: Annotated[list[Gender], AfterValidator(_unique)] | None = Field(default=None, min_length=1, description='e.g. ["female"]; null: anyone')
    max_active_loans: int = Field(default=1, ge=1, le=10, description="open loans (applied, approved, active) a member may hold, this one included")
    member_statuses: Annotated[list[MemberStatusName], AfterValidator(_unique)] = Field(default_factory=lambda: ["active"], min_length=1)
    group_statuses: Annotated[list[GroupStatusName], AfterValidator(_unique)] = Field(default_factory=lambda: ["active"], min_length=1)
    min_compulsory_savings: MoneyIn | None = Field(default=None, description="decimal taka: her compulsory savings balance as savings last published it")
    required_training: Training | None = Field(default=None, description="training programme code, e.g. ENTERPRISE-BASICS: she must hold an issued (not revoked) credential of it, as training last published it")

    @field_validator("min_compulsory_savings")
    @classmethod
    def _non_negative(cls, value: int | None) -> int | None:
        if value is not None and value < 0:
            raise ValueError("amount must not be negative")
        return value

    def stored(self) -> dict[str, Any]:
        """The JSON kept in loan_products.eligibility (money as a decimal taka string)."""
        data = self.model_dump()
        if data["min_compulsory_savings"] is not None:
            data["min_compulsory_savings"] = format_poisha(data["min_compulsory_savings"])
        return data


class EligibilityOut(BaseModel):
    genders: list[str] | None = None
    max_active_loans: int = 1
    member_statuses: list[str] = ["active"]
    group_statuses: list[str] = ["active"]
    min_compulsory_savings: str | None = Field(default=None, description="decimal taka: her compulsory savings, as savings publishes them")
    required_training: str | None = None


class _ProductFields(StrictModel):
    name: Name
    name_bn: Name | None = Field(default=None, description="Name in Bangla script")
    interest_method: InterestMethod
    amortisation: Amortisation = Amortisation("equal_installments")
    frequencies: Frequencies = Field(description="weekly, fortnightly, monthly, or at_end (alone) for one bullet installment")
    min_amount: MoneyIn
    max_amount: MoneyIn
    min_installments: int = Field(ge=1, le=1000)
    max_installments: int = Field(ge=1, le=1000)
    term_months: list[Annotated[int, Field(ge=1, le=120)]] | None = Field(default=None, description="at_end products only: the terms offered, e.g. [6, 9]")
    min_loan_months: int | None = Field(default=None, ge=1, le=120, description="shortest loan in months, whatever the frequency (52 weekly installments = 12 months)")
    max_loan_months: int | None = Field(default=None, ge=1, le=120, description="longest loan in months")
    min_rate: RateIn
    max_rate: RateIn = Field(description="the highest rate; its effective yearly rate must stay within the regulatory cap")
    default_rate: RateIn
    grace_on_principal: int = Field(default=0, ge=0, le=1000, description="installments at the start with no principal (a moratorium)")
    grace_on_interest: int = Field(default=0, ge=0, le=1000, description="installments at the start with no interest")
    min_days_to_first: int | None = Field(default=None, ge=0, le=366, description="days from disbursement to the first installment; the service minimum (15) when left out")
    installment_multiple: MoneyIn | None = Field(default=None, description='installments rounded to a multiple of this, e.g. "1.00" for whole taka; null: to the poisha')
    prepayment_interest: Literal["accrued", "full"] = "accrued"
    eligibility: EligibilityIn = Field(default_factory=EligibilityIn)


class ProductCreate(_ProductFields):
    """A loan product. Checked as a whole, every problem reported at once (422 naming each field):
    min_rate <= default_rate <= max_rate, min_amount <= max_amount, min_installments <=
    max_installments, grace shorter than min_installments, min_days_to_first at least the service
    minimum (15); `at_end` alone, with `term_months` and max_installments 1. REGULATORY CAP: the
    dearest loan the product allows at its max rate (every frequency, shortest and longest number of
    installments or each at_end term, smallest and largest amount) may cost at most the cap (24%)
    a year on a declining balance; otherwise 422 on `max_rate`. A flat rate costs nearly twice its
    figure: 12% flat weekly over a year (about 22.8%) passes, 15% flat (about 28%) does not."""

    code: Code = Field(description="Short unique code, e.g. GEN-MC (stored upper case); it cannot change later")


class ProductUpdate(StrictModel):
    """Every field optional; only those sent change, then the whole product is validated again.
    `eligibility` replaces the product's rules as a whole. The code never changes."""

    name: Name | None = None
    name_bn: Name | None = None
    interest_method: InterestMethod | None = None
    amortisation: Amortisation | None = None
    frequencies: Frequencies | None = None
    min_amount: MoneyIn | None = None
    max_amount: MoneyIn | None = None
    min_installments: int | None = Field(default=None, ge=1, le=1000)
    max_installments: int | None = Field(default=None, ge=1, le=1000)
    term_months: list[Annotated[int, Field(ge=1, le=120)]] | None = None
    min_loan_months: int | None = Field(default=None, ge=1, le=120)
    max_loan_months: int | None = Field(default=None, ge=1, le=120)
    min_rate: RateIn | None = None
    max_rate: RateIn | None = None
    default_rate: RateIn | None = None
    grace_on_principal: int | None = Field(default=None, ge=0, le=1000)
    grace_on_interest: int | None = Field(default=None, ge=0, le=1000)
    min_days_to_first: int | None = Field(default=None, ge=0, le=366)
    installment_multiple: MoneyIn | None = None
    prepayment_interest: Literal["accrued", "full"] | None = None
    eligibility: EligibilityIn | None = None


class ProductOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    name_bn: str | None
    interest_method: str
    amortisation: str
    frequencies: list[str]
    min_amount: MoneyOut
    max_amount: MoneyOut
    min_installments: int
    max_installments: int
    term_months: list[int] | None
    min_loan_months: int | None
    max_loan_months: int | None
    min_rate: RateOut
    max_rate: RateOut
    default_rate: RateOut
    grace_on_principal: int
    grace_on_interest: int
    min_days_to_first: int
    installment_multiple: MoneyOut | None
    prepayment_interest: str
    eligibility: EligibilityOut
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime


# --- holidays ---------------------------------------------------------------------------------

class HolidayIn(StrictModel):
    day: date
    name: Name


class HolidayOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    day: date
    name: str
    created_at: datetime
