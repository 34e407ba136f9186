from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_line import RuleLine


T = TypeVar("T", bound="RuleCreate")


@_attrs_define
class RuleCreate:
    """
    Attributes:
        event_type (str): e.g. lending.loan.fee_charged
        description (str):
        lines (list[RuleLine]): [] (with no_posting: true) for an event that moves no money
        channel (None | str | Unset): cash, mobile_wallet, savings...; null: any channel without a rule of its own
        no_posting (bool | Unset): true says, on purpose, that the event books nothing (lines []) Default: False.
        active (bool | Unset):  Default: True.
    """

    event_type: str
    description: str
    lines: list[RuleLine]
    channel: None | str | Unset = UNSET
    no_posting: bool | Unset = False
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        description = self.description

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        no_posting = self.no_posting

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_type": event_type,
                "description": description,
                "lines": lines,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if no_posting is not UNSET:
            field_dict["no_posting"] = no_posting
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_line import RuleLine  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("event_type")

        description = d.pop("description")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = RuleLine.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        no_posting = d.pop("no_posting", UNSET)

        active = d.pop("active", UNSET)

        rule_create = cls(
            event_type=event_type,
            description=description,
            lines=lines,
            channel=channel,
            no_posting=no_posting,
            active=active,
        )

        return rule_create
