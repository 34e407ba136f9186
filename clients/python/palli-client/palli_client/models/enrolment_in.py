from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="EnrolmentIn")


@_attrs_define
class EnrolmentIn:
    """
    Attributes:
        participant_id (UUID):
    """

    participant_id: UUID

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        enrolment_in = cls(
            participant_id=participant_id,
        )

        return enrolment_in
