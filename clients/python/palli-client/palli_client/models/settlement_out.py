from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SettlementOut")


@_attrs_define
class SettlementOut:
    """
    Attributes:
        id (UUID):
        on (datetime.date):
        minimum (str):
        payouts (int):
        total (str):
        skipped (int): producers owed that much with no payout destination chosen
        started_at (datetime.datetime):
        finished_at (datetime.datetime | None):
    """

    id: UUID
    on: datetime.date
    minimum: str
    payouts: int
    total: str
    skipped: int
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        on = self.on.isoformat()

        minimum = self.minimum

        payouts = self.payouts

        total = self.total

        skipped = self.skipped

        started_at = self.started_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "on": on,
                "minimum": minimum,
                "payouts": payouts,
                "total": total,
                "skipped": skipped,
                "started_at": started_at,
                "finished_at": finished_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        minimum = d.pop("minimum")

        payouts = d.pop("payouts")

        total = d.pop("total")

        skipped = d.pop("skipped")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        settlement_out = cls(
            id=id,
            on=on,
            minimum=minimum,
            payouts=payouts,
            total=total,
            skipped=skipped,
            started_at=started_at,
            finished_at=finished_at,
        )

        settlement_out.additional_properties = d
        return settlement_out

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
