from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrolmentOut")


@_attrs_define
class EnrolmentOut:
    """
    Attributes:
        id (UUID):
        cohort_id (UUID):
        participant_id (UUID):
        status (str):
        waitlist_position (int | None):
        reason (None | str):
    """

    id: UUID
    cohort_id: UUID
    participant_id: UUID
    status: str
    waitlist_position: int | None
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cohort_id = str(self.cohort_id)

        participant_id = str(self.participant_id)

        status = self.status

        waitlist_position: int | None
        waitlist_position = self.waitlist_position

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cohort_id": cohort_id,
                "participant_id": participant_id,
                "status": status,
                "waitlist_position": waitlist_position,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cohort_id = UUID(d.pop("cohort_id"))

        participant_id = UUID(d.pop("participant_id"))

        status = d.pop("status")

        def _parse_waitlist_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        waitlist_position = _parse_waitlist_position(d.pop("waitlist_position"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        enrolment_out = cls(
            id=id,
            cohort_id=cohort_id,
            participant_id=participant_id,
            status=status,
            waitlist_position=waitlist_position,
            reason=reason,
        )

        enrolment_out.additional_properties = d
        return enrolment_out

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
