from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.amortisation import Amortisation, check_amortisation
from ..models.frequency import Frequency, check_frequency
from ..models.interest_method import InterestMethod, check_interest_method
from ..models.product_update_prepayment_interest_type_0 import (
    ProductUpdatePrepaymentInterestType0,
    check_product_update_prepayment_interest_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_in import EligibilityIn


T = TypeVar("T", bound="ProductUpdate")


@_attrs_define
class ProductUpdate:
    """Every field optional; only those sent change, then the whole product is validated again.
    `eligibility` replaces the product's rules as a whole. The code never changes.

        Attributes:
            name (None | str | Unset):
            name_bn (None | str | Unset):
            interest_method (InterestMethod | None | Unset):
            amortisation (Amortisation | None | Unset):
            frequencies (list[Frequency] | None | Unset):
            min_amount (None | str | Unset):
            max_amount (None | str | Unset):
            min_installments (int | None | Unset):
            max_installments (int | None | Unset):
            term_months (list[int] | None | Unset):
            min_loan_months (int | None | Unset):
            max_loan_months (int | None | Unset):
            min_rate (None | str | Unset):
            max_rate (None | str | Unset):
            default_rate (None | str | Unset):
            grace_on_principal (int | None | Unset):
            grace_on_interest (int | None | Unset):
            min_days_to_first (int | None | Unset):
            installment_multiple (None | str | Unset):
            prepayment_interest (None | ProductUpdatePrepaymentInterestType0 | Unset):
            eligibility (EligibilityIn | None | Unset):
    """

    name: None | str | Unset = UNSET
    name_bn: None | str | Unset = UNSET
    interest_method: InterestMethod | None | Unset = UNSET
    amortisation: Amortisation | None | Unset = UNSET
    frequencies: list[Frequency] | None | Unset = UNSET
    min_amount: None | str | Unset = UNSET
    max_amount: None | str | Unset = UNSET
    min_installments: int | None | Unset = UNSET
    max_installments: int | None | Unset = UNSET
    term_months: list[int] | None | Unset = UNSET
    min_loan_months: int | None | Unset = UNSET
    max_loan_months: int | None | Unset = UNSET
    min_rate: None | str | Unset = UNSET
    max_rate: None | str | Unset = UNSET
    default_rate: None | str | Unset = UNSET
    grace_on_principal: int | None | Unset = UNSET
    grace_on_interest: int | None | Unset = UNSET
    min_days_to_first: int | None | Unset = UNSET
    installment_multiple: None | str | Unset = UNSET
    prepayment_interest: None | ProductUpdatePrepaymentInterestType0 | Unset = UNSET
    eligibility: EligibilityIn | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.eligibility_in import EligibilityIn  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        name_bn: None | str | Unset
        if isinstance(self.name_bn, Unset):
            name_bn = UNSET
        else:
            name_bn = self.name_bn

        interest_method: None | str | Unset
        if isinstance(self.interest_method, Unset):
            interest_method = UNSET
        elif isinstance(self.interest_method, str):
            interest_method = self.interest_method
        else:
            interest_method = self.interest_method

        amortisation: None | str | Unset
        if isinstance(self.amortisation, Unset):
            amortisation = UNSET
        elif isinstance(self.amortisation, str):
            amortisation = self.amortisation
        else:
            amortisation = self.amortisation

        frequencies: list[str] | None | Unset
        if isinstance(self.frequencies, Unset):
            frequencies = UNSET
        elif isinstance(self.frequencies, list):
            frequencies = []
            for frequencies_type_0_item_data in self.frequencies:
                frequencies_type_0_item: str = frequencies_type_0_item_data
                frequencies.append(frequencies_type_0_item)

        else:
            frequencies = self.frequencies

        min_amount: None | str | Unset
        if isinstance(self.min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = self.min_amount

        max_amount: None | str | Unset
        if isinstance(self.max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = self.max_amount

        min_installments: int | None | Unset
        if isinstance(self.min_installments, Unset):
            min_installments = UNSET
        else:
            min_installments = self.min_installments

        max_installments: int | None | Unset
        if isinstance(self.max_installments, Unset):
            max_installments = UNSET
        else:
            max_installments = self.max_installments

        term_months: list[int] | None | Unset
        if isinstance(self.term_months, Unset):
            term_months = UNSET
        elif isinstance(self.term_months, list):
            term_months = self.term_months

        else:
            term_months = self.term_months

        min_loan_months: int | None | Unset
        if isinstance(self.min_loan_months, Unset):
            min_loan_months = UNSET
        else:
            min_loan_months = self.min_loan_months

        max_loan_months: int | None | Unset
        if isinstance(self.max_loan_months, Unset):
            max_loan_months = UNSET
        else:
            max_loan_months = self.max_loan_months

        min_rate: None | str | Unset
        if isinstance(self.min_rate, Unset):
            min_rate = UNSET
        else:
            min_rate = self.min_rate

        max_rate: None | str | Unset
        if isinstance(self.max_rate, Unset):
            max_rate = UNSET
        else:
            max_rate = self.max_rate

        default_rate: None | str | Unset
        if isinstance(self.default_rate, Unset):
            default_rate = UNSET
        else:
            default_rate = self.default_rate

        grace_on_principal: int | None | Unset
        if isinstance(self.grace_on_principal, Unset):
            grace_on_principal = UNSET
        else:
            grace_on_principal = self.grace_on_principal

        grace_on_interest: int | None | Unset
        if isinstance(self.grace_on_interest, Unset):
            grace_on_interest = UNSET
        else:
            grace_on_interest = self.grace_on_interest

        min_days_to_first: int | None | Unset
        if isinstance(self.min_days_to_first, Unset):
            min_days_to_first = UNSET
        else:
            min_days_to_first = self.min_days_to_first

        installment_multiple: None | str | Unset
        if isinstance(self.installment_multiple, Unset):
            installment_multiple = UNSET
        else:
            installment_multiple = self.installment_multiple

        prepayment_interest: None | str | Unset
        if isinstance(self.prepayment_interest, Unset):
            prepayment_interest = UNSET
        elif isinstance(self.prepayment_interest, str):
            prepayment_interest = self.prepayment_interest
        else:
            prepayment_interest = self.prepayment_interest

        eligibility: dict[str, Any] | None | Unset
        if isinstance(self.eligibility, Unset):
            eligibility = UNSET
        elif isinstance(self.eligibility, EligibilityIn):
            eligibility = self.eligibility.to_dict()
        else:
            eligibility = self.eligibility

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if name_bn is not UNSET:
            field_dict["name_bn"] = name_bn
        if interest_method is not UNSET:
            field_dict["interest_method"] = interest_method
        if amortisation is not UNSET:
            field_dict["amortisation"] = amortisation
        if frequencies is not UNSET:
            field_dict["frequencies"] = frequencies
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if min_installments is not UNSET:
            field_dict["min_installments"] = min_installments
        if max_installments is not UNSET:
            field_dict["max_installments"] = max_installments
        if term_months is not UNSET:
            field_dict["term_months"] = term_months
        if min_loan_months is not UNSET:
            field_dict["min_loan_months"] = min_loan_months
        if max_loan_months is not UNSET:
            field_dict["max_loan_months"] = max_loan_months
        if min_rate is not UNSET:
            field_dict["min_rate"] = min_rate
        if max_rate is not UNSET:
            field_dict["max_rate"] = max_rate
        if default_rate is not UNSET:
            field_dict["default_rate"] = default_rate
        if grace_on_principal is not UNSET:
            field_dict["grace_on_principal"] = grace_on_principal
        if grace_on_interest is not UNSET:
            field_dict["grace_on_interest"] = grace_on_interest
        if min_days_to_first is not UNSET:
            field_dict["min_days_to_first"] = min_days_to_first
        if installment_multiple is not UNSET:
            field_dict["installment_multiple"] = installment_multiple
        if prepayment_interest is not UNSET:
            field_dict["prepayment_interest"] = prepayment_interest
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_in import EligibilityIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_name_bn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_bn = _parse_name_bn(d.pop("name_bn", UNSET))

        def _parse_interest_method(data: object) -> InterestMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interest_method_type_0 = check_interest_method(data)

                return interest_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InterestMethod | None | Unset, data)

        interest_method = _parse_interest_method(d.pop("interest_method", UNSET))

        def _parse_amortisation(data: object) -> Amortisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                amortisation_type_0 = check_amortisation(data)

                return amortisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amortisation | None | Unset, data)

        amortisation = _parse_amortisation(d.pop("amortisation", UNSET))

        def _parse_frequencies(data: object) -> list[Frequency] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                frequencies_type_0 = []
                _frequencies_type_0 = data
                for frequencies_type_0_item_data in _frequencies_type_0:
                    frequencies_type_0_item = check_frequency(frequencies_type_0_item_data)

                    frequencies_type_0.append(frequencies_type_0_item)

                return frequencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Frequency] | None | Unset, data)

        frequencies = _parse_frequencies(d.pop("frequencies", UNSET))

        def _parse_min_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_amount = _parse_min_amount(d.pop("min_amount", UNSET))

        def _parse_max_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_amount = _parse_max_amount(d.pop("max_amount", UNSET))

        def _parse_min_installments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_installments = _parse_min_installments(d.pop("min_installments", UNSET))

        def _parse_max_installments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_installments = _parse_max_installments(d.pop("max_installments", UNSET))

        def _parse_term_months(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                term_months_type_0 = cast(list[int], data)

                return term_months_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        term_months = _parse_term_months(d.pop("term_months", UNSET))

        def _parse_min_loan_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_loan_months = _parse_min_loan_months(d.pop("min_loan_months", UNSET))

        def _parse_max_loan_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_loan_months = _parse_max_loan_months(d.pop("max_loan_months", UNSET))

        def _parse_min_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_rate = _parse_min_rate(d.pop("min_rate", UNSET))

        def _parse_max_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_rate = _parse_max_rate(d.pop("max_rate", UNSET))

        def _parse_default_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_rate = _parse_default_rate(d.pop("default_rate", UNSET))

        def _parse_grace_on_principal(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grace_on_principal = _parse_grace_on_principal(d.pop("grace_on_principal", UNSET))

        def _parse_grace_on_interest(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grace_on_interest = _parse_grace_on_interest(d.pop("grace_on_interest", UNSET))

        def _parse_min_days_to_first(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_days_to_first = _parse_min_days_to_first(d.pop("min_days_to_first", UNSET))

        def _parse_installment_multiple(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        installment_multiple = _parse_installment_multiple(d.pop("installment_multiple", UNSET))

        def _parse_prepayment_interest(data: object) -> None | ProductUpdatePrepaymentInterestType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prepayment_interest_type_0 = check_product_update_prepayment_interest_type_0(data)

                return prepayment_interest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductUpdatePrepaymentInterestType0 | Unset, data)

        prepayment_interest = _parse_prepayment_interest(d.pop("prepayment_interest", UNSET))

        def _parse_eligibility(data: object) -> EligibilityIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligibility_type_0 = EligibilityIn.from_dict(data)

                return eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EligibilityIn | None | Unset, data)

        eligibility = _parse_eligibility(d.pop("eligibility", UNSET))

        product_update = cls(
            name=name,
            name_bn=name_bn,
            interest_method=interest_method,
            amortisation=amortisation,
            frequencies=frequencies,
            min_amount=min_amount,
            max_amount=max_amount,
            min_installments=min_installments,
            max_installments=max_installments,
            term_months=term_months,
            min_loan_months=min_loan_months,
            max_loan_months=max_loan_months,
            min_rate=min_rate,
            max_rate=max_rate,
            default_rate=default_rate,
            grace_on_principal=grace_on_principal,
            grace_on_interest=grace_on_interest,
            min_days_to_first=min_days_to_first,
            installment_multiple=installment_multiple,
            prepayment_interest=prepayment_interest,
            eligibility=eligibility,
        )

        return product_update
