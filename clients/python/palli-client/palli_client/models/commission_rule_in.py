from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommissionRuleIn")


@_attrs_define
class CommissionRuleIn:
    """
    Attributes:
        category (str):
        percent (str): the outlet's commission on her goods' sales, net of VAT
        effective_from (datetime.date): applies from this day on: today or later, never the past
        producer_id (None | Unset | UUID): her own rule, which beats the category's; none: every producer's
    """

    category: str
    percent: str
    effective_from: datetime.date
    producer_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        percent = self.percent

        effective_from = self.effective_from.isoformat()

        producer_id: None | str | Unset
        if isinstance(self.producer_id, Unset):
            producer_id = UNSET
        elif isinstance(self.producer_id, UUID):
            producer_id = str(self.producer_id)
        else:
            producer_id = self.producer_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "percent": percent,
                "effective_from": effective_from,
            }
        )
        if producer_id is not UNSET:
            field_dict["producer_id"] = producer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        percent = d.pop("percent")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        def _parse_producer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                producer_id_type_0 = UUID(data)

                return producer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        producer_id = _parse_producer_id(d.pop("producer_id", UNSET))

        commission_rule_in = cls(
            category=category,
            percent=percent,
            effective_from=effective_from,
            producer_id=producer_id,
        )

        return commission_rule_in
