from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TrainingAddressIn")


@_attrs_define
class TrainingAddressIn:
    """
    Attributes:
        division (str):
        district (str):
        upazila (str):
    """

    division: str
    district: str
    upazila: str

    def to_dict(self) -> dict[str, Any]:
        division = self.division

        district = self.district

        upazila = self.upazila

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "division": division,
                "district": district,
                "upazila": upazila,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        division = d.pop("division")

        district = d.pop("district")

        upazila = d.pop("upazila")

        training_address_in = cls(
            division=division,
            district=district,
            upazila=upazila,
        )

        return training_address_in
