from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.weekday import Weekday, check_weekday
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupCreate")


@_attrs_define
class GroupCreate:
    """
    Attributes:
        branch_id (UUID):
        name (str):
        meeting_day (Weekday): Meeting days, in Bangladesh's week order (Saturday first; Friday is the weekly holiday).
        meeting_place (str):
        formation_date (datetime.date):
        field_officer_id (None | Unset | UUID):
        member_limit (int | Unset):  Default: 40.
    """

    branch_id: UUID
    name: str
    meeting_day: Weekday
    meeting_place: str
    formation_date: datetime.date
    field_officer_id: None | Unset | UUID = UNSET
    member_limit: int | Unset = 40

    def to_dict(self) -> dict[str, Any]:
        branch_id = str(self.branch_id)

        name = self.name

        meeting_day: str = self.meeting_day

        meeting_place = self.meeting_place

        formation_date = self.formation_date.isoformat()

        field_officer_id: None | str | Unset
        if isinstance(self.field_officer_id, Unset):
            field_officer_id = UNSET
        elif isinstance(self.field_officer_id, UUID):
            field_officer_id = str(self.field_officer_id)
        else:
            field_officer_id = self.field_officer_id

        member_limit = self.member_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "branch_id": branch_id,
                "name": name,
                "meeting_day": meeting_day,
                "meeting_place": meeting_place,
                "formation_date": formation_date,
            }
        )
        if field_officer_id is not UNSET:
            field_dict["field_officer_id"] = field_officer_id
        if member_limit is not UNSET:
            field_dict["member_limit"] = member_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch_id = UUID(d.pop("branch_id"))

        name = d.pop("name")

        meeting_day = check_weekday(d.pop("meeting_day"))

        meeting_place = d.pop("meeting_place")

        formation_date = datetime.date.fromisoformat(d.pop("formation_date"))

        def _parse_field_officer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_officer_id_type_0 = UUID(data)

                return field_officer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        field_officer_id = _parse_field_officer_id(d.pop("field_officer_id", UNSET))

        member_limit = d.pop("member_limit", UNSET)

        group_create = cls(
            branch_id=branch_id,
            name=name,
            meeting_day=meeting_day,
            meeting_place=meeting_place,
            formation_date=formation_date,
            field_officer_id=field_officer_id,
            member_limit=member_limit,
        )

        return group_create
