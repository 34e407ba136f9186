from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationsPreviewOut")


@_attrs_define
class NotificationsPreviewOut:
    """
    Attributes:
        event_type (str):
        language (str):
        text (str): the body rendered with long sample names and amounts
        encoding (str):
        units (int): septets (GSM-7) or UTF-16 code units (UCS-2)
        segments (int):
        per_segment (int):
    """

    event_type: str
    language: str
    text: str
    encoding: str
    units: int
    segments: int
    per_segment: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        language = self.language

        text = self.text

        encoding = self.encoding

        units = self.units

        segments = self.segments

        per_segment = self.per_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "language": language,
                "text": text,
                "encoding": encoding,
                "units": units,
                "segments": segments,
                "per_segment": per_segment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = d.pop("event_type")

        language = d.pop("language")

        text = d.pop("text")

        encoding = d.pop("encoding")

        units = d.pop("units")

        segments = d.pop("segments")

        per_segment = d.pop("per_segment")

        notifications_preview_out = cls(
            event_type=event_type,
            language=language,
            text=text,
            encoding=encoding,
            units=units,
            segments=segments,
            per_segment=per_segment,
        )

        notifications_preview_out.additional_properties = d
        return notifications_preview_out

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
