from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReverseIn")


@_attrs_define
class ReverseIn:
    """
    Attributes:
        reason (str):
        posted_on (datetime.date | None | Unset): default: today (or the entry's own date if later)
    """

    reason: str
    posted_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        posted_on: None | str | Unset
        if isinstance(self.posted_on, Unset):
            posted_on = UNSET
        elif isinstance(self.posted_on, datetime.date):
            posted_on = self.posted_on.isoformat()
        else:
            posted_on = self.posted_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if posted_on is not UNSET:
            field_dict["posted_on"] = posted_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_posted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                posted_on_type_0 = datetime.date.fromisoformat(data)

                return posted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        posted_on = _parse_posted_on(d.pop("posted_on", UNSET))

        reverse_in = cls(
            reason=reason,
            posted_on=posted_on,
        )

        return reverse_in
