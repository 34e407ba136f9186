from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_create_channel import OrderCreateChannel, check_order_create_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.sale_line_in import SaleLineIn


T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    """
    Attributes:
        channel (OrderCreateChannel): partner: a partner's order for its customer; online: the online shop's
        customer (Customer):
        lines (list[SaleLineIn]):
        note (None | str | Unset):
        hold_until (datetime.datetime | None | Unset): until when the units are held (with its offset; default 48 hours
            from now)
    """

    channel: OrderCreateChannel
    customer: Customer
    lines: list[SaleLineIn]
    note: None | str | Unset = UNSET
    hold_until: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        customer = self.customer.to_dict()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        hold_until: None | str | Unset
        if isinstance(self.hold_until, Unset):
            hold_until = UNSET
        elif isinstance(self.hold_until, datetime.datetime):
            hold_until = self.hold_until.isoformat()
        else:
            hold_until = self.hold_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
                "customer": customer,
                "lines": lines,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if hold_until is not UNSET:
            field_dict["hold_until"] = hold_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.sale_line_in import SaleLineIn  # noqa: PLC0415

        d = dict(src_dict)
        channel = check_order_create_channel(d.pop("channel"))

        customer = Customer.from_dict(d.pop("customer"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SaleLineIn.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_hold_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hold_until_type_0 = datetime.datetime.fromisoformat(data)

                return hold_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        hold_until = _parse_hold_until(d.pop("hold_until", UNSET))

        order_create = cls(
            channel=channel,
            customer=customer,
            lines=lines,
            note=note,
            hold_until=hold_until,
        )

        return order_create
