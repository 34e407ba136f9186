from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_out import LineOut


T = TypeVar("T", bound="EntryOut")


@_attrs_define
class EntryOut:
    """
    Attributes:
        id (UUID):
        kind (str):
        status (str):
        source_event_id (None | UUID):
        source_event_type (None | str):
        aggregate_type (None | str):
        aggregate_id (None | str):
        rule_id (None | UUID):
        branch_id (None | UUID):
        posted_on (datetime.date):
        description (str):
        reference (None | str):
        correlation_id (None | str):
        reverses_entry_id (None | UUID):
        total (str):
        created_by (None | str):
        approved_by (None | str): who approved it (posted) or rejected it (rejected)
        rejection_reason (None | str):
        version (int):
        created_at (datetime.datetime):
        posted_at (datetime.datetime | None):
        lines (list[LineOut]):
        original_posted_on (datetime.date | None | Unset): the date its event asked for, when that month was closed (the
            entry went to the first open day)
    """

    id: UUID
    kind: str
    status: str
    source_event_id: None | UUID
    source_event_type: None | str
    aggregate_type: None | str
    aggregate_id: None | str
    rule_id: None | UUID
    branch_id: None | UUID
    posted_on: datetime.date
    description: str
    reference: None | str
    correlation_id: None | str
    reverses_entry_id: None | UUID
    total: str
    created_by: None | str
    approved_by: None | str
    rejection_reason: None | str
    version: int
    created_at: datetime.datetime
    posted_at: datetime.datetime | None
    lines: list[LineOut]
    original_posted_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        status = self.status

        source_event_id: None | str
        if isinstance(self.source_event_id, UUID):
            source_event_id = str(self.source_event_id)
        else:
            source_event_id = self.source_event_id

        source_event_type: None | str
        source_event_type = self.source_event_type

        aggregate_type: None | str
        aggregate_type = self.aggregate_type

        aggregate_id: None | str
        aggregate_id = self.aggregate_id

        rule_id: None | str
        if isinstance(self.rule_id, UUID):
            rule_id = str(self.rule_id)
        else:
            rule_id = self.rule_id

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        posted_on = self.posted_on.isoformat()

        description = self.description

        reference: None | str
        reference = self.reference

        correlation_id: None | str
        correlation_id = self.correlation_id

        reverses_entry_id: None | str
        if isinstance(self.reverses_entry_id, UUID):
            reverses_entry_id = str(self.reverses_entry_id)
        else:
            reverses_entry_id = self.reverses_entry_id

        total = self.total

        created_by: None | str
        created_by = self.created_by

        approved_by: None | str
        approved_by = self.approved_by

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        version = self.version

        created_at = self.created_at.isoformat()

        posted_at: None | str
        if isinstance(self.posted_at, datetime.datetime):
            posted_at = self.posted_at.isoformat()
        else:
            posted_at = self.posted_at

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        original_posted_on: None | str | Unset
        if isinstance(self.original_posted_on, Unset):
            original_posted_on = UNSET
        elif isinstance(self.original_posted_on, datetime.date):
            original_posted_on = self.original_posted_on.isoformat()
        else:
            original_posted_on = self.original_posted_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "status": status,
                "source_event_id": source_event_id,
                "source_event_type": source_event_type,
                "aggregate_type": aggregate_type,
                "aggregate_id": aggregate_id,
                "rule_id": rule_id,
                "branch_id": branch_id,
                "posted_on": posted_on,
                "description": description,
                "reference": reference,
                "correlation_id": correlation_id,
                "reverses_entry_id": reverses_entry_id,
                "total": total,
                "created_by": created_by,
                "approved_by": approved_by,
                "rejection_reason": rejection_reason,
                "version": version,
                "created_at": created_at,
                "posted_at": posted_at,
                "lines": lines,
            }
        )
        if original_posted_on is not UNSET:
            field_dict["original_posted_on"] = original_posted_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_out import LineOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        status = d.pop("status")

        def _parse_source_event_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_event_id_type_0 = UUID(data)

                return source_event_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        source_event_id = _parse_source_event_id(d.pop("source_event_id"))

        def _parse_source_event_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_event_type = _parse_source_event_type(d.pop("source_event_type"))

        def _parse_aggregate_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aggregate_type = _parse_aggregate_type(d.pop("aggregate_type"))

        def _parse_aggregate_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aggregate_id = _parse_aggregate_id(d.pop("aggregate_id"))

        def _parse_rule_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_id_type_0 = UUID(data)

                return rule_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        rule_id = _parse_rule_id(d.pop("rule_id"))

        def _parse_branch_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        posted_on = datetime.date.fromisoformat(d.pop("posted_on"))

        description = d.pop("description")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_correlation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        correlation_id = _parse_correlation_id(d.pop("correlation_id"))

        def _parse_reverses_entry_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reverses_entry_id_type_0 = UUID(data)

                return reverses_entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reverses_entry_id = _parse_reverses_entry_id(d.pop("reverses_entry_id"))

        total = d.pop("total")

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_posted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                posted_at_type_0 = datetime.datetime.fromisoformat(data)

                return posted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        posted_at = _parse_posted_at(d.pop("posted_at"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = LineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_original_posted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                original_posted_on_type_0 = datetime.date.fromisoformat(data)

                return original_posted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        original_posted_on = _parse_original_posted_on(d.pop("original_posted_on", UNSET))

        entry_out = cls(
            id=id,
            kind=kind,
            status=status,
            source_event_id=source_event_id,
            source_event_type=source_event_type,
            aggregate_type=aggregate_type,
            aggregate_id=aggregate_id,
            rule_id=rule_id,
            branch_id=branch_id,
            posted_on=posted_on,
            description=description,
            reference=reference,
            correlation_id=correlation_id,
            reverses_entry_id=reverses_entry_id,
            total=total,
            created_by=created_by,
            approved_by=approved_by,
            rejection_reason=rejection_reason,
            version=version,
            created_at=created_at,
            posted_at=posted_at,
            lines=lines,
            original_posted_on=original_posted_on,
        )

        entry_out.additional_properties = d
        return entry_out

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
