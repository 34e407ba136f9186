from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HolidayIn")


@_attrs_define
class HolidayIn:
    """
    Attributes:
        day (datetime.date):
        name (str):
    """

    day: datetime.date
    name: str

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        name = d.pop("name")

        holiday_in = cls(
            day=day,
            name=name,
        )

        return holiday_in
