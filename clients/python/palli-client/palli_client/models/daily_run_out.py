from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailyRunOut")


@_attrs_define
class DailyRunOut:
    """
    Attributes:
        on (datetime.date):
        suspended (list[UUID]):
        closed (list[UUID]):
        matured (list[UUID]):
        renewed (list[UUID]):
        awaiting_payout (list[UUID]):
        inactive (list[UUID]):
        dormant (list[UUID]):
    """

    on: datetime.date
    suspended: list[UUID]
    closed: list[UUID]
    matured: list[UUID]
    renewed: list[UUID]
    awaiting_payout: list[UUID]
    inactive: list[UUID]
    dormant: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        suspended = []
        for suspended_item_data in self.suspended:
            suspended_item = str(suspended_item_data)
            suspended.append(suspended_item)

        closed = []
        for closed_item_data in self.closed:
            closed_item = str(closed_item_data)
            closed.append(closed_item)

        matured = []
        for matured_item_data in self.matured:
            matured_item = str(matured_item_data)
            matured.append(matured_item)

        renewed = []
        for renewed_item_data in self.renewed:
            renewed_item = str(renewed_item_data)
            renewed.append(renewed_item)

        awaiting_payout = []
        for awaiting_payout_item_data in self.awaiting_payout:
            awaiting_payout_item = str(awaiting_payout_item_data)
            awaiting_payout.append(awaiting_payout_item)

        inactive = []
        for inactive_item_data in self.inactive:
            inactive_item = str(inactive_item_data)
            inactive.append(inactive_item)

        dormant = []
        for dormant_item_data in self.dormant:
            dormant_item = str(dormant_item_data)
            dormant.append(dormant_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on": on,
                "suspended": suspended,
                "closed": closed,
                "matured": matured,
                "renewed": renewed,
                "awaiting_payout": awaiting_payout,
                "inactive": inactive,
                "dormant": dormant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        suspended = []
        _suspended = d.pop("suspended")
        for suspended_item_data in _suspended:
            suspended_item = UUID(suspended_item_data)

            suspended.append(suspended_item)

        closed = []
        _closed = d.pop("closed")
        for closed_item_data in _closed:
            closed_item = UUID(closed_item_data)

            closed.append(closed_item)

        matured = []
        _matured = d.pop("matured")
        for matured_item_data in _matured:
            matured_item = UUID(matured_item_data)

            matured.append(matured_item)

        renewed = []
        _renewed = d.pop("renewed")
        for renewed_item_data in _renewed:
            renewed_item = UUID(renewed_item_data)

            renewed.append(renewed_item)

        awaiting_payout = []
        _awaiting_payout = d.pop("awaiting_payout")
        for awaiting_payout_item_data in _awaiting_payout:
            awaiting_payout_item = UUID(awaiting_payout_item_data)

            awaiting_payout.append(awaiting_payout_item)

        inactive = []
        _inactive = d.pop("inactive")
        for inactive_item_data in _inactive:
            inactive_item = UUID(inactive_item_data)

            inactive.append(inactive_item)

        dormant = []
        _dormant = d.pop("dormant")
        for dormant_item_data in _dormant:
            dormant_item = UUID(dormant_item_data)

            dormant.append(dormant_item)

        daily_run_out = cls(
            on=on,
            suspended=suspended,
            closed=closed,
            matured=matured,
            renewed=renewed,
            awaiting_payout=awaiting_payout,
            inactive=inactive,
            dormant=dormant,
        )

        daily_run_out.additional_properties = d
        return daily_run_out

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
