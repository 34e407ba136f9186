from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.return_out_lines_item import ReturnOutLinesItem


T = TypeVar("T", bound="ReturnOut")


@_attrs_define
class ReturnOut:
    """
    Attributes:
        id (UUID):
        sale_id (UUID):
        on (datetime.date):
        reason (str):
        restocked (bool):
        channel (str):
        reference (None | str):
        amount (str):
        lines (list[ReturnOutLinesItem]):
    """

    id: UUID
    sale_id: UUID
    on: datetime.date
    reason: str
    restocked: bool
    channel: str
    reference: None | str
    amount: str
    lines: list[ReturnOutLinesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        sale_id = str(self.sale_id)

        on = self.on.isoformat()

        reason = self.reason

        restocked = self.restocked

        channel = self.channel

        reference: None | str
        reference = self.reference

        amount = self.amount

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sale_id": sale_id,
                "on": on,
                "reason": reason,
                "restocked": restocked,
                "channel": channel,
                "reference": reference,
                "amount": amount,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_out_lines_item import ReturnOutLinesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        sale_id = UUID(d.pop("sale_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        reason = d.pop("reason")

        restocked = d.pop("restocked")

        channel = d.pop("channel")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        amount = d.pop("amount")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ReturnOutLinesItem.from_dict(lines_item_data)

            lines.append(lines_item)

        return_out = cls(
            id=id,
            sale_id=sale_id,
            on=on,
            reason=reason,
            restocked=restocked,
            channel=channel,
            reference=reference,
            amount=amount,
            lines=lines,
        )

        return_out.additional_properties = d
        return return_out

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
