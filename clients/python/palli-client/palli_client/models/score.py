from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="Score")


@_attrs_define
class Score:
    """
    Attributes:
        participant_id (UUID):
        score (int):
    """

    participant_id: UUID
    score: int

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        score = d.pop("score")

        score = cls(
            participant_id=participant_id,
            score=score,
        )

        return score
