from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateIn")


@_attrs_define
class TemplateIn:
    """
    Attributes:
        body (str): text with {placeholders}; {{ and }} for literal braces
        enabled (bool | Unset): false: members are not messaged about this event in this language Default: True.
    """

    body: str
    enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        enabled = d.pop("enabled", UNSET)

        template_in = cls(
            body=body,
            enabled=enabled,
        )

        return template_in
