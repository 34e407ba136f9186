from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        name (str):
        scopes (list[str]):
        branch_ids (list[UUID] | None): branches whose data the partner may see; null: every branch
    """

    name: str
    scopes: list[str]
    branch_ids: list[UUID] | None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = self.scopes

        branch_ids: list[str] | None
        if isinstance(self.branch_ids, list):
            branch_ids = []
            for branch_ids_type_0_item_data in self.branch_ids:
                branch_ids_type_0_item = str(branch_ids_type_0_item_data)
                branch_ids.append(branch_ids_type_0_item)

        else:
            branch_ids = self.branch_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
                "branch_ids": branch_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

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

        client_create = cls(
            name=name,
            scopes=scopes,
            branch_ids=branch_ids,
        )

        return client_create
