from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ListPriceIn")


@_attrs_define
class ListPriceIn:
    """
    Attributes:
        product_id (UUID):
        retail_price (str): a unit's price on this list, VAT included
        effective_from (datetime.date): applies from this day on: today or later, never the past
    """

    product_id: UUID
    retail_price: str
    effective_from: datetime.date

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        retail_price = self.retail_price

        effective_from = self.effective_from.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_id": product_id,
                "retail_price": retail_price,
                "effective_from": effective_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = UUID(d.pop("product_id"))

        retail_price = d.pop("retail_price")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        list_price_in = cls(
            product_id=product_id,
            retail_price=retail_price,
            effective_from=effective_from,
        )

        return list_price_in
