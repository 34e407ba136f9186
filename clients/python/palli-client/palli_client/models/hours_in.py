from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="HoursIn")


@_attrs_define
class HoursIn:
    """
    Attributes:
        participant_id (UUID):
        on (datetime.date):
        hours (str): decimal hours, e.g. "2.5" (at most 24)
        activity (str):
        client_id (str):
    """

    participant_id: UUID
    on: datetime.date
    hours: str
    activity: str
    client_id: str

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        on = self.on.isoformat()

        hours = self.hours

        activity = self.activity

        client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
                "on": on,
                "hours": hours,
                "activity": activity,
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        hours = d.pop("hours")

        activity = d.pop("activity")

        client_id = d.pop("client_id")

        hours_in = cls(
            participant_id=participant_id,
            on=on,
            hours=hours,
            activity=activity,
            client_id=client_id,
        )

        return hours_in
