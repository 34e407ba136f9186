from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProducerOut")


@_attrs_define
class ProducerOut:
    """
    Attributes:
        id (UUID):
        member_id (UUID):
        branch_id (UUID):
        name (str):
        name_bn (str):
    """

    id: UUID
    member_id: UUID
    branch_id: UUID
    name: str
    name_bn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        member_id = str(self.member_id)

        branch_id = str(self.branch_id)

        name = self.name

        name_bn = self.name_bn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "member_id": member_id,
                "branch_id": branch_id,
                "name": name,
                "name_bn": name_bn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        member_id = UUID(d.pop("member_id"))

        branch_id = UUID(d.pop("branch_id"))

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        producer_out = cls(
            id=id,
            member_id=member_id,
            branch_id=branch_id,
            name=name,
            name_bn=name_bn,
        )

        producer_out.additional_properties = d
        return producer_out

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
