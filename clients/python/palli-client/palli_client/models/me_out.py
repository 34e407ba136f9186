from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeOut")


@_attrs_define
class MeOut:
    """
    Attributes:
        subject (str):
        kind (str): staff or partner
        username (None | str):
        roles (list[str]):
        scopes (list[str]):
        branch_ids (list[UUID] | None): null: every branch
        expires_at (datetime.datetime):
    """

    subject: str
    kind: str
    username: None | str
    roles: list[str]
    scopes: list[str]
    branch_ids: list[UUID] | None
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        kind = self.kind

        username: None | str
        username = self.username

        roles = self.roles

        scopes = self.scopes

        branch_ids: list[str] | None
        if isinstance(self.branch_ids, list):
            branch_ids = []
            for branch_ids_type_0_item_data in self.branch_ids:
                branch_ids_type_0_item = str(branch_ids_type_0_item_data)
                branch_ids.append(branch_ids_type_0_item)

        else:
            branch_ids = self.branch_ids

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "kind": kind,
                "username": username,
                "roles": roles,
                "scopes": scopes,
                "branch_ids": branch_ids,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        kind = d.pop("kind")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        roles = cast(list[str], d.pop("roles"))

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_branch_ids(data: object) -> list[UUID] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                branch_ids_type_0 = []
                _branch_ids_type_0 = data
                for branch_ids_type_0_item_data in _branch_ids_type_0:
                    branch_ids_type_0_item = UUID(branch_ids_type_0_item_data)

                    branch_ids_type_0.append(branch_ids_type_0_item)

                return branch_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None, data)

        branch_ids = _parse_branch_ids(d.pop("branch_ids"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        me_out = cls(
            subject=subject,
            kind=kind,
            username=username,
            roles=roles,
            scopes=scopes,
            branch_ids=branch_ids,
            expires_at=expires_at,
        )

        me_out.additional_properties = d
        return me_out

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
