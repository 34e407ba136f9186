from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountNodeOut")


@_attrs_define
class AccountNodeOut:
    """
    Attributes:
        code (None | str): null for the surplus line, which is no account
        name (str):
        name_bn (None | str):
        is_header (bool):
        amount (str): on the section's normal side: a contra account shows negative; a header sums its sub-accounts
        children (list[AccountNodeOut] | Unset):
    """

    code: None | str
    name: str
    name_bn: None | str
    is_header: bool
    amount: str
    children: list[AccountNodeOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        name = self.name

        name_bn: None | str
        name_bn = self.name_bn

        is_header = self.is_header

        amount = self.amount

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "is_header": is_header,
                "amount": amount,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        name = d.pop("name")

        def _parse_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_bn = _parse_name_bn(d.pop("name_bn"))

        is_header = d.pop("is_header")

        amount = d.pop("amount")

        _children = d.pop("children", UNSET)
        children: list[AccountNodeOut] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = AccountNodeOut.from_dict(children_item_data)

                children.append(children_item)

        account_node_out = cls(
            code=code,
            name=name,
            name_bn=name_bn,
            is_header=is_header,
            amount=amount,
            children=children,
        )

        account_node_out.additional_properties = d
        return account_node_out

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
