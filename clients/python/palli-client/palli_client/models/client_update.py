from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientUpdate")


@_attrs_define
class ClientUpdate:
    """
    Attributes:
        name (None | str | Unset):
        scopes (list[str] | None | Unset):
        branch_ids (list[UUID] | None | Unset):
        all_branches (bool | None | Unset): true clears branch_ids (every branch)
        active (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    branch_ids: list[UUID] | None | Unset = UNSET
    all_branches: bool | None | Unset = UNSET
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        branch_ids: list[str] | None | Unset
        if isinstance(self.branch_ids, Unset):
            branch_ids = UNSET
        elif isinstance(self.branch_ids, list):
            branch_ids = []
            for branch_ids_type_0_item_data in self.branch_ids:
                branch_ids_type_0_item = str(branch_ids_type_0_item_data)
                branch_ids.append(branch_ids_type_0_item)

        else:
            branch_ids = self.branch_ids

        all_branches: bool | None | Unset
        if isinstance(self.all_branches, Unset):
            all_branches = UNSET
        else:
            all_branches = self.all_branches

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if branch_ids is not UNSET:
            field_dict["branch_ids"] = branch_ids
        if all_branches is not UNSET:
            field_dict["all_branches"] = all_branches
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_branch_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(list[UUID] | None | Unset, data)

        branch_ids = _parse_branch_ids(d.pop("branch_ids", UNSET))

        def _parse_all_branches(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_branches = _parse_all_branches(d.pop("all_branches", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        client_update = cls(
            name=name,
            scopes=scopes,
            branch_ids=branch_ids,
            all_branches=all_branches,
            active=active,
        )

        return client_update
