from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaleLineOut")


@_attrs_define
class SaleLineOut:
    """
    Attributes:
        id (UUID):
        product_id (UUID):
        lot_id (UUID):
        producer_id (UUID):
        mode (str): the lot's: a purchased lot's units are the outlet's own sale
        quantity (int):
        returned (int):
        unit_price (str):
        line_total (str):
        vat_rate (str):
        vat (str):
        commission_percent (str):
        commission (str):
        producer_share (str):
        owned_sales (str):
        owned_cost (str):
    """

    id: UUID
    product_id: UUID
    lot_id: UUID
    producer_id: UUID
    mode: str
    quantity: int
    returned: int
    unit_price: str
    line_total: str
    vat_rate: str
    vat: str
    commission_percent: str
    commission: str
    producer_share: str
    owned_sales: str
    owned_cost: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        product_id = str(self.product_id)

        lot_id = str(self.lot_id)

        producer_id = str(self.producer_id)

        mode = self.mode

        quantity = self.quantity

        returned = self.returned

        unit_price = self.unit_price

        line_total = self.line_total

        vat_rate = self.vat_rate

        vat = self.vat

        commission_percent = self.commission_percent

        commission = self.commission

        producer_share = self.producer_share

        owned_sales = self.owned_sales

        owned_cost = self.owned_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "product_id": product_id,
                "lot_id": lot_id,
                "producer_id": producer_id,
                "mode": mode,
                "quantity": quantity,
                "returned": returned,
                "unit_price": unit_price,
                "line_total": line_total,
                "vat_rate": vat_rate,
                "vat": vat,
                "commission_percent": commission_percent,
                "commission": commission,
                "producer_share": producer_share,
                "owned_sales": owned_sales,
                "owned_cost": owned_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        product_id = UUID(d.pop("product_id"))

        lot_id = UUID(d.pop("lot_id"))

        producer_id = UUID(d.pop("producer_id"))

        mode = d.pop("mode")

        quantity = d.pop("quantity")

        returned = d.pop("returned")

        unit_price = d.pop("unit_price")

        line_total = d.pop("line_total")

        vat_rate = d.pop("vat_rate")

        vat = d.pop("vat")

        commission_percent = d.pop("commission_percent")

        commission = d.pop("commission")

        producer_share = d.pop("producer_share")

        owned_sales = d.pop("owned_sales")

        owned_cost = d.pop("owned_cost")

        sale_line_out = cls(
            id=id,
            product_id=product_id,
            lot_id=lot_id,
            producer_id=producer_id,
            mode=mode,
            quantity=quantity,
            returned=returned,
            unit_price=unit_price,
            line_total=line_total,
            vat_rate=vat_rate,
            vat=vat,
            commission_percent=commission_percent,
            commission=commission,
            producer_share=producer_share,
            owned_sales=owned_sales,
            owned_cost=owned_cost,
        )

        sale_line_out.additional_properties = d
        return sale_line_out

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
