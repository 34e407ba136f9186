from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_out_lines_item import RuleOutLinesItem


T = TypeVar("T", bound="RuleOut")


@_attrs_define
class RuleOut:
    """
    Attributes:
        id (UUID):
        event_type (str):
        channel (None | str):
        description (str):
        lines (list[RuleOutLinesItem]):
        no_posting (bool): the rule books nothing for its event (lines [])
        active (bool):
        version (int):
        created_by (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    event_type: str
    channel: None | str
    description: str
    lines: list[RuleOutLinesItem]
    no_posting: bool
    active: bool
    version: int
    created_by: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        event_type = self.event_type

        channel: None | str
        channel = self.channel

        description = self.description

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        no_posting = self.no_posting

        active = self.active

        version = self.version

        created_by: None | str
        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "channel": channel,
                "description": description,
                "lines": lines,
                "no_posting": no_posting,
                "active": active,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_out_lines_item import RuleOutLinesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        event_type = d.pop("event_type")

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        description = d.pop("description")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = RuleOutLinesItem.from_dict(lines_item_data)

            lines.append(lines_item)

        no_posting = d.pop("no_posting")

        active = d.pop("active")

        version = d.pop("version")

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rule_out = cls(
            id=id,
            event_type=event_type,
            channel=channel,
            description=description,
            lines=lines,
            no_posting=no_posting,
            active=active,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        rule_out.additional_properties = d
        return rule_out

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
