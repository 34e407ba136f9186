from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.amortisation import Amortisation, check_amortisation
from ..models.frequency import Frequency, check_frequency
from ..models.interest_method import InterestMethod, check_interest_method
from ..models.product_create_prepayment_interest import (
    ProductCreatePrepaymentInterest,
    check_product_create_prepayment_interest,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eligibility_in import EligibilityIn


T = TypeVar("T", bound="ProductCreate")


@_attrs_define
class ProductCreate:
    """A loan product. Checked as a whole, every problem reported at once (422 naming each field):
    min_rate <= default_rate <= max_rate, min_amount <= max_amount, min_installments <=
    max_installments, grace shorter than min_installments, min_days_to_first at least the service
    minimum (15); `at_end` alone, with `term_months` and max_installments 1. REGULATORY CAP: the
    dearest loan the product allows at its max rate (every frequency, shortest and longest number of
    installments or each at_end term, smallest and largest amount) may cost at most the cap (24%)
    a year on a declining balance; otherwise 422 on `max_rate`. A flat rate costs nearly twice its
    figure: 12% flat weekly over a year (about 22.8%) passes, 15% flat (about 28%) does not.

        Attributes:
            name (str):
            interest_method (InterestMethod):
            frequencies (list[Frequency]): weekly, fortnightly, monthly, or at_end (alone) for one bullet installment
            min_amount (str):
            max_amount (str):
            min_installments (int):
            max_installments (int):
            min_rate (str):
            max_rate (str): the highest rate; its effective yearly rate must stay within the regulatory cap
            default_rate (str):
            code (str): Short unique code, e.g. GEN-MC (stored upper case); it cannot change later
            name_bn (None | str | Unset): Name in Bangla script
            amortisation (Amortisation | Unset):
            term_months (list[int] | None | Unset): at_end products only: the terms offered, e.g. [6, 9]
            min_loan_months (int | None | Unset): shortest loan in months, whatever the frequency (52 weekly installments =
                12 months)
            max_loan_months (int | None | Unset): longest loan in months
            grace_on_principal (int | Unset): installments at the start with no principal (a moratorium) Default: 0.
            grace_on_interest (int | Unset): installments at the start with no interest Default: 0.
            min_days_to_first (int | None | Unset): days from disbursement to the first installment; the service minimum
                (15) when left out
            installment_multiple (None | str | Unset): installments rounded to a multiple of this, e.g. "1.00" for whole
                taka; null: to the poisha
            prepayment_interest (ProductCreatePrepaymentInterest | Unset):  Default: 'accrued'.
            eligibility (EligibilityIn | Unset): Who may borrow. Checked when a loan is applied for, against lending's
                copies of the member
                and the group (kept from members events) and the member's open loans.

                `min_compulsory_savings` is checked against her compulsory savings balance as savings last
                published it (lending's copy, from `savings.account` events); a member with no compulsory
                account known to lending is refused ("not known yet"), never lent to as if the rule were met.
                `required_training` names a training programme's code: the member must hold a credential of
                that programme that training has issued and not revoked (lending's copy, from
                `training.credential` events; codes compared ignoring case); a member without one is refused.
                Leave either null to lend without it.
    """

    name: str
    interest_method: InterestMethod
    frequencies: list[Frequency]
    min_amount: str
    max_amount: str
    min_installments: int
    max_installments: int
    min_rate: str
    max_rate: str
    default_rate: str
    code: str
    name_bn: None | str | Unset = UNSET
    amortisation: Amortisation | Unset = UNSET
    term_months: list[int] | None | Unset = UNSET
    min_loan_months: int | None | Unset = UNSET
    max_loan_months: int | None | Unset = UNSET
    grace_on_principal: int | Unset = 0
    grace_on_interest: int | Unset = 0
    min_days_to_first: int | None | Unset = UNSET
    installment_multiple: None | str | Unset = UNSET
    prepayment_interest: ProductCreatePrepaymentInterest | Unset = "accrued"
    eligibility: EligibilityIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        interest_method: str = self.interest_method

        frequencies = []
        for frequencies_item_data in self.frequencies:
            frequencies_item: str = frequencies_item_data
            frequencies.append(frequencies_item)

        min_amount = self.min_amount

        max_amount = self.max_amount

        min_installments = self.min_installments

        max_installments = self.max_installments

        min_rate = self.min_rate

        max_rate = self.max_rate

        default_rate = self.default_rate

        code = self.code

        name_bn: None | str | Unset
        if isinstance(self.name_bn, Unset):
            name_bn = UNSET
        else:
            name_bn = self.name_bn

        amortisation: str | Unset = UNSET
        if not isinstance(self.amortisation, Unset):
            amortisation = self.amortisation

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

        grace_on_principal = self.grace_on_principal

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

        prepayment_interest: str | Unset = UNSET
        if not isinstance(self.prepayment_interest, Unset):
            prepayment_interest = self.prepayment_interest

        eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "interest_method": interest_method,
                "frequencies": frequencies,
                "min_amount": min_amount,
                "max_amount": max_amount,
                "min_installments": min_installments,
                "max_installments": max_installments,
                "min_rate": min_rate,
                "max_rate": max_rate,
                "default_rate": default_rate,
                "code": code,
            }
        )
        if name_bn is not UNSET:
            field_dict["name_bn"] = name_bn
        if amortisation is not UNSET:
            field_dict["amortisation"] = amortisation
        if term_months is not UNSET:
            field_dict["term_months"] = term_months
        if min_loan_months is not UNSET:
            field_dict["min_loan_months"] = min_loan_months
        if max_loan_months is not UNSET:
            field_dict["max_loan_months"] = max_loan_months
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
        name = d.pop("name")

        interest_method = check_interest_method(d.pop("interest_method"))

        frequencies = []
        _frequencies = d.pop("frequencies")
        for frequencies_item_data in _frequencies:
            frequencies_item = check_frequency(frequencies_item_data)

            frequencies.append(frequencies_item)

        min_amount = d.pop("min_amount")

        max_amount = d.pop("max_amount")

        min_installments = d.pop("min_installments")

        max_installments = d.pop("max_installments")

        min_rate = d.pop("min_rate")

        max_rate = d.pop("max_rate")

        default_rate = d.pop("default_rate")

        code = d.pop("code")

        def _parse_name_bn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_bn = _parse_name_bn(d.pop("name_bn", UNSET))

        _amortisation = d.pop("amortisation", UNSET)
        amortisation: Amortisation | Unset
        if isinstance(_amortisation, Unset):
            amortisation = UNSET
        else:
            amortisation = check_amortisation(_amortisation)

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

        grace_on_principal = d.pop("grace_on_principal", UNSET)

        grace_on_interest = d.pop("grace_on_interest", UNSET)

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

        _prepayment_interest = d.pop("prepayment_interest", UNSET)
        prepayment_interest: ProductCreatePrepaymentInterest | Unset
        if isinstance(_prepayment_interest, Unset):
            prepayment_interest = UNSET
        else:
            prepayment_interest = check_product_create_prepayment_interest(_prepayment_interest)

        _eligibility = d.pop("eligibility", UNSET)
        eligibility: EligibilityIn | Unset
        if isinstance(_eligibility, Unset):
            eligibility = UNSET
        else:
            eligibility = EligibilityIn.from_dict(_eligibility)

        product_create = cls(
            name=name,
            interest_method=interest_method,
            frequencies=frequencies,
            min_amount=min_amount,
            max_amount=max_amount,
            min_installments=min_installments,
            max_installments=max_installments,
            min_rate=min_rate,
            max_rate=max_rate,
            default_rate=default_rate,
            code=code,
            name_bn=name_bn,
            amortisation=amortisation,
            term_months=term_months,
            min_loan_months=min_loan_months,
            max_loan_months=max_loan_months,
            grace_on_principal=grace_on_principal,
            grace_on_interest=grace_on_interest,
            min_days_to_first=min_days_to_first,
            installment_multiple=installment_multiple,
            prepayment_interest=prepayment_interest,
            eligibility=eligibility,
        )

        return product_create
