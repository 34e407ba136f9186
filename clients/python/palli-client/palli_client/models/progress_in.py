from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressIn")


@_attrs_define
class ProgressIn:
    """
    Attributes:
        on (datetime.date):
        note (str):
        evidence (list[str] | Unset): photo and document references
    """

    on: datetime.date
    note: str
    evidence: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        note = self.note

        evidence: list[str] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "note": note,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        note = d.pop("note")

        evidence = cast(list[str], d.pop("evidence", UNSET))

        progress_in = cls(
            on=on,
            note=note,
            evidence=evidence,
        )

        return progress_in
