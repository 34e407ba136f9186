from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddressOut")


@_attrs_define
class AddressOut:
    """
    Attributes:
        division (str):
        district (str):
        upazila (str):
        union (None | str):
    """

    division: str
    district: str
    upazila: str
    union: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        division = self.division

        district = self.district

        upazila = self.upazila

        union: None | str
        union = self.union

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "division": division,
                "district": district,
                "upazila": upazila,
                "union": union,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        division = d.pop("division")

        district = d.pop("district")

        upazila = d.pop("upazila")

        def _parse_union(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        union = _parse_union(d.pop("union"))

        address_out = cls(
            division=division,
            district=district,
            upazila=upazila,
            union=union,
        )

        address_out.additional_properties = d
        return address_out

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
