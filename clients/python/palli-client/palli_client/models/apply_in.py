from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.apply_in_frequency import ApplyInFrequency, check_apply_in_frequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyIn")


@_attrs_define
class ApplyIn:
    """
    Attributes:
        product_id (UUID):
        principal (str):
        installments (int):
        frequency (ApplyInFrequency):
        member_id (UUID):
        annual_rate (None | str | Unset): the product's default when left out
        term_months (int | None | Unset): at_end loans: months to the one installment
        purpose (None | str | Unset):
        expected_disbursement_on (datetime.date | None | Unset):
    """

    product_id: UUID
    principal: str
    installments: int
    frequency: ApplyInFrequency
    member_id: UUID
    annual_rate: None | str | Unset = UNSET
    term_months: int | None | Unset = UNSET
    purpose: None | str | Unset = UNSET
    expected_disbursement_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        principal = self.principal

        installments = self.installments

        frequency: str = self.frequency

        member_id = str(self.member_id)

        annual_rate: None | str | Unset
        if isinstance(self.annual_rate, Unset):
            annual_rate = UNSET
        else:
            annual_rate = self.annual_rate

        term_months: int | None | Unset
        if isinstance(self.term_months, Unset):
            term_months = UNSET
        else:
            term_months = self.term_months

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        expected_disbursement_on: None | str | Unset
        if isinstance(self.expected_disbursement_on, Unset):
            expected_disbursement_on = UNSET
        elif isinstance(self.expected_disbursement_on, datetime.date):
            expected_disbursement_on = self.expected_disbursement_on.isoformat()
        else:
            expected_disbursement_on = self.expected_disbursement_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_id": product_id,
                "principal": principal,
                "installments": installments,
                "frequency": frequency,
                "member_id": member_id,
            }
        )
        if annual_rate is not UNSET:
            field_dict["annual_rate"] = annual_rate
        if term_months is not UNSET:
            field_dict["term_months"] = term_months
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if expected_disbursement_on is not UNSET:
            field_dict["expected_disbursement_on"] = expected_disbursement_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = UUID(d.pop("product_id"))

        principal = d.pop("principal")

        installments = d.pop("installments")

        frequency = check_apply_in_frequency(d.pop("frequency"))

        member_id = UUID(d.pop("member_id"))

        def _parse_annual_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        annual_rate = _parse_annual_rate(d.pop("annual_rate", UNSET))

        def _parse_term_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        term_months = _parse_term_months(d.pop("term_months", UNSET))

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_expected_disbursement_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_disbursement_on_type_0 = datetime.date.fromisoformat(data)

                return expected_disbursement_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_disbursement_on = _parse_expected_disbursement_on(d.pop("expected_disbursement_on", UNSET))

        apply_in = cls(
            product_id=product_id,
            principal=principal,
            installments=installments,
            frequency=frequency,
            member_id=member_id,
            annual_rate=annual_rate,
            term_months=term_months,
            purpose=purpose,
            expected_disbursement_on=expected_disbursement_on,
        )

        return apply_in
