from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.account_create_type import AccountCreateType, check_account_create_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCreate")


@_attrs_define
class AccountCreate:
    """
    Attributes:
        code (str): four digits, optionally a dash and a suffix: 1120, 1310-ME
        name (str):
        type_ (AccountCreateType):
        name_bn (None | str | Unset):
        parent_code (None | str | Unset): a header of the same type; a suffixed code defaults to its four digits
        is_header (bool | Unset): groups sub-accounts in reports and takes no postings Default: False.
        contra (bool | Unset): holds the opposite balance of its type (loan-loss provision) Default: False.
        description (None | str | Unset):
    """

    code: str
    name: str
    type_: AccountCreateType
    name_bn: None | str | Unset = UNSET
    parent_code: None | str | Unset = UNSET
    is_header: bool | Unset = False
    contra: bool | Unset = False
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        type_: str = self.type_

        name_bn: None | str | Unset
        if isinstance(self.name_bn, Unset):
            name_bn = UNSET
        else:
            name_bn = self.name_bn

        parent_code: None | str | Unset
        if isinstance(self.parent_code, Unset):
            parent_code = UNSET
        else:
            parent_code = self.parent_code

        is_header = self.is_header

        contra = self.contra

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "type": type_,
            }
        )
        if name_bn is not UNSET:
            field_dict["name_bn"] = name_bn
        if parent_code is not UNSET:
            field_dict["parent_code"] = parent_code
        if is_header is not UNSET:
            field_dict["is_header"] = is_header
        if contra is not UNSET:
            field_dict["contra"] = contra
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        type_ = check_account_create_type(d.pop("type"))

        def _parse_name_bn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_bn = _parse_name_bn(d.pop("name_bn", UNSET))

        def _parse_parent_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_code = _parse_parent_code(d.pop("parent_code", UNSET))

        is_header = d.pop("is_header", UNSET)

        contra = d.pop("contra", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        account_create = cls(
            code=code,
            name=name,
            type_=type_,
            name_bn=name_bn,
            parent_code=parent_code,
            is_header=is_header,
            contra=contra,
            description=description,
        )

        return account_create
