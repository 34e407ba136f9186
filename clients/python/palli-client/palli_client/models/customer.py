from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """
    Attributes:
        name (str):
        mobile (str): 01XXXXXXXXX or +8801XXXXXXXXX
    """

    name: str
    mobile: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mobile = self.mobile

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "mobile": mobile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        mobile = d.pop("mobile")

        customer = cls(
            name=name,
            mobile=mobile,
        )

        return customer
