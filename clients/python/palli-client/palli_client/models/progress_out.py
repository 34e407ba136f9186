from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgressOut")


@_attrs_define
class ProgressOut:
    """
    Attributes:
        id (UUID):
        on (datetime.date):
        note (str):
        evidence (list[Any] | None):
        reported_by (str):
    """

    id: UUID
    on: datetime.date
    note: str
    evidence: list[Any] | None
    reported_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        on = self.on.isoformat()

        note = self.note

        evidence: list[Any] | None
        if isinstance(self.evidence, list):
            evidence = self.evidence

        else:
            evidence = self.evidence

        reported_by = self.reported_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "on": on,
                "note": note,
                "evidence": evidence,
                "reported_by": reported_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        note = d.pop("note")

        def _parse_evidence(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_type_0 = cast(list[Any], data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        evidence = _parse_evidence(d.pop("evidence"))

        reported_by = d.pop("reported_by")

        progress_out = cls(
            id=id,
            on=on,
            note=note,
            evidence=evidence,
            reported_by=reported_by,
        )

        progress_out.additional_properties = d
        return progress_out

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
