from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SalesRowOut")


@_attrs_define
class SalesRowOut:
    """
    Attributes:
        key (str): the outlet, producer or product id, or the day
        label (str):
        units (int):
        sales (str): what customers paid, VAT included
        vat (str):
        commission (str):
        producer_share (str):
        owned_sales (str): purchased goods' sales, net of VAT
        refunds (str): refunded for returns made in the period, VAT included
        net (str): sales less refunds
    """

    key: str
    label: str
    units: int
    sales: str
    vat: str
    commission: str
    producer_share: str
    owned_sales: str
    refunds: str
    net: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        units = self.units

        sales = self.sales

        vat = self.vat

        commission = self.commission

        producer_share = self.producer_share

        owned_sales = self.owned_sales

        refunds = self.refunds

        net = self.net

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "units": units,
                "sales": sales,
                "vat": vat,
                "commission": commission,
                "producer_share": producer_share,
                "owned_sales": owned_sales,
                "refunds": refunds,
                "net": net,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        units = d.pop("units")

        sales = d.pop("sales")

        vat = d.pop("vat")

        commission = d.pop("commission")

        producer_share = d.pop("producer_share")

        owned_sales = d.pop("owned_sales")

        refunds = d.pop("refunds")

        net = d.pop("net")

        sales_row_out = cls(
            key=key,
            label=label,
            units=units,
            sales=sales,
            vat=vat,
            commission=commission,
            producer_share=producer_share,
            owned_sales=owned_sales,
            refunds=refunds,
            net=net,
        )

        sales_row_out.additional_properties = d
        return sales_row_out

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
