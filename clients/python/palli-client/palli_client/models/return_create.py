from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.return_line import ReturnLine


T = TypeVar("T", bound="ReturnCreate")


@_attrs_define
class ReturnCreate:
    """
    Attributes:
        lines (list[ReturnLine]):
        reason (str):
        restock (bool): back on the shelf; else not fit to sell
        reference (None | str | Unset): the refund's wallet transaction (required but for cash)
    """

    lines: list[ReturnLine]
    reason: str
    restock: bool
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        reason = self.reason

        restock = self.restock

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lines": lines,
                "reason": reason,
                "restock": restock,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.return_line import ReturnLine  # noqa: PLC0415

        d = dict(src_dict)
        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ReturnLine.from_dict(lines_item_data)

            lines.append(lines_item)

        reason = d.pop("reason")

        restock = d.pop("restock")

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        return_create = cls(
            lines=lines,
            reason=reason,
            restock=restock,
            reference=reference,
        )

        return return_create
