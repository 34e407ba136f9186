from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.weekday import Weekday, check_weekday
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupUpdate")


@_attrs_define
class GroupUpdate:
    """
    Attributes:
        name (None | str | Unset):
        meeting_day (None | Unset | Weekday):
        meeting_place (None | str | Unset):
        field_officer_id (None | Unset | UUID):
        leader_id (None | Unset | UUID):
        secretary_id (None | Unset | UUID):
        member_limit (int | None | Unset):
    """

    name: None | str | Unset = UNSET
    meeting_day: None | Unset | Weekday = UNSET
    meeting_place: None | str | Unset = UNSET
    field_officer_id: None | Unset | UUID = UNSET
    leader_id: None | Unset | UUID = UNSET
    secretary_id: None | Unset | UUID = UNSET
    member_limit: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        meeting_day: None | str | Unset
        if isinstance(self.meeting_day, Unset):
            meeting_day = UNSET
        elif isinstance(self.meeting_day, str):
            meeting_day = self.meeting_day
        else:
            meeting_day = self.meeting_day

        meeting_place: None | str | Unset
        if isinstance(self.meeting_place, Unset):
            meeting_place = UNSET
        else:
            meeting_place = self.meeting_place

        field_officer_id: None | str | Unset
        if isinstance(self.field_officer_id, Unset):
            field_officer_id = UNSET
        elif isinstance(self.field_officer_id, UUID):
            field_officer_id = str(self.field_officer_id)
        else:
            field_officer_id = self.field_officer_id

        leader_id: None | str | Unset
        if isinstance(self.leader_id, Unset):
            leader_id = UNSET
        elif isinstance(self.leader_id, UUID):
            leader_id = str(self.leader_id)
        else:
            leader_id = self.leader_id

        secretary_id: None | str | Unset
        if isinstance(self.secretary_id, Unset):
            secretary_id = UNSET
        elif isinstance(self.secretary_id, UUID):
            secretary_id = str(self.secretary_id)
        else:
            secretary_id = self.secretary_id

        member_limit: int | None | Unset
        if isinstance(self.member_limit, Unset):
            member_limit = UNSET
        else:
            member_limit = self.member_limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if meeting_day is not UNSET:
            field_dict["meeting_day"] = meeting_day
        if meeting_place is not UNSET:
            field_dict["meeting_place"] = meeting_place
        if field_officer_id is not UNSET:
            field_dict["field_officer_id"] = field_officer_id
        if leader_id is not UNSET:
            field_dict["leader_id"] = leader_id
        if secretary_id is not UNSET:
            field_dict["secretary_id"] = secretary_id
        if member_limit is not UNSET:
            field_dict["member_limit"] = member_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_meeting_day(data: object) -> None | Unset | Weekday:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_day_type_0 = check_weekday(data)

                return meeting_day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Weekday, data)

        meeting_day = _parse_meeting_day(d.pop("meeting_day", UNSET))

        def _parse_meeting_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_place = _parse_meeting_place(d.pop("meeting_place", UNSET))

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

        def _parse_leader_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leader_id_type_0 = UUID(data)

                return leader_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        leader_id = _parse_leader_id(d.pop("leader_id", UNSET))

        def _parse_secretary_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                secretary_id_type_0 = UUID(data)

                return secretary_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        secretary_id = _parse_secretary_id(d.pop("secretary_id", UNSET))

        def _parse_member_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        member_limit = _parse_member_limit(d.pop("member_limit", UNSET))

        group_update = cls(
            name=name,
            meeting_day=meeting_day,
            meeting_place=meeting_place,
            field_officer_id=field_officer_id,
            leader_id=leader_id,
            secretary_id=secretary_id,
            member_limit=member_limit,
        )

        return group_update
