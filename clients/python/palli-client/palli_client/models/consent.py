from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Consent")


@_attrs_define
class Consent:
    """
    Attributes:
        by (str):
        on (datetime.date):
        reference (str): how she gave it: a signed slip's number, a call's reference
    """

    by: str
    on: datetime.date
    reference: str

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        on = self.on.isoformat()

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "by": by,
                "on": on,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by = d.pop("by")

        on = datetime.date.fromisoformat(d.pop("on"))

        reference = d.pop("reference")

        consent = cls(
            by=by,
            on=on,
            reference=reference,
        )

        return consent
