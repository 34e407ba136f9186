from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttendanceOut")


@_attrs_define
class AttendanceOut:
    """
    Attributes:
        participant_id (UUID):
        status (str):
        client_id (str):
        taken_at (datetime.datetime):
        recorded_by (str):
    """

    participant_id: UUID
    status: str
    client_id: str
    taken_at: datetime.datetime
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        status = self.status

        client_id = self.client_id

        taken_at = self.taken_at.isoformat()

        recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participant_id": participant_id,
                "status": status,
                "client_id": client_id,
                "taken_at": taken_at,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        status = d.pop("status")

        client_id = d.pop("client_id")

        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))

        recorded_by = d.pop("recorded_by")

        attendance_out = cls(
            participant_id=participant_id,
            status=status,
            client_id=client_id,
            taken_at=taken_at,
            recorded_by=recorded_by,
        )

        attendance_out.additional_properties = d
        return attendance_out

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
