from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_out_normal_balance import AccountOutNormalBalance, check_account_out_normal_balance

T = TypeVar("T", bound="AccountOut")


@_attrs_define
class AccountOut:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        name_bn (None | str):
        type_ (str):
        parent_code (None | str):
        is_header (bool):
        contra (bool):
        normal_balance (AccountOutNormalBalance):
        active (bool):
        description (None | str):
        version (int):
        created_by (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    code: str
    name: str
    name_bn: None | str
    type_: str
    parent_code: None | str
    is_header: bool
    contra: bool
    normal_balance: AccountOutNormalBalance
    active: bool
    description: None | str
    version: int
    created_by: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        name_bn: None | str
        name_bn = self.name_bn

        type_ = self.type_

        parent_code: None | str
        parent_code = self.parent_code

        is_header = self.is_header

        contra = self.contra

        normal_balance: str = self.normal_balance

        active = self.active

        description: None | str
        description = self.description

        version = self.version

        created_by: None | str
        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "type": type_,
                "parent_code": parent_code,
                "is_header": is_header,
                "contra": contra,
                "normal_balance": normal_balance,
                "active": active,
                "description": description,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        def _parse_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_bn = _parse_name_bn(d.pop("name_bn"))

        type_ = d.pop("type")

        def _parse_parent_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_code = _parse_parent_code(d.pop("parent_code"))

        is_header = d.pop("is_header")

        contra = d.pop("contra")

        normal_balance = check_account_out_normal_balance(d.pop("normal_balance"))

        active = d.pop("active")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        version = d.pop("version")

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        account_out = cls(
            id=id,
            code=code,
            name=name,
            name_bn=name_bn,
            type_=type_,
            parent_code=parent_code,
            is_header=is_header,
            contra=contra,
            normal_balance=normal_balance,
            active=active,
            description=description,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        account_out.additional_properties = d
        return account_out

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
