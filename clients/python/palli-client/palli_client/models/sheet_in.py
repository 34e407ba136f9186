from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_in import LineIn
    from ..models.savings_in import SavingsIn


T = TypeVar("T", bound="SheetIn")


@_attrs_define
class SheetIn:
    """
    Attributes:
        group_id (UUID):
        meeting_on (datetime.date): the meeting's date, today or a past business day: anyone taking money may date it
            back to the previous business day (LENDING_BACKDATE_BUSINESS_DAYS), further back only a branch manager or admin
            with a `backdate_reason`; a future date is refused; every line is paid on it
        lines (list[LineIn] | Unset): installments collected
        savings (list[SavingsIn] | Unset): savings collected, each for one of her accounts (savings credits them from
            the sheet's event)
        backdate_reason (None | str | Unset): why the meeting is entered beyond the back-dating window (managers only)
    """

    group_id: UUID
    meeting_on: datetime.date
    lines: list[LineIn] | Unset = UNSET
    savings: list[SavingsIn] | Unset = UNSET
    backdate_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        group_id = str(self.group_id)

        meeting_on = self.meeting_on.isoformat()

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        savings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.savings, Unset):
            savings = []
            for savings_item_data in self.savings:
                savings_item = savings_item_data.to_dict()
                savings.append(savings_item)

        backdate_reason: None | str | Unset
        if isinstance(self.backdate_reason, Unset):
            backdate_reason = UNSET
        else:
            backdate_reason = self.backdate_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group_id": group_id,
                "meeting_on": meeting_on,
            }
        )
        if lines is not UNSET:
            field_dict["lines"] = lines
        if savings is not UNSET:
            field_dict["savings"] = savings
        if backdate_reason is not UNSET:
            field_dict["backdate_reason"] = backdate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_in import LineIn  # noqa: PLC0415
        from ..models.savings_in import SavingsIn  # noqa: PLC0415

        d = dict(src_dict)
        group_id = UUID(d.pop("group_id"))

        meeting_on = datetime.date.fromisoformat(d.pop("meeting_on"))

        _lines = d.pop("lines", UNSET)
        lines: list[LineIn] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = LineIn.from_dict(lines_item_data)

                lines.append(lines_item)

        _savings = d.pop("savings", UNSET)
        savings: list[SavingsIn] | Unset = UNSET
        if _savings is not UNSET:
            savings = []
            for savings_item_data in _savings:
                savings_item = SavingsIn.from_dict(savings_item_data)

                savings.append(savings_item)

        def _parse_backdate_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason", UNSET))

        sheet_in = cls(
            group_id=group_id,
            meeting_on=meeting_on,
            lines=lines,
            savings=savings,
            backdate_reason=backdate_reason,
        )

        return sheet_in
