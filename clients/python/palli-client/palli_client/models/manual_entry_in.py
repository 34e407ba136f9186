from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_line_in import ManualLineIn


T = TypeVar("T", bound="ManualEntryIn")


@_attrs_define
class ManualEntryIn:
    """
    Attributes:
        posted_on (datetime.date): the business date the entry belongs to (today or earlier)
        description (str):
        lines (list[ManualLineIn]): at least two; debits must equal credits
        branch_id (None | Unset | UUID): null: a head-office entry
        reference (None | str | Unset):
    """

    posted_on: datetime.date
    description: str
    lines: list[ManualLineIn]
    branch_id: None | Unset | UUID = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        posted_on = self.posted_on.isoformat()

        description = self.description

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        elif isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "posted_on": posted_on,
                "description": description,
                "lines": lines,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manual_line_in import ManualLineIn  # noqa: PLC0415

        d = dict(src_dict)
        posted_on = datetime.date.fromisoformat(d.pop("posted_on"))

        description = d.pop("description")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ManualLineIn.from_dict(lines_item_data)

            lines.append(lines_item)

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        manual_entry_in = cls(
            posted_on=posted_on,
            description=description,
            lines=lines,
            branch_id=branch_id,
            reference=reference,
        )

        return manual_entry_in
