from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_change_out_action import BookChangeOutAction, check_book_change_out_action
from ..models.book_change_out_status import BookChangeOutStatus, check_book_change_out_status
from ..models.book_change_out_target import BookChangeOutTarget, check_book_change_out_target

if TYPE_CHECKING:
    from ..models.book_change_out_changes import BookChangeOutChanges
    from ..models.book_change_out_result_type_0 import BookChangeOutResultType0


T = TypeVar("T", bound="BookChangeOut")


@_attrs_define
class BookChangeOut:
    """
    Attributes:
        id (UUID):
        target (BookChangeOutTarget):
        action (BookChangeOutAction):
        target_key (None | str): the rule id or account code (a new rule's once applied)
        base_version (int | None): an update: the target's version it was proposed on
        changes (BookChangeOutChanges): what was proposed
        status (BookChangeOutStatus):
        result (BookChangeOutResultType0 | None): the rule or account as applied
        proposed_by (str):
        proposed_at (datetime.datetime):
        decided_by (None | str):
        decided_at (datetime.datetime | None):
        reason (None | str): why it was rejected
        version (int):
    """

    id: UUID
    target: BookChangeOutTarget
    action: BookChangeOutAction
    target_key: None | str
    base_version: int | None
    changes: BookChangeOutChanges
    status: BookChangeOutStatus
    result: BookChangeOutResultType0 | None
    proposed_by: str
    proposed_at: datetime.datetime
    decided_by: None | str
    decided_at: datetime.datetime | None
    reason: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.book_change_out_result_type_0 import BookChangeOutResultType0  # noqa: PLC0415

        id = str(self.id)

        target: str = self.target

        action: str = self.action

        target_key: None | str
        target_key = self.target_key

        base_version: int | None
        base_version = self.base_version

        changes = self.changes.to_dict()

        status: str = self.status

        result: dict[str, Any] | None
        if isinstance(self.result, BookChangeOutResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        proposed_by = self.proposed_by

        proposed_at = self.proposed_at.isoformat()

        decided_by: None | str
        decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        reason: None | str
        reason = self.reason

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "action": action,
                "target_key": target_key,
                "base_version": base_version,
                "changes": changes,
                "status": status,
                "result": result,
                "proposed_by": proposed_by,
                "proposed_at": proposed_at,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "reason": reason,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_change_out_changes import BookChangeOutChanges  # noqa: PLC0415
        from ..models.book_change_out_result_type_0 import BookChangeOutResultType0  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        target = check_book_change_out_target(d.pop("target"))

        action = check_book_change_out_action(d.pop("action"))

        def _parse_target_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_key = _parse_target_key(d.pop("target_key"))

        def _parse_base_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        base_version = _parse_base_version(d.pop("base_version"))

        changes = BookChangeOutChanges.from_dict(d.pop("changes"))

        status = check_book_change_out_status(d.pop("status"))

        def _parse_result(data: object) -> BookChangeOutResultType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = BookChangeOutResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookChangeOutResultType0 | None, data)

        result = _parse_result(d.pop("result"))

        proposed_by = d.pop("proposed_by")

        proposed_at = datetime.datetime.fromisoformat(d.pop("proposed_at"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        version = d.pop("version")

        book_change_out = cls(
            id=id,
            target=target,
            action=action,
            target_key=target_key,
            base_version=base_version,
            changes=changes,
            status=status,
            result=result,
            proposed_by=proposed_by,
            proposed_at=proposed_at,
            decided_by=decided_by,
            decided_at=decided_at,
            reason=reason,
            version=version,
        )

        book_change_out.additional_properties = d
        return book_change_out

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
