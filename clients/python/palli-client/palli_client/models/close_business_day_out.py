from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CloseBusinessDayOut")


@_attrs_define
class CloseBusinessDayOut:
    """
    Attributes:
        day (datetime.date):
        loans (int): active loans processed
        updated (int): loans whose arrears figures changed
        newly_overdue (int):
        classification_changes (int):
        events (int):
        seconds (float):
    """

    day: datetime.date
    loans: int
    updated: int
    newly_overdue: int
    classification_changes: int
    events: int
    seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        loans = self.loans

        updated = self.updated

        newly_overdue = self.newly_overdue

        classification_changes = self.classification_changes

        events = self.events

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "loans": loans,
                "updated": updated,
                "newly_overdue": newly_overdue,
                "classification_changes": classification_changes,
                "events": events,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        loans = d.pop("loans")

        updated = d.pop("updated")

        newly_overdue = d.pop("newly_overdue")

        classification_changes = d.pop("classification_changes")

        events = d.pop("events")

        seconds = d.pop("seconds")

        close_business_day_out = cls(
            day=day,
            loans=loans,
            updated=updated,
            newly_overdue=newly_overdue,
            classification_changes=classification_changes,
            events=events,
            seconds=seconds,
        )

        close_business_day_out.additional_properties = d
        return close_business_day_out

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
