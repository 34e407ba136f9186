from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VatRateIn")


@_attrs_define
class VatRateIn:
    """
    Attributes:
        category (str): a product category; a new one becomes one products may be listed in
        rate (str): VAT percent, included in retail prices
        effective_from (datetime.date): applies from this day on: today or later, never the past
    """

    category: str
    rate: str
    effective_from: datetime.date

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        rate = self.rate

        effective_from = self.effective_from.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "rate": rate,
                "effective_from": effective_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        rate = d.pop("rate")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        vat_rate_in = cls(
            category=category,
            rate=rate,
            effective_from=effective_from,
        )

        return vat_rate_in
