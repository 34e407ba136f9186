from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffCreate")


@_attrs_define
class StaffCreate:
    """
    Attributes:
        name (str):
        mobile (str):
        role (str | Unset):  Default: 'field_officer'.
    """

    name: str
    mobile: str
    role: str | Unset = "field_officer"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mobile = self.mobile

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "mobile": mobile,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        mobile = d.pop("mobile")

        role = d.pop("role", UNSET)

        staff_create = cls(
            name=name,
            mobile=mobile,
            role=role,
        )

        return staff_create
