from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommissionRuleOut")


@_attrs_define
class CommissionRuleOut:
    """
    Attributes:
        id (UUID):
        category (str):
        producer_id (None | UUID):
        percent (str):
        effective_from (datetime.date):
    """

    id: UUID
    category: str
    producer_id: None | UUID
    percent: str
    effective_from: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        category = self.category

        producer_id: None | str
        if isinstance(self.producer_id, UUID):
            producer_id = str(self.producer_id)
        else:
            producer_id = self.producer_id

        percent = self.percent

        effective_from = self.effective_from.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "producer_id": producer_id,
                "percent": percent,
                "effective_from": effective_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        category = d.pop("category")

        def _parse_producer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                producer_id_type_0 = UUID(data)

                return producer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        producer_id = _parse_producer_id(d.pop("producer_id"))

        percent = d.pop("percent")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        commission_rule_out = cls(
            id=id,
            category=category,
            producer_id=producer_id,
            percent=percent,
            effective_from=effective_from,
        )

        commission_rule_out.additional_properties = d
        return commission_rule_out

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
