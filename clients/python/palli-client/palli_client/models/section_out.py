from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_node_out import AccountNodeOut


T = TypeVar("T", bound="SectionOut")


@_attrs_define
class SectionOut:
    """
    Attributes:
        type_ (str):
        title (str):
        title_bn (str):
        accounts (list[AccountNodeOut]):
        total (str):
    """

    type_: str
    title: str
    title_bn: str
    accounts: list[AccountNodeOut]
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        title_bn = self.title_bn

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "title_bn": title_bn,
                "accounts": accounts,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_node_out import AccountNodeOut  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        title_bn = d.pop("title_bn")

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = AccountNodeOut.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        total = d.pop("total")

        section_out = cls(
            type_=type_,
            title=title,
            title_bn=title_bn,
            accounts=accounts,
            total=total,
        )

        section_out.additional_properties = d
        return section_out

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
