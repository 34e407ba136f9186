from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_line import RuleLine


T = TypeVar("T", bound="RuleUpdate")


@_attrs_define
class RuleUpdate:
    """
    Attributes:
        description (None | str | Unset):
        lines (list[RuleLine] | None | Unset):
        no_posting (bool | None | Unset): true with lines []: the event books nothing from now on
        active (bool | None | Unset):
    """

    description: None | str | Unset = UNSET
    lines: list[RuleLine] | None | Unset = UNSET
    no_posting: bool | None | Unset = UNSET
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        no_posting: bool | None | Unset
        if isinstance(self.no_posting, Unset):
            no_posting = UNSET
        else:
            no_posting = self.no_posting

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if lines is not UNSET:
            field_dict["lines"] = lines
        if no_posting is not UNSET:
            field_dict["no_posting"] = no_posting
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_line import RuleLine  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_lines(data: object) -> list[RuleLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = RuleLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RuleLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_no_posting(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_posting = _parse_no_posting(d.pop("no_posting", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        rule_update = cls(
            description=description,
            lines=lines,
            no_posting=no_posting,
            active=active,
        )

        return rule_update
