from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttendanceResult")


@_attrs_define
class AttendanceResult:
    """
    Attributes:
        session_id (UUID):
        recorded (int):
        unchanged (int):
        superseded (int):
    """

    session_id: UUID
    recorded: int
    unchanged: int
    superseded: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        recorded = self.recorded

        unchanged = self.unchanged

        superseded = self.superseded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "recorded": recorded,
                "unchanged": unchanged,
                "superseded": superseded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))

        recorded = d.pop("recorded")

        unchanged = d.pop("unchanged")

        superseded = d.pop("superseded")

        attendance_result = cls(
            session_id=session_id,
            recorded=recorded,
            unchanged=unchanged,
            superseded=superseded,
        )

        attendance_result.additional_properties = d
        return attendance_result

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
