from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StockBucketOut")


@_attrs_define
class StockBucketOut:
    """
    Attributes:
        quantity (int):
        reserved (int):
        retail_value (str):
        producer_value (str):
        bucket (str):
    """

    quantity: int
    reserved: int
    retail_value: str
    producer_value: str
    bucket: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        reserved = self.reserved

        retail_value = self.retail_value

        producer_value = self.producer_value

        bucket = self.bucket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "reserved": reserved,
                "retail_value": retail_value,
                "producer_value": producer_value,
                "bucket": bucket,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        reserved = d.pop("reserved")

        retail_value = d.pop("retail_value")

        producer_value = d.pop("producer_value")

        bucket = d.pop("bucket")

        stock_bucket_out = cls(
            quantity=quantity,
            reserved=reserved,
            retail_value=retail_value,
            producer_value=producer_value,
            bucket=bucket,
        )

        stock_bucket_out.additional_properties = d
        return stock_bucket_out

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
