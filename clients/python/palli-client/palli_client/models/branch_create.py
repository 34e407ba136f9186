from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BranchCreate")


@_attrs_define
class BranchCreate:
    """
    Attributes:
        code (str):
        name (str):
        district (str):
        upazila (str):
    """

    code: str
    name: str
    district: str
    upazila: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        district = self.district

        upazila = self.upazila

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "district": district,
                "upazila": upazila,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        district = d.pop("district")

        upazila = d.pop("upazila")

        branch_create = cls(
            code=code,
            name=name,
            district=district,
            upazila=upazila,
        )

        return branch_create
