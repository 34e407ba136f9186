from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.savings_product_create_days_in_year import (
    SavingsProductCreateDaysInYear,
    check_savings_product_create_days_in_year,
)
from ..models.savings_product_create_interest_method import (
    SavingsProductCreateInterestMethod,
    check_savings_product_create_interest_method,
)
from ..models.savings_product_create_kind import SavingsProductCreateKind, check_savings_product_create_kind
from ..models.savings_product_create_maturity_instruction_type_0 import (
    SavingsProductCreateMaturityInstructionType0,
    check_savings_product_create_maturity_instruction_type_0,
)
from ..models.savings_product_create_posting_period import (
    SavingsProductCreatePostingPeriod,
    check_savings_product_create_posting_period,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term_rate_in import TermRateIn


T = TypeVar("T", bound="SavingsProductCreate")


@_attrs_define
class SavingsProductCreate:
    """
    Attributes:
        code (str):
        name (str):
        name_bn (str):
        kind (SavingsProductCreateKind):
        annual_rate (str):
        interest_method (SavingsProductCreateInterestMethod | Unset):  Default: 'daily_balance'.
        days_in_year (SavingsProductCreateDaysInYear | Unset):  Default: 365.
        posting_period (SavingsProductCreatePostingPeriod | Unset):  Default: 'monthly'.
        min_balance_for_interest (str | Unset):  Default: '0.00'.
        min_opening_balance (str | Unset):  Default: '0.00'.
        min_balance (str | Unset):  Default: '0.00'.
        lock_in_days (int | Unset):  Default: 0.
        max_withdrawals_per_month (int | None | Unset):
        locked_while_loan_open (bool | Unset):  Default: False.
        deposit_due (str | Unset): what a member brings each meeting (the collection sheet shows it) Default: '0.00'.
        terms_months (list[int] | None | Unset): DPS and fixed deposits: the terms offered
        term_rates (list[TermRateIn] | Unset): DPS and fixed deposits: the rate chart
        premature_penalty (str | Unset): closing a term early earns its rate less this Default: '0.00'.
        suspend_after_missed (int | None | Unset):
        close_after_missed (int | None | Unset):
        maturity_instruction (None | SavingsProductCreateMaturityInstructionType0 | Unset):
    """

    code: str
    name: str
    name_bn: str
    kind: SavingsProductCreateKind
    annual_rate: str
    interest_method: SavingsProductCreateInterestMethod | Unset = "daily_balance"
    days_in_year: SavingsProductCreateDaysInYear | Unset = 365
    posting_period: SavingsProductCreatePostingPeriod | Unset = "monthly"
    min_balance_for_interest: str | Unset = "0.00"
    min_opening_balance: str | Unset = "0.00"
    min_balance: str | Unset = "0.00"
    lock_in_days: int | Unset = 0
    max_withdrawals_per_month: int | None | Unset = UNSET
    locked_while_loan_open: bool | Unset = False
    deposit_due: str | Unset = "0.00"
    terms_months: list[int] | None | Unset = UNSET
    term_rates: list[TermRateIn] | Unset = UNSET
    premature_penalty: str | Unset = "0.00"
    suspend_after_missed: int | None | Unset = UNSET
    close_after_missed: int | None | Unset = UNSET
    maturity_instruction: None | SavingsProductCreateMaturityInstructionType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_bn = self.name_bn

        kind: str = self.kind

        annual_rate = self.annual_rate

        interest_method: str | Unset = UNSET
        if not isinstance(self.interest_method, Unset):
            interest_method = self.interest_method

        days_in_year: int | Unset = UNSET
        if not isinstance(self.days_in_year, Unset):
            days_in_year = self.days_in_year

        posting_period: str | Unset = UNSET
        if not isinstance(self.posting_period, Unset):
            posting_period = self.posting_period

        min_balance_for_interest = self.min_balance_for_interest

        min_opening_balance = self.min_opening_balance

        min_balance = self.min_balance

        lock_in_days = self.lock_in_days

        max_withdrawals_per_month: int | None | Unset
        if isinstance(self.max_withdrawals_per_month, Unset):
            max_withdrawals_per_month = UNSET
        else:
            max_withdrawals_per_month = self.max_withdrawals_per_month

        locked_while_loan_open = self.locked_while_loan_open

        deposit_due = self.deposit_due

        terms_months: list[int] | None | Unset
        if isinstance(self.terms_months, Unset):
            terms_months = UNSET
        elif isinstance(self.terms_months, list):
            terms_months = self.terms_months

        else:
            terms_months = self.terms_months

        term_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.term_rates, Unset):
            term_rates = []
            for term_rates_item_data in self.term_rates:
                term_rates_item = term_rates_item_data.to_dict()
                term_rates.append(term_rates_item)

        premature_penalty = self.premature_penalty

        suspend_after_missed: int | None | Unset
        if isinstance(self.suspend_after_missed, Unset):
            suspend_after_missed = UNSET
        else:
            suspend_after_missed = self.suspend_after_missed

        close_after_missed: int | None | Unset
        if isinstance(self.close_after_missed, Unset):
            close_after_missed = UNSET
        else:
            close_after_missed = self.close_after_missed

        maturity_instruction: None | str | Unset
        if isinstance(self.maturity_instruction, Unset):
            maturity_instruction = UNSET
        elif isinstance(self.maturity_instruction, str):
            maturity_instruction = self.maturity_instruction
        else:
            maturity_instruction = self.maturity_instruction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "kind": kind,
                "annual_rate": annual_rate,
            }
        )
        if interest_method is not UNSET:
            field_dict["interest_method"] = interest_method
        if days_in_year is not UNSET:
            field_dict["days_in_year"] = days_in_year
        if posting_period is not UNSET:
            field_dict["posting_period"] = posting_period
        if min_balance_for_interest is not UNSET:
            field_dict["min_balance_for_interest"] = min_balance_for_interest
        if min_opening_balance is not UNSET:
            field_dict["min_opening_balance"] = min_opening_balance
        if min_balance is not UNSET:
            field_dict["min_balance"] = min_balance
        if lock_in_days is not UNSET:
            field_dict["lock_in_days"] = lock_in_days
        if max_withdrawals_per_month is not UNSET:
            field_dict["max_withdrawals_per_month"] = max_withdrawals_per_month
        if locked_while_loan_open is not UNSET:
            field_dict["locked_while_loan_open"] = locked_while_loan_open
        if deposit_due is not UNSET:
            field_dict["deposit_due"] = deposit_due
        if terms_months is not UNSET:
            field_dict["terms_months"] = terms_months
        if term_rates is not UNSET:
            field_dict["term_rates"] = term_rates
        if premature_penalty is not UNSET:
            field_dict["premature_penalty"] = premature_penalty
        if suspend_after_missed is not UNSET:
            field_dict["suspend_after_missed"] = suspend_after_missed
        if close_after_missed is not UNSET:
            field_dict["close_after_missed"] = close_after_missed
        if maturity_instruction is not UNSET:
            field_dict["maturity_instruction"] = maturity_instruction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.term_rate_in import TermRateIn  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        kind = check_savings_product_create_kind(d.pop("kind"))

        annual_rate = d.pop("annual_rate")

        _interest_method = d.pop("interest_method", UNSET)
        interest_method: SavingsProductCreateInterestMethod | Unset
        if isinstance(_interest_method, Unset):
            interest_method = UNSET
        else:
            interest_method = check_savings_product_create_interest_method(_interest_method)

        _days_in_year = d.pop("days_in_year", UNSET)
        days_in_year: SavingsProductCreateDaysInYear | Unset
        if isinstance(_days_in_year, Unset):
            days_in_year = UNSET
        else:
            days_in_year = check_savings_product_create_days_in_year(_days_in_year)

        _posting_period = d.pop("posting_period", UNSET)
        posting_period: SavingsProductCreatePostingPeriod | Unset
        if isinstance(_posting_period, Unset):
            posting_period = UNSET
        else:
            posting_period = check_savings_product_create_posting_period(_posting_period)

        min_balance_for_interest = d.pop("min_balance_for_interest", UNSET)

        min_opening_balance = d.pop("min_opening_balance", UNSET)

        min_balance = d.pop("min_balance", UNSET)

        lock_in_days = d.pop("lock_in_days", UNSET)

        def _parse_max_withdrawals_per_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_withdrawals_per_month = _parse_max_withdrawals_per_month(d.pop("max_withdrawals_per_month", UNSET))

        locked_while_loan_open = d.pop("locked_while_loan_open", UNSET)

        deposit_due = d.pop("deposit_due", UNSET)

        def _parse_terms_months(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                terms_months_type_0 = cast(list[int], data)

                return terms_months_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        terms_months = _parse_terms_months(d.pop("terms_months", UNSET))

        _term_rates = d.pop("term_rates", UNSET)
        term_rates: list[TermRateIn] | Unset = UNSET
        if _term_rates is not UNSET:
            term_rates = []
            for term_rates_item_data in _term_rates:
                term_rates_item = TermRateIn.from_dict(term_rates_item_data)

                term_rates.append(term_rates_item)

        premature_penalty = d.pop("premature_penalty", UNSET)

        def _parse_suspend_after_missed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        suspend_after_missed = _parse_suspend_after_missed(d.pop("suspend_after_missed", UNSET))

        def _parse_close_after_missed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        close_after_missed = _parse_close_after_missed(d.pop("close_after_missed", UNSET))

        def _parse_maturity_instruction(data: object) -> None | SavingsProductCreateMaturityInstructionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maturity_instruction_type_0 = check_savings_product_create_maturity_instruction_type_0(data)

                return maturity_instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SavingsProductCreateMaturityInstructionType0 | Unset, data)

        maturity_instruction = _parse_maturity_instruction(d.pop("maturity_instruction", UNSET))

        savings_product_create = cls(
            code=code,
            name=name,
            name_bn=name_bn,
            kind=kind,
            annual_rate=annual_rate,
            interest_method=interest_method,
            days_in_year=days_in_year,
            posting_period=posting_period,
            min_balance_for_interest=min_balance_for_interest,
            min_opening_balance=min_opening_balance,
            min_balance=min_balance,
            lock_in_days=lock_in_days,
            max_withdrawals_per_month=max_withdrawals_per_month,
            locked_while_loan_open=locked_while_loan_open,
            deposit_due=deposit_due,
            terms_months=terms_months,
            term_rates=term_rates,
            premature_penalty=premature_penalty,
            suspend_after_missed=suspend_after_missed,
            close_after_missed=close_after_missed,
            maturity_instruction=maturity_instruction,
        )

        return savings_product_create
