from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TrainingTransferIn")


@_attrs_define
class TrainingTransferIn:
    """
    Attributes:
        to_cohort_id (UUID):
        reason (str):
    """

    to_cohort_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        to_cohort_id = str(self.to_cohort_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to_cohort_id": to_cohort_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_cohort_id = UUID(d.pop("to_cohort_id"))

        reason = d.pop("reason")

        training_transfer_in = cls(
            to_cohort_id=to_cohort_id,
            reason=reason,
        )

        return training_transfer_in
