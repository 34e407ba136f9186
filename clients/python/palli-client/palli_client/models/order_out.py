from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_out import CustomerOut
    from ..models.order_line_out import OrderLineOut


T = TypeVar("T", bound="OrderOut")


@_attrs_define
class OrderOut:
    """
    Attributes:
        id (UUID):
        outlet_id (UUID):
        channel (str):
        partner (None | str):
        customer (CustomerOut):
        note (None | str):
        status (str): reserved | fulfilled | cancelled | expired
        hold_until (datetime.datetime):
        total (str): as priced when reserved, VAT included; the sale is priced when it is made
        vat (str):
        sale_id (None | UUID):
        reason (None | str):
        created_by (str):
        created_at (datetime.datetime):
        closed_at (datetime.datetime | None):
        lines (list[OrderLineOut]):
    """

    id: UUID
    outlet_id: UUID
    channel: str
    partner: None | str
    customer: CustomerOut
    note: None | str
    status: str
    hold_until: datetime.datetime
    total: str
    vat: str
    sale_id: None | UUID
    reason: None | str
    created_by: str
    created_at: datetime.datetime
    closed_at: datetime.datetime | None
    lines: list[OrderLineOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        outlet_id = str(self.outlet_id)

        channel = self.channel

        partner: None | str
        partner = self.partner

        customer = self.customer.to_dict()

        note: None | str
        note = self.note

        status = self.status

        hold_until = self.hold_until.isoformat()

        total = self.total

        vat = self.vat

        sale_id: None | str
        if isinstance(self.sale_id, UUID):
            sale_id = str(self.sale_id)
        else:
            sale_id = self.sale_id

        reason: None | str
        reason = self.reason

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

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
                "channel": channel,
                "partner": partner,
                "customer": customer,
                "note": note,
                "status": status,
                "hold_until": hold_until,
                "total": total,
                "vat": vat,
                "sale_id": sale_id,
                "reason": reason,
                "created_by": created_by,
                "created_at": created_at,
                "closed_at": closed_at,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_out import CustomerOut  # noqa: PLC0415
        from ..models.order_line_out import OrderLineOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        outlet_id = UUID(d.pop("outlet_id"))

        channel = d.pop("channel")

        def _parse_partner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner = _parse_partner(d.pop("partner"))

        customer = CustomerOut.from_dict(d.pop("customer"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        status = d.pop("status")

        hold_until = datetime.datetime.fromisoformat(d.pop("hold_until"))

        total = d.pop("total")

        vat = d.pop("vat")

        def _parse_sale_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sale_id_type_0 = UUID(data)

                return sale_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sale_id = _parse_sale_id(d.pop("sale_id"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = OrderLineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        order_out = cls(
            id=id,
            outlet_id=outlet_id,
            channel=channel,
            partner=partner,
            customer=customer,
            note=note,
            status=status,
            hold_until=hold_until,
            total=total,
            vat=vat,
            sale_id=sale_id,
            reason=reason,
            created_by=created_by,
            created_at=created_at,
            closed_at=closed_at,
            lines=lines,
        )

        order_out.additional_properties = d
        return order_out

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
