from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eligibility_out import EligibilityOut


T = TypeVar("T", bound="ProductOut")


@_attrs_define
class ProductOut:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        name_bn (None | str):
        interest_method (str):
        amortisation (str):
        frequencies (list[str]):
        min_amount (str):
        max_amount (str):
        min_installments (int):
        max_installments (int):
        term_months (list[int] | None):
        min_loan_months (int | None):
        max_loan_months (int | None):
        min_rate (str):
        max_rate (str):
        default_rate (str):
        grace_on_principal (int):
        grace_on_interest (int):
        min_days_to_first (int):
        installment_multiple (None | str):
        prepayment_interest (str):
        eligibility (EligibilityOut):
        active (bool):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    code: str
    name: str
    name_bn: None | str
    interest_method: str
    amortisation: str
    frequencies: list[str]
    min_amount: str
    max_amount: str
    min_installments: int
    max_installments: int
    term_months: list[int] | None
    min_loan_months: int | None
    max_loan_months: int | None
    min_rate: str
    max_rate: str
    default_rate: str
    grace_on_principal: int
    grace_on_interest: int
    min_days_to_first: int
    installment_multiple: None | str
    prepayment_interest: str
    eligibility: EligibilityOut
    active: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        name_bn: None | str
        name_bn = self.name_bn

        interest_method = self.interest_method

        amortisation = self.amortisation

        frequencies = self.frequencies

        min_amount = self.min_amount

        max_amount = self.max_amount

        min_installments = self.min_installments

        max_installments = self.max_installments

        term_months: list[int] | None
        if isinstance(self.term_months, list):
            term_months = self.term_months

        else:
            term_months = self.term_months

        min_loan_months: int | None
        min_loan_months = self.min_loan_months

        max_loan_months: int | None
        max_loan_months = self.max_loan_months

        min_rate = self.min_rate

        max_rate = self.max_rate

        default_rate = self.default_rate

        grace_on_principal = self.grace_on_principal

        grace_on_interest = self.grace_on_interest

        min_days_to_first = self.min_days_to_first

        installment_multiple: None | str
        installment_multiple = self.installment_multiple

        prepayment_interest = self.prepayment_interest

        eligibility = self.eligibility.to_dict()

        active = self.active

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "interest_method": interest_method,
                "amortisation": amortisation,
                "frequencies": frequencies,
                "min_amount": min_amount,
                "max_amount": max_amount,
                "min_installments": min_installments,
                "max_installments": max_installments,
                "term_months": term_months,
                "min_loan_months": min_loan_months,
                "max_loan_months": max_loan_months,
                "min_rate": min_rate,
                "max_rate": max_rate,
                "default_rate": default_rate,
                "grace_on_principal": grace_on_principal,
                "grace_on_interest": grace_on_interest,
                "min_days_to_first": min_days_to_first,
                "installment_multiple": installment_multiple,
                "prepayment_interest": prepayment_interest,
                "eligibility": eligibility,
                "active": active,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_out import EligibilityOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        def _parse_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_bn = _parse_name_bn(d.pop("name_bn"))

        interest_method = d.pop("interest_method")

        amortisation = d.pop("amortisation")

        frequencies = cast(list[str], d.pop("frequencies"))

        min_amount = d.pop("min_amount")

        max_amount = d.pop("max_amount")

        min_installments = d.pop("min_installments")

        max_installments = d.pop("max_installments")

        def _parse_term_months(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                term_months_type_0 = cast(list[int], data)

                return term_months_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        term_months = _parse_term_months(d.pop("term_months"))

        def _parse_min_loan_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_loan_months = _parse_min_loan_months(d.pop("min_loan_months"))

        def _parse_max_loan_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_loan_months = _parse_max_loan_months(d.pop("max_loan_months"))

        min_rate = d.pop("min_rate")

        max_rate = d.pop("max_rate")

        default_rate = d.pop("default_rate")

        grace_on_principal = d.pop("grace_on_principal")

        grace_on_interest = d.pop("grace_on_interest")

        min_days_to_first = d.pop("min_days_to_first")

        def _parse_installment_multiple(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        installment_multiple = _parse_installment_multiple(d.pop("installment_multiple"))

        prepayment_interest = d.pop("prepayment_interest")

        eligibility = EligibilityOut.from_dict(d.pop("eligibility"))

        active = d.pop("active")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        product_out = cls(
            id=id,
            code=code,
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
            active=active,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        product_out.additional_properties = d
        return product_out

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
