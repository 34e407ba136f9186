from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockOut")


@_attrs_define
class StockOut:
    """
    Attributes:
        outlet_id (UUID):
        lot_id (UUID):
        product_id (UUID):
        product_code (str):
        mode (str):
        received_on (datetime.date):
        quantity (int): units on hand at the outlet, reserved ones included
        reserved (int | Unset): units held for open orders: only quantity - reserved may be sold at the till Default: 0.
    """

    outlet_id: UUID
    lot_id: UUID
    product_id: UUID
    product_code: str
    mode: str
    received_on: datetime.date
    quantity: int
    reserved: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outlet_id = str(self.outlet_id)

        lot_id = str(self.lot_id)

        product_id = str(self.product_id)

        product_code = self.product_code

        mode = self.mode

        received_on = self.received_on.isoformat()

        quantity = self.quantity

        reserved = self.reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outlet_id": outlet_id,
                "lot_id": lot_id,
                "product_id": product_id,
                "product_code": product_code,
                "mode": mode,
                "received_on": received_on,
                "quantity": quantity,
            }
        )
        if reserved is not UNSET:
            field_dict["reserved"] = reserved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outlet_id = UUID(d.pop("outlet_id"))

        lot_id = UUID(d.pop("lot_id"))

        product_id = UUID(d.pop("product_id"))

        product_code = d.pop("product_code")

        mode = d.pop("mode")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        quantity = d.pop("quantity")

        reserved = d.pop("reserved", UNSET)

        stock_out = cls(
            outlet_id=outlet_id,
            lot_id=lot_id,
            product_id=product_id,
            product_code=product_code,
            mode=mode,
            received_on=received_on,
            quantity=quantity,
            reserved=reserved,
        )

        stock_out.additional_properties = d
        return stock_out

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
