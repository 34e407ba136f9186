from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProducerCreate")


@_attrs_define
class ProducerCreate:
    """
    Attributes:
        member_id (UUID):
    """

    member_id: UUID

    def to_dict(self) -> dict[str, Any]:
        member_id = str(self.member_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = UUID(d.pop("member_id"))

        producer_create = cls(
            member_id=member_id,
        )

        return producer_create
