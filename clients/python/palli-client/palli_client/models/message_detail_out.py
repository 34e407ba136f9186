from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.history_out import HistoryOut


T = TypeVar("T", bound="MessageDetailOut")


@_attrs_define
class MessageDetailOut:
    """
    Attributes:
        id (UUID):
        member_id (UUID):
        branch_id (UUID):
        loan_id (None | UUID):
        source_event_id (UUID):
        source_event_type (str):
        channel (str):
        status (str):
        reason (None | str): suppressed: exited member, opted out, no mobile, no or disabled template; held: contact
            unknown
        language (None | str):
        to (None | str): the member's number, masked
        body (None | str):
        encoding (None | str): GSM-7 or UCS-2
        segments (int | None): SMS parts the text takes (what the gateway bills)
        attempts (int):
        resends (int):
        last_error (None | str):
        provider_message_id (None | str):
        next_attempt_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        sent_at (datetime.datetime | None):
        delivered_at (datetime.datetime | None):
        history (list[HistoryOut]):
    """

    id: UUID
    member_id: UUID
    branch_id: UUID
    loan_id: None | UUID
    source_event_id: UUID
    source_event_type: str
    channel: str
    status: str
    reason: None | str
    language: None | str
    to: None | str
    body: None | str
    encoding: None | str
    segments: int | None
    attempts: int
    resends: int
    last_error: None | str
    provider_message_id: None | str
    next_attempt_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sent_at: datetime.datetime | None
    delivered_at: datetime.datetime | None
    history: list[HistoryOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        member_id = str(self.member_id)

        branch_id = str(self.branch_id)

        loan_id: None | str
        if isinstance(self.loan_id, UUID):
            loan_id = str(self.loan_id)
        else:
            loan_id = self.loan_id

        source_event_id = str(self.source_event_id)

        source_event_type = self.source_event_type

        channel = self.channel

        status = self.status

        reason: None | str
        reason = self.reason

        language: None | str
        language = self.language

        to: None | str
        to = self.to

        body: None | str
        body = self.body

        encoding: None | str
        encoding = self.encoding

        segments: int | None
        segments = self.segments

        attempts = self.attempts

        resends = self.resends

        last_error: None | str
        last_error = self.last_error

        provider_message_id: None | str
        provider_message_id = self.provider_message_id

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "member_id": member_id,
                "branch_id": branch_id,
                "loan_id": loan_id,
                "source_event_id": source_event_id,
                "source_event_type": source_event_type,
                "channel": channel,
                "status": status,
                "reason": reason,
                "language": language,
                "to": to,
                "body": body,
                "encoding": encoding,
                "segments": segments,
                "attempts": attempts,
                "resends": resends,
                "last_error": last_error,
                "provider_message_id": provider_message_id,
                "next_attempt_at": next_attempt_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "sent_at": sent_at,
                "delivered_at": delivered_at,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_out import HistoryOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        member_id = UUID(d.pop("member_id"))

        branch_id = UUID(d.pop("branch_id"))

        def _parse_loan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                loan_id_type_0 = UUID(data)

                return loan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        loan_id = _parse_loan_id(d.pop("loan_id"))

        source_event_id = UUID(d.pop("source_event_id"))

        source_event_type = d.pop("source_event_type")

        channel = d.pop("channel")

        status = d.pop("status")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        def _parse_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to = _parse_to(d.pop("to"))

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        def _parse_encoding(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        encoding = _parse_encoding(d.pop("encoding"))

        def _parse_segments(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        segments = _parse_segments(d.pop("segments"))

        attempts = d.pop("attempts")

        resends = d.pop("resends")

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_provider_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_message_id = _parse_provider_message_id(d.pop("provider_message_id"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = HistoryOut.from_dict(history_item_data)

            history.append(history_item)

        message_detail_out = cls(
            id=id,
            member_id=member_id,
            branch_id=branch_id,
            loan_id=loan_id,
            source_event_id=source_event_id,
            source_event_type=source_event_type,
            channel=channel,
            status=status,
            reason=reason,
            language=language,
            to=to,
            body=body,
            encoding=encoding,
            segments=segments,
            attempts=attempts,
            resends=resends,
            last_error=last_error,
            provider_message_id=provider_message_id,
            next_attempt_at=next_attempt_at,
            created_at=created_at,
            updated_at=updated_at,
            sent_at=sent_at,
            delivered_at=delivered_at,
            history=history,
        )

        message_detail_out.additional_properties = d
        return message_detail_out

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
