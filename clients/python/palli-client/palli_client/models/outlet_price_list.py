from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="OutletPriceList")


@_attrs_define
class OutletPriceList:
    """
    Attributes:
        price_list_id (None | UUID): the list the outlet sells at; null: the catalogue's prices
    """

    price_list_id: None | UUID

    def to_dict(self) -> dict[str, Any]:
        price_list_id: None | str
        if isinstance(self.price_list_id, UUID):
            price_list_id = str(self.price_list_id)
        else:
            price_list_id = self.price_list_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "price_list_id": price_list_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_price_list_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_list_id_type_0 = UUID(data)

                return price_list_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        price_list_id = _parse_price_list_id(d.pop("price_list_id"))

        outlet_price_list = cls(
            price_list_id=price_list_id,
        )

        return outlet_price_list
