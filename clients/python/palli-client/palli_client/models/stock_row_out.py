from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StockRowOut")


@_attrs_define
class StockRowOut:
    """
    Attributes:
        outlet_id (UUID):
        outlet_code (str):
        product_id (UUID):
        product_code (str):
        product_name (str):
        lot_id (UUID):
        producer_id (UUID):
        mode (str):
        quantity (int):
        reserved (int): held for orders, within quantity
        received_on (datetime.date):
        age_days (int):
        bucket (str): 0-30 | 31-60 | 61-90 | 90+ days since received
        retail_price (str): the lot's markdown at this outlet, else the price list
        producer_price (str):
        retail_value (str):
        producer_value (str): at the producer's price (a purchased lot: what it cost)
    """

    outlet_id: UUID
    outlet_code: str
    product_id: UUID
    product_code: str
    product_name: str
    lot_id: UUID
    producer_id: UUID
    mode: str
    quantity: int
    reserved: int
    received_on: datetime.date
    age_days: int
    bucket: str
    retail_price: str
    producer_price: str
    retail_value: str
    producer_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outlet_id = str(self.outlet_id)

        outlet_code = self.outlet_code

        product_id = str(self.product_id)

        product_code = self.product_code

        product_name = self.product_name

        lot_id = str(self.lot_id)

        producer_id = str(self.producer_id)

        mode = self.mode

        quantity = self.quantity

        reserved = self.reserved

        received_on = self.received_on.isoformat()

        age_days = self.age_days

        bucket = self.bucket

        retail_price = self.retail_price

        producer_price = self.producer_price

        retail_value = self.retail_value

        producer_value = self.producer_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outlet_id": outlet_id,
                "outlet_code": outlet_code,
                "product_id": product_id,
                "product_code": product_code,
                "product_name": product_name,
                "lot_id": lot_id,
                "producer_id": producer_id,
                "mode": mode,
                "quantity": quantity,
                "reserved": reserved,
                "received_on": received_on,
                "age_days": age_days,
                "bucket": bucket,
                "retail_price": retail_price,
                "producer_price": producer_price,
                "retail_value": retail_value,
                "producer_value": producer_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outlet_id = UUID(d.pop("outlet_id"))

        outlet_code = d.pop("outlet_code")

        product_id = UUID(d.pop("product_id"))

        product_code = d.pop("product_code")

        product_name = d.pop("product_name")

        lot_id = UUID(d.pop("lot_id"))

        producer_id = UUID(d.pop("producer_id"))

        mode = d.pop("mode")

        quantity = d.pop("quantity")

        reserved = d.pop("reserved")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        age_days = d.pop("age_days")

        bucket = d.pop("bucket")

        retail_price = d.pop("retail_price")

        producer_price = d.pop("producer_price")

        retail_value = d.pop("retail_value")

        producer_value = d.pop("producer_value")

        stock_row_out = cls(
            outlet_id=outlet_id,
            outlet_code=outlet_code,
            product_id=product_id,
            product_code=product_code,
            product_name=product_name,
            lot_id=lot_id,
            producer_id=producer_id,
            mode=mode,
            quantity=quantity,
            reserved=reserved,
            received_on=received_on,
            age_days=age_days,
            bucket=bucket,
            retail_price=retail_price,
            producer_price=producer_price,
            retail_value=retail_value,
            producer_value=producer_value,
        )

        stock_row_out.additional_properties = d
        return stock_row_out

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
