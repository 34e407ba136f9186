from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelIn")


@_attrs_define
class CancelIn:
    """
    Attributes:
        reason (str):
        makeup_on (datetime.date | None | Unset): the make-up session's day (none: no make-up)
    """

    reason: str
    makeup_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        makeup_on: None | str | Unset
        if isinstance(self.makeup_on, Unset):
            makeup_on = UNSET
        elif isinstance(self.makeup_on, datetime.date):
            makeup_on = self.makeup_on.isoformat()
        else:
            makeup_on = self.makeup_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if makeup_on is not UNSET:
            field_dict["makeup_on"] = makeup_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_makeup_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                makeup_on_type_0 = datetime.date.fromisoformat(data)

                return makeup_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        makeup_on = _parse_makeup_on(d.pop("makeup_on", UNSET))

        cancel_in = cls(
            reason=reason,
            makeup_on=makeup_on,
        )

        return cancel_in
