from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModuleOut")


@_attrs_define
class ModuleOut:
    """
    Attributes:
        id (UUID):
        position (int):
        title (str):
        title_bn (str):
        sessions (int):
    """

    id: UUID
    position: int
    title: str
    title_bn: str
    sessions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        position = self.position

        title = self.title

        title_bn = self.title_bn

        sessions = self.sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "title": title,
                "title_bn": title_bn,
                "sessions": sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        position = d.pop("position")

        title = d.pop("title")

        title_bn = d.pop("title_bn")

        sessions = d.pop("sessions")

        module_out = cls(
            id=id,
            position=position,
            title=title,
            title_bn=title_bn,
            sessions=sessions,
        )

        module_out.additional_properties = d
        return module_out

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
