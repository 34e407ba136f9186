from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretRotate")


@_attrs_define
class SecretRotate:
    """
    Attributes:
        previous_valid_hours (int | Unset): how long the current secrets keep working Default: 24.
    """

    previous_valid_hours: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        previous_valid_hours = self.previous_valid_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if previous_valid_hours is not UNSET:
            field_dict["previous_valid_hours"] = previous_valid_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_valid_hours = d.pop("previous_valid_hours", UNSET)

        secret_rotate = cls(
            previous_valid_hours=previous_valid_hours,
        )

        return secret_rotate
