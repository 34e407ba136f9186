from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodCloseIn")


@_attrs_define
class PeriodCloseIn:
    """
    Attributes:
        month (str): the month to close, e.g. "2026-11"; it must have ended
        branch_id (None | Unset | UUID): null: head office's own entries (those without a branch)
    """

    month: str
    branch_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        elif isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        def _parse_branch_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        period_close_in = cls(
            month=month,
            branch_id=branch_id,
        )

        return period_close_in
