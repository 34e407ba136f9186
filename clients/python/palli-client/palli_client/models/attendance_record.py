from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attendance_record_status import AttendanceRecordStatus, check_attendance_record_status

T = TypeVar("T", bound="AttendanceRecord")


@_attrs_define
class AttendanceRecord:
    """
    Attributes:
        participant_id (UUID):
        status (AttendanceRecordStatus):
        client_id (str): the phone's own id for this record: sending it again changes nothing
        taken_at (datetime.datetime): when the facilitator took it (the phone's clock, with its offset); the latest
            stands
    """

    participant_id: UUID
    status: AttendanceRecordStatus
    client_id: str
    taken_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        status: str = self.status

        client_id = self.client_id

        taken_at = self.taken_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
                "status": status,
                "client_id": client_id,
                "taken_at": taken_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        status = check_attendance_record_status(d.pop("status"))

        client_id = d.pop("client_id")

        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))

        attendance_record = cls(
            participant_id=participant_id,
            status=status,
            client_id=client_id,
            taken_at=taken_at,
        )

        return attendance_record
