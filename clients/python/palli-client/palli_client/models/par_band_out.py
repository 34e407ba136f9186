from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParBandOut")


@_attrs_define
class ParBandOut:
    """
    Attributes:
        days (int): loans this many days or more past due
        loans (int):
        outstanding_principal (str): their outstanding principal
        ratio (str): of the group's outstanding principal, 4 decimal places
    """

    days: int
    loans: int
    outstanding_principal: str
    ratio: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        loans = self.loans

        outstanding_principal = self.outstanding_principal

        ratio = self.ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "loans": loans,
                "outstanding_principal": outstanding_principal,
                "ratio": ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = d.pop("days")

        loans = d.pop("loans")

        outstanding_principal = d.pop("outstanding_principal")

        ratio = d.pop("ratio")

        par_band_out = cls(
            days=days,
            loans=loans,
            outstanding_principal=outstanding_principal,
            ratio=ratio,
        )

        par_band_out.additional_properties = d
        return par_band_out

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
