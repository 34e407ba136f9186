from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CloseBusinessDay")


@_attrs_define
class CloseBusinessDay:
    """
    Attributes:
        day (datetime.date): the business date to close (today or earlier)
    """

    day: datetime.date

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        close_business_day = cls(
            day=day,
        )

        return close_business_day
