from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RateChange")


@_attrs_define
class RateChange:
    """
    Attributes:
        effective_from (datetime.date): the first day the rate applies to: today or later
        annual_rate (str):
    """

    effective_from: datetime.date
    annual_rate: str

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        annual_rate = self.annual_rate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_from": effective_from,
                "annual_rate": annual_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        annual_rate = d.pop("annual_rate")

        rate_change = cls(
            effective_from=effective_from,
            annual_rate=annual_rate,
        )

        return rate_change
