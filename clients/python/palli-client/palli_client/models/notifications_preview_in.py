from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.notifications_preview_in_language import (
    NotificationsPreviewInLanguage,
    check_notifications_preview_in_language,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationsPreviewIn")


@_attrs_define
class NotificationsPreviewIn:
    """
    Attributes:
        event_type (str):
        language (NotificationsPreviewInLanguage | Unset):  Default: 'bn'.
        body (None | str | Unset): the stored template when left out
    """

    event_type: str
    language: NotificationsPreviewInLanguage | Unset = "bn"
    body: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = d.pop("event_type")

        _language = d.pop("language", UNSET)
        language: NotificationsPreviewInLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_notifications_preview_in_language(_language)

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        notifications_preview_in = cls(
            event_type=event_type,
            language=language,
            body=body,
        )

        return notifications_preview_in
