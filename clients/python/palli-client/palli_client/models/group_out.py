from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_status import GroupStatus, check_group_status
from ..models.weekday import Weekday, check_weekday

T = TypeVar("T", bound="GroupOut")


@_attrs_define
class GroupOut:
    """
    Attributes:
        id (UUID):
        branch_id (UUID):
        name (str):
        meeting_day (Weekday): Meeting days, in Bangladesh's week order (Saturday first; Friday is the weekly holiday).
        meeting_place (str):
        formation_date (datetime.date):
        field_officer_id (None | UUID):
        leader_id (None | UUID):
        secretary_id (None | UUID):
        member_limit (int):
        member_count (int):
        status (GroupStatus):
        version (int):
    """

    id: UUID
    branch_id: UUID
    name: str
    meeting_day: Weekday
    meeting_place: str
    formation_date: datetime.date
    field_officer_id: None | UUID
    leader_id: None | UUID
    secretary_id: None | UUID
    member_limit: int
    member_count: int
    status: GroupStatus
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        branch_id = str(self.branch_id)

        name = self.name

        meeting_day: str = self.meeting_day

        meeting_place = self.meeting_place

        formation_date = self.formation_date.isoformat()

        field_officer_id: None | str
        if isinstance(self.field_officer_id, UUID):
            field_officer_id = str(self.field_officer_id)
        else:
            field_officer_id = self.field_officer_id

        leader_id: None | str
        if isinstance(self.leader_id, UUID):
            leader_id = str(self.leader_id)
        else:
            leader_id = self.leader_id

        secretary_id: None | str
        if isinstance(self.secretary_id, UUID):
            secretary_id = str(self.secretary_id)
        else:
            secretary_id = self.secretary_id

        member_limit = self.member_limit

        member_count = self.member_count

        status: str = self.status

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "branch_id": branch_id,
                "name": name,
                "meeting_day": meeting_day,
                "meeting_place": meeting_place,
                "formation_date": formation_date,
                "field_officer_id": field_officer_id,
                "leader_id": leader_id,
                "secretary_id": secretary_id,
                "member_limit": member_limit,
                "member_count": member_count,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        branch_id = UUID(d.pop("branch_id"))

        name = d.pop("name")

        meeting_day = check_weekday(d.pop("meeting_day"))

        meeting_place = d.pop("meeting_place")

        formation_date = datetime.date.fromisoformat(d.pop("formation_date"))

        def _parse_field_officer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_officer_id_type_0 = UUID(data)

                return field_officer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        field_officer_id = _parse_field_officer_id(d.pop("field_officer_id"))

        def _parse_leader_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leader_id_type_0 = UUID(data)

                return leader_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        leader_id = _parse_leader_id(d.pop("leader_id"))

        def _parse_secretary_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                secretary_id_type_0 = UUID(data)

                return secretary_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        secretary_id = _parse_secretary_id(d.pop("secretary_id"))

        member_limit = d.pop("member_limit")

        member_count = d.pop("member_count")

        status = check_group_status(d.pop("status"))

        version = d.pop("version")

        group_out = cls(
            id=id,
            branch_id=branch_id,
            name=name,
            meeting_day=meeting_day,
            meeting_place=meeting_place,
            formation_date=formation_date,
            field_officer_id=field_officer_id,
            leader_id=leader_id,
            secretary_id=secretary_id,
            member_limit=member_limit,
            member_count=member_count,
            status=status,
            version=version,
        )

        group_out.additional_properties = d
        return group_out

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
