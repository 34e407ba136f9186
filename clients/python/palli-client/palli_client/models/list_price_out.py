from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListPriceOut")


@_attrs_define
class ListPriceOut:
    """
    Attributes:
        price_list_id (UUID):
        product_id (UUID):
        retail_price (str):
        effective_from (datetime.date):
    """

    price_list_id: UUID
    product_id: UUID
    retail_price: str
    effective_from: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_list_id = str(self.price_list_id)

        product_id = str(self.product_id)

        retail_price = self.retail_price

        effective_from = self.effective_from.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_list_id": price_list_id,
                "product_id": product_id,
                "retail_price": retail_price,
                "effective_from": effective_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_list_id = UUID(d.pop("price_list_id"))

        product_id = UUID(d.pop("product_id"))

        retail_price = d.pop("retail_price")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        list_price_out = cls(
            price_list_id=price_list_id,
            product_id=product_id,
            retail_price=retail_price,
            effective_from=effective_from,
        )

        list_price_out.additional_properties = d
        return list_price_out

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
