from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketplaceProductOut")


@_attrs_define
class MarketplaceProductOut:
    """
    Attributes:
        id (UUID):
        producer_id (UUID):
        code (str):
        name (str):
        name_bn (str):
        category (str):
        unit (str):
        photos (list[Any] | None):
        producer_price (str):
        retail_price (str):
        active (bool):
    """

    id: UUID
    producer_id: UUID
    code: str
    name: str
    name_bn: str
    category: str
    unit: str
    photos: list[Any] | None
    producer_price: str
    retail_price: str
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        producer_id = str(self.producer_id)

        code = self.code

        name = self.name

        name_bn = self.name_bn

        category = self.category

        unit = self.unit

        photos: list[Any] | None
        if isinstance(self.photos, list):
            photos = self.photos

        else:
            photos = self.photos

        producer_price = self.producer_price

        retail_price = self.retail_price

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "producer_id": producer_id,
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "category": category,
                "unit": unit,
                "photos": photos,
                "producer_price": producer_price,
                "retail_price": retail_price,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        producer_id = UUID(d.pop("producer_id"))

        code = d.pop("code")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        category = d.pop("category")

        unit = d.pop("unit")

        def _parse_photos(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                photos_type_0 = cast(list[Any], data)

                return photos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        photos = _parse_photos(d.pop("photos"))

        producer_price = d.pop("producer_price")

        retail_price = d.pop("retail_price")

        active = d.pop("active")

        marketplace_product_out = cls(
            id=id,
            producer_id=producer_id,
            code=code,
            name=name,
            name_bn=name_bn,
            category=category,
            unit=unit,
            photos=photos,
            producer_price=producer_price,
            retail_price=retail_price,
            active=active,
        )

        marketplace_product_out.additional_properties = d
        return marketplace_product_out

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
