from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sale_line_out import SaleLineOut


T = TypeVar("T", bound="SaleOut")


@_attrs_define
class SaleOut:
    """The receipt: totals with VAT shown, and each line's split.

    Attributes:
        id (UUID):
        outlet_id (UUID):
        client_id (str):
        sold_at (datetime.datetime):
        channel (str):
        reference (None | str):
        order_id (None | UUID):
        total (str):
        vat (str):
        commission (str):
        producer_share (str):
        owned_sales (str):
        owned_cost (str):
        refunded (str):
        lines (list[SaleLineOut]):
    """

    id: UUID
    outlet_id: UUID
    client_id: str
    sold_at: datetime.datetime
    channel: str
    reference: None | str
    order_id: None | UUID
    total: str
    vat: str
    commission: str
    producer_share: str
    owned_sales: str
    owned_cost: str
    refunded: str
    lines: list[SaleLineOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        outlet_id = str(self.outlet_id)

        client_id = self.client_id

        sold_at = self.sold_at.isoformat()

        channel = self.channel

        reference: None | str
        reference = self.reference

        order_id: None | str
        if isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id

        total = self.total

        vat = self.vat

        commission = self.commission

        producer_share = self.producer_share

        owned_sales = self.owned_sales

        owned_cost = self.owned_cost

        refunded = self.refunded

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "outlet_id": outlet_id,
                "client_id": client_id,
                "sold_at": sold_at,
                "channel": channel,
                "reference": reference,
                "order_id": order_id,
                "total": total,
                "vat": vat,
                "commission": commission,
                "producer_share": producer_share,
                "owned_sales": owned_sales,
                "owned_cost": owned_cost,
                "refunded": refunded,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_line_out import SaleLineOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        outlet_id = UUID(d.pop("outlet_id"))

        client_id = d.pop("client_id")

        sold_at = datetime.datetime.fromisoformat(d.pop("sold_at"))

        channel = d.pop("channel")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_order_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_id_type_0 = UUID(data)

                return order_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        order_id = _parse_order_id(d.pop("order_id"))

        total = d.pop("total")

        vat = d.pop("vat")

        commission = d.pop("commission")

        producer_share = d.pop("producer_share")

        owned_sales = d.pop("owned_sales")

        owned_cost = d.pop("owned_cost")

        refunded = d.pop("refunded")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SaleLineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        sale_out = cls(
            id=id,
            outlet_id=outlet_id,
            client_id=client_id,
            sold_at=sold_at,
            channel=channel,
            reference=reference,
            order_id=order_id,
            total=total,
            vat=vat,
            commission=commission,
            producer_share=producer_share,
            owned_sales=owned_sales,
            owned_cost=owned_cost,
            refunded=refunded,
            lines=lines,
        )

        sale_out.additional_properties = d
        return sale_out

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
