from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notifications_preview_out import NotificationsPreviewOut


T = TypeVar("T", bound="TemplateOut")


@_attrs_define
class TemplateOut:
    """
    Attributes:
        event_type (str):
        language (str):
        body (str):
        enabled (bool):
        version (int):
        updated_at (datetime.datetime):
        updated_by (None | str):
        placeholders (list[str]):
        preview (NotificationsPreviewOut):
    """

    event_type: str
    language: str
    body: str
    enabled: bool
    version: int
    updated_at: datetime.datetime
    updated_by: None | str
    placeholders: list[str]
    preview: NotificationsPreviewOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        language = self.language

        body = self.body

        enabled = self.enabled

        version = self.version

        updated_at = self.updated_at.isoformat()

        updated_by: None | str
        updated_by = self.updated_by

        placeholders = self.placeholders

        preview = self.preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "language": language,
                "body": body,
                "enabled": enabled,
                "version": version,
                "updated_at": updated_at,
                "updated_by": updated_by,
                "placeholders": placeholders,
                "preview": preview,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notifications_preview_out import NotificationsPreviewOut  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("event_type")

        language = d.pop("language")

        body = d.pop("body")

        enabled = d.pop("enabled")

        version = d.pop("version")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        placeholders = cast(list[str], d.pop("placeholders"))

        preview = NotificationsPreviewOut.from_dict(d.pop("preview"))

        template_out = cls(
            event_type=event_type,
            language=language,
            body=body,
            enabled=enabled,
            version=version,
            updated_at=updated_at,
            updated_by=updated_by,
            placeholders=placeholders,
            preview=preview,
        )

        template_out.additional_properties = d
        return template_out

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
