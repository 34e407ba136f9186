from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressIn")


@_attrs_define
class AddressIn:
    """
    Attributes:
        division (str):
        district (str):
        upazila (str):
        union (None | str | Unset):
    """

    division: str
    district: str
    upazila: str
    union: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        division = self.division

        district = self.district

        upazila = self.upazila

        union: None | str | Unset
        if isinstance(self.union, Unset):
            union = UNSET
        else:
            union = self.union

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "division": division,
                "district": district,
                "upazila": upazila,
            }
        )
        if union is not UNSET:
            field_dict["union"] = union

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        division = d.pop("division")

        district = d.pop("district")

        upazila = d.pop("upazila")

        def _parse_union(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        union = _parse_union(d.pop("union", UNSET))

        address_in = cls(
            division=division,
            district=district,
            upazila=upazila,
            union=union,
        )

        return address_in
