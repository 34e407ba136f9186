from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.marketplace_product_create_unit import MarketplaceProductCreateUnit, check_marketplace_product_create_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceProductCreate")


@_attrs_define
class MarketplaceProductCreate:
    """
    Attributes:
        producer_id (UUID):
        code (str):
        name (str):
        name_bn (str):
        category (str):
        unit (MarketplaceProductCreateUnit):
        producer_price (str): what she is paid a unit
        retail_price (str): the outlets' price, VAT included
        photos (list[str] | Unset):
    """

    producer_id: UUID
    code: str
    name: str
    name_bn: str
    category: str
    unit: MarketplaceProductCreateUnit
    producer_price: str
    retail_price: str
    photos: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        producer_id = str(self.producer_id)

        code = self.code

        name = self.name

        name_bn = self.name_bn

        category = self.category

        unit: str = self.unit

        producer_price = self.producer_price

        retail_price = self.retail_price

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "producer_id": producer_id,
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "category": category,
                "unit": unit,
                "producer_price": producer_price,
                "retail_price": retail_price,
            }
        )
        if photos is not UNSET:
            field_dict["photos"] = photos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        producer_id = UUID(d.pop("producer_id"))

        code = d.pop("code")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        category = d.pop("category")

        unit = check_marketplace_product_create_unit(d.pop("unit"))

        producer_price = d.pop("producer_price")

        retail_price = d.pop("retail_price")

        photos = cast(list[str], d.pop("photos", UNSET))

        marketplace_product_create = cls(
            producer_id=producer_id,
            code=code,
            name=name,
            name_bn=name_bn,
            category=category,
            unit=unit,
            producer_price=producer_price,
            retail_price=retail_price,
            photos=photos,
        )

        return marketplace_product_create
