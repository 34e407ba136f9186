from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRef")


@_attrs_define
class AccountRef:
    """
    Attributes:
        code (str):
        name (str):
        name_bn (None | str):
        type_ (None | str): asset | liability | equity | income | expense; null: a code the chart does not know
        contra (bool | Unset):  Default: False.
        is_header (bool | Unset):  Default: False.
    """

    code: str
    name: str
    name_bn: None | str
    type_: None | str
    contra: bool | Unset = False
    is_header: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_bn: None | str
        name_bn = self.name_bn

        type_: None | str
        type_ = self.type_

        contra = self.contra

        is_header = self.is_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "type": type_,
            }
        )
        if contra is not UNSET:
            field_dict["contra"] = contra
        if is_header is not UNSET:
            field_dict["is_header"] = is_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_bn = _parse_name_bn(d.pop("name_bn"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        contra = d.pop("contra", UNSET)

        is_header = d.pop("is_header", UNSET)

        account_ref = cls(
            code=code,
            name=name,
            name_bn=name_bn,
            type_=type_,
            contra=contra,
            is_header=is_header,
        )

        account_ref.additional_properties = d
        return account_ref

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
