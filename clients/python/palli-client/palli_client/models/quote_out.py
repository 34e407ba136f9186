from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuoteOut")


@_attrs_define
class QuoteOut:
    """
    Attributes:
        loan_id (UUID):
        on (datetime.date):
        principal (str):
        interest (str):
        penalty (str):
        total (str):
        interest_waived (str):
    """

    loan_id: UUID
    on: datetime.date
    principal: str
    interest: str
    penalty: str
    total: str
    interest_waived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_id = str(self.loan_id)

        on = self.on.isoformat()

        principal = self.principal

        interest = self.interest

        penalty = self.penalty

        total = self.total

        interest_waived = self.interest_waived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loan_id": loan_id,
                "on": on,
                "principal": principal,
                "interest": interest,
                "penalty": penalty,
                "total": total,
                "interest_waived": interest_waived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_id = UUID(d.pop("loan_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        principal = d.pop("principal")

        interest = d.pop("interest")

        penalty = d.pop("penalty")

        total = d.pop("total")

        interest_waived = d.pop("interest_waived")

        quote_out = cls(
            loan_id=loan_id,
            on=on,
            principal=principal,
            interest=interest,
            penalty=penalty,
            total=total,
            interest_waived=interest_waived,
        )

        quote_out.additional_properties = d
        return quote_out

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
