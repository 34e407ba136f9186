from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClassificationOut")


@_attrs_define
class ClassificationOut:
    """
    Attributes:
        classification (str):
        min_days_past_due (int | None):
        loans (int):
        outstanding_principal (str):
        provision_percent (str):
        provision_required (str): outstanding principal x provision percent, HALF_EVEN to the poisha
    """

    classification: str
    min_days_past_due: int | None
    loans: int
    outstanding_principal: str
    provision_percent: str
    provision_required: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classification = self.classification

        min_days_past_due: int | None
        min_days_past_due = self.min_days_past_due

        loans = self.loans

        outstanding_principal = self.outstanding_principal

        provision_percent = self.provision_percent

        provision_required = self.provision_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classification": classification,
                "min_days_past_due": min_days_past_due,
                "loans": loans,
                "outstanding_principal": outstanding_principal,
                "provision_percent": provision_percent,
                "provision_required": provision_required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        classification = d.pop("classification")

        def _parse_min_days_past_due(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_days_past_due = _parse_min_days_past_due(d.pop("min_days_past_due"))

        loans = d.pop("loans")

        outstanding_principal = d.pop("outstanding_principal")

        provision_percent = d.pop("provision_percent")

        provision_required = d.pop("provision_required")

        classification_out = cls(
            classification=classification,
            min_days_past_due=min_days_past_due,
            loans=loans,
            outstanding_principal=outstanding_principal,
            provision_percent=provision_percent,
            provision_required=provision_required,
        )

        classification_out.additional_properties = d
        return classification_out

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
