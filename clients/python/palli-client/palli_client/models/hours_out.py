from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HoursOut")


@_attrs_define
class HoursOut:
    """
    Attributes:
        id (UUID):
        project_id (UUID):
        participant_id (UUID):
        on (datetime.date):
        hours (str):
        activity (str):
        countersigned_by (None | str):
    """

    id: UUID
    project_id: UUID
    participant_id: UUID
    on: datetime.date
    hours: str
    activity: str
    countersigned_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

        participant_id = str(self.participant_id)

        on = self.on.isoformat()

        hours = self.hours

        activity = self.activity

        countersigned_by: None | str
        countersigned_by = self.countersigned_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "participant_id": participant_id,
                "on": on,
                "hours": hours,
                "activity": activity,
                "countersigned_by": countersigned_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        participant_id = UUID(d.pop("participant_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        hours = d.pop("hours")

        activity = d.pop("activity")

        def _parse_countersigned_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        countersigned_by = _parse_countersigned_by(d.pop("countersigned_by"))

        hours_out = cls(
            id=id,
            project_id=project_id,
            participant_id=participant_id,
            on=on,
            hours=hours,
            activity=activity,
            countersigned_by=countersigned_by,
        )

        hours_out.additional_properties = d
        return hours_out

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
