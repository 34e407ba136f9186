from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sale_create_channel import SaleCreateChannel, check_sale_create_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_line_in import SaleLineIn


T = TypeVar("T", bound="SaleCreate")


@_attrs_define
class SaleCreate:
    """
    Attributes:
        client_id (str): the tablet's own id for the sale: posting it again changes nothing
        sold_at (datetime.datetime): when it was sold (the tablet's clock, with its offset)
        channel (SaleCreateChannel):
        lines (list[SaleLineIn]):
        reference (None | str | Unset): the wallet or QR transaction (required but for cash)
    """

    client_id: str
    sold_at: datetime.datetime
    channel: SaleCreateChannel
    lines: list[SaleLineIn]
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        sold_at = self.sold_at.isoformat()

        channel: str = self.channel

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "sold_at": sold_at,
                "channel": channel,
                "lines": lines,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_line_in import SaleLineIn  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

        sold_at = datetime.datetime.fromisoformat(d.pop("sold_at"))

        channel = check_sale_create_channel(d.pop("channel"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SaleLineIn.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        sale_create = cls(
            client_id=client_id,
            sold_at=sold_at,
            channel=channel,
            lines=lines,
            reference=reference,
        )

        return sale_create
