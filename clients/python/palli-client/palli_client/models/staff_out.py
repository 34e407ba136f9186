from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StaffOut")


@_attrs_define
class StaffOut:
    """
    Attributes:
        id (UUID):
        branch_id (UUID):
        name (str):
        role (str):
        mobile (str):
        active (bool):
        version (int):
    """

    id: UUID
    branch_id: UUID
    name: str
    role: str
    mobile: str
    active: bool
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        branch_id = str(self.branch_id)

        name = self.name

        role = self.role

        mobile = self.mobile

        active = self.active

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "branch_id": branch_id,
                "name": name,
                "role": role,
                "mobile": mobile,
                "active": active,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        branch_id = UUID(d.pop("branch_id"))

        name = d.pop("name")

        role = d.pop("role")

        mobile = d.pop("mobile")

        active = d.pop("active")

        version = d.pop("version")

        staff_out = cls(
            id=id,
            branch_id=branch_id,
            name=name,
            role=role,
            mobile=mobile,
            active=active,
            version=version,
        )

        staff_out.additional_properties = d
        return staff_out

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
