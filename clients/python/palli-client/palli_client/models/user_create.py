from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        username (str):
        full_name (str):
        password (str):
        roles (list[str]):
        branch_id (None | Unset | UUID): home branch; null for head office staff who see every branch
    """

    username: str
    full_name: str
    password: str
    roles: list[str]
    branch_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        password = self.password

        roles = self.roles

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        elif isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "password": password,
                "roles": roles,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        full_name = d.pop("full_name")

        password = d.pop("password")

        roles = cast(list[str], d.pop("roles"))

        def _parse_branch_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        user_create = cls(
            username=username,
            full_name=full_name,
            password=password,
            roles=roles,
            branch_id=branch_id,
        )

        return user_create
