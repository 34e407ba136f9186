from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchUpdate")


@_attrs_define
class BranchUpdate:
    """
    Attributes:
        name (None | str | Unset):
        district (None | str | Unset):
        upazila (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    upazila: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        upazila: None | str | Unset
        if isinstance(self.upazila, Unset):
            upazila = UNSET
        else:
            upazila = self.upazila

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if district is not UNSET:
            field_dict["district"] = district
        if upazila is not UNSET:
            field_dict["upazila"] = upazila

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_upazila(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upazila = _parse_upazila(d.pop("upazila", UNSET))

        branch_update = cls(
            name=name,
            district=district,
            upazila=upazila,
        )

        return branch_update
