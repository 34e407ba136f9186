from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PeriodCloseOut")


@_attrs_define
class PeriodCloseOut:
    """
    Attributes:
        id (UUID):
        branch_id (None | UUID):
        month (str): YYYY-MM
        status (str): closed | reopened
        entry_count (int): posted entries dated in the month when it was closed
        debit_total (str): their total when it was closed
        closed_by (str):
        closed_at (datetime.datetime):
        reopened_by (None | str):
        reopened_at (datetime.datetime | None):
        reopen_reason (None | str):
        version (int):
    """

    id: UUID
    branch_id: None | UUID
    month: str
    status: str
    entry_count: int
    debit_total: str
    closed_by: str
    closed_at: datetime.datetime
    reopened_by: None | str
    reopened_at: datetime.datetime | None
    reopen_reason: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        month = self.month

        status = self.status

        entry_count = self.entry_count

        debit_total = self.debit_total

        closed_by = self.closed_by

        closed_at = self.closed_at.isoformat()

        reopened_by: None | str
        reopened_by = self.reopened_by

        reopened_at: None | str
        if isinstance(self.reopened_at, datetime.datetime):
            reopened_at = self.reopened_at.isoformat()
        else:
            reopened_at = self.reopened_at

        reopen_reason: None | str
        reopen_reason = self.reopen_reason

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "branch_id": branch_id,
                "month": month,
                "status": status,
                "entry_count": entry_count,
                "debit_total": debit_total,
                "closed_by": closed_by,
                "closed_at": closed_at,
                "reopened_by": reopened_by,
                "reopened_at": reopened_at,
                "reopen_reason": reopen_reason,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        month = d.pop("month")

        status = d.pop("status")

        entry_count = d.pop("entry_count")

        debit_total = d.pop("debit_total")

        closed_by = d.pop("closed_by")

        closed_at = datetime.datetime.fromisoformat(d.pop("closed_at"))

        def _parse_reopened_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reopened_by = _parse_reopened_by(d.pop("reopened_by"))

        def _parse_reopened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reopened_at_type_0 = datetime.datetime.fromisoformat(data)

                return reopened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reopened_at = _parse_reopened_at(d.pop("reopened_at"))

        def _parse_reopen_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reopen_reason = _parse_reopen_reason(d.pop("reopen_reason"))

        version = d.pop("version")

        period_close_out = cls(
            id=id,
            branch_id=branch_id,
            month=month,
            status=status,
            entry_count=entry_count,
            debit_total=debit_total,
            closed_by=closed_by,
            closed_at=closed_at,
            reopened_by=reopened_by,
            reopened_at=reopened_at,
            reopen_reason=reopen_reason,
            version=version,
        )

        period_close_out.additional_properties = d
        return period_close_out

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
