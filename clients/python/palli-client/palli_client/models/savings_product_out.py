from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.product_rate_out import ProductRateOut
    from ..models.term_rate_out import TermRateOut


T = TypeVar("T", bound="SavingsProductOut")


@_attrs_define
class SavingsProductOut:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        name_bn (str):
        kind (str):
        annual_rate (str):
        interest_method (str):
        days_in_year (int):
        posting_period (str):
        min_balance_for_interest (str):
        min_opening_balance (str):
        min_balance (str):
        lock_in_days (int):
        max_withdrawals_per_month (int | None):
        locked_while_loan_open (bool):
        deposit_due (str):
        terms_months (list[int] | None):
        premature_penalty (str):
        suspend_after_missed (int | None):
        close_after_missed (int | None):
        maturity_instruction (None | str):
        active (bool):
        version (int):
        rates (list[ProductRateOut]):
        term_rates (list[TermRateOut]):
    """

    id: UUID
    code: str
    name: str
    name_bn: str
    kind: str
    annual_rate: str
    interest_method: str
    days_in_year: int
    posting_period: str
    min_balance_for_interest: str
    min_opening_balance: str
    min_balance: str
    lock_in_days: int
    max_withdrawals_per_month: int | None
    locked_while_loan_open: bool
    deposit_due: str
    terms_months: list[int] | None
    premature_penalty: str
    suspend_after_missed: int | None
    close_after_missed: int | None
    maturity_instruction: None | str
    active: bool
    version: int
    rates: list[ProductRateOut]
    term_rates: list[TermRateOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        name_bn = self.name_bn

        kind = self.kind

        annual_rate = self.annual_rate

        interest_method = self.interest_method

        days_in_year = self.days_in_year

        posting_period = self.posting_period

        min_balance_for_interest = self.min_balance_for_interest

        min_opening_balance = self.min_opening_balance

        min_balance = self.min_balance

        lock_in_days = self.lock_in_days

        max_withdrawals_per_month: int | None
        max_withdrawals_per_month = self.max_withdrawals_per_month

        locked_while_loan_open = self.locked_while_loan_open

        deposit_due = self.deposit_due

        terms_months: list[int] | None
        if isinstance(self.terms_months, list):
            terms_months = self.terms_months

        else:
            terms_months = self.terms_months

        premature_penalty = self.premature_penalty

        suspend_after_missed: int | None
        suspend_after_missed = self.suspend_after_missed

        close_after_missed: int | None
        close_after_missed = self.close_after_missed

        maturity_instruction: None | str
        maturity_instruction = self.maturity_instruction

        active = self.active

        version = self.version

        rates = []
        for rates_item_data in self.rates:
            rates_item = rates_item_data.to_dict()
            rates.append(rates_item)

        term_rates = []
        for term_rates_item_data in self.term_rates:
            term_rates_item = term_rates_item_data.to_dict()
            term_rates.append(term_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "kind": kind,
                "annual_rate": annual_rate,
                "interest_method": interest_method,
                "days_in_year": days_in_year,
                "posting_period": posting_period,
                "min_balance_for_interest": min_balance_for_interest,
                "min_opening_balance": min_opening_balance,
                "min_balance": min_balance,
                "lock_in_days": lock_in_days,
                "max_withdrawals_per_month": max_withdrawals_per_month,
                "locked_while_loan_open": locked_while_loan_open,
                "deposit_due": deposit_due,
                "terms_months": terms_months,
                "premature_penalty": premature_penalty,
                "suspend_after_missed": suspend_after_missed,
                "close_after_missed": close_after_missed,
                "maturity_instruction": maturity_instruction,
                "active": active,
                "version": version,
                "rates": rates,
                "term_rates": term_rates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_rate_out import ProductRateOut  # noqa: PLC0415
        from ..models.term_rate_out import TermRateOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        kind = d.pop("kind")

        annual_rate = d.pop("annual_rate")

        interest_method = d.pop("interest_method")

        days_in_year = d.pop("days_in_year")

        posting_period = d.pop("posting_period")

        min_balance_for_interest = d.pop("min_balance_for_interest")

        min_opening_balance = d.pop("min_opening_balance")

        min_balance = d.pop("min_balance")

        lock_in_days = d.pop("lock_in_days")

        def _parse_max_withdrawals_per_month(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_withdrawals_per_month = _parse_max_withdrawals_per_month(d.pop("max_withdrawals_per_month"))

        locked_while_loan_open = d.pop("locked_while_loan_open")

        deposit_due = d.pop("deposit_due")

        def _parse_terms_months(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                terms_months_type_0 = cast(list[int], data)

                return terms_months_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        terms_months = _parse_terms_months(d.pop("terms_months"))

        premature_penalty = d.pop("premature_penalty")

        def _parse_suspend_after_missed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        suspend_after_missed = _parse_suspend_after_missed(d.pop("suspend_after_missed"))

        def _parse_close_after_missed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        close_after_missed = _parse_close_after_missed(d.pop("close_after_missed"))

        def _parse_maturity_instruction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        maturity_instruction = _parse_maturity_instruction(d.pop("maturity_instruction"))

        active = d.pop("active")

        version = d.pop("version")

        rates = []
        _rates = d.pop("rates")
        for rates_item_data in _rates:
            rates_item = ProductRateOut.from_dict(rates_item_data)

            rates.append(rates_item)

        term_rates = []
        _term_rates = d.pop("term_rates")
        for term_rates_item_data in _term_rates:
            term_rates_item = TermRateOut.from_dict(term_rates_item_data)

            term_rates.append(term_rates_item)

        savings_product_out = cls(
            id=id,
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
            premature_penalty=premature_penalty,
            suspend_after_missed=suspend_after_missed,
            close_after_missed=close_after_missed,
            maturity_instruction=maturity_instruction,
            active=active,
            version=version,
            rates=rates,
            term_rates=term_rates,
        )

        savings_product_out.additional_properties = d
        return savings_product_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
