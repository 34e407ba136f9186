from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_out import SessionOut


T = TypeVar("T", bound="CohortDetail")


@_attrs_define
class CohortDetail:
    """
    Attributes:
        id (UUID):
        programme_id (UUID):
        facilitator_id (UUID):
        name (str):
        partner (None | str):
        division (str):
        district (str):
        upazila (str):
        place (str):
        branch_id (None | UUID):
        capacity (int):
        starts_on (datetime.date):
        status (str):
        completed_on (datetime.date | None):
        version (int):
        sessions (list[SessionOut]):
        enrolled (int):
        waitlisted (int):
    """

    id: UUID
    programme_id: UUID
    facilitator_id: UUID
    name: str
    partner: None | str
    division: str
    district: str
    upazila: str
    place: str
    branch_id: None | UUID
    capacity: int
    starts_on: datetime.date
    status: str
    completed_on: datetime.date | None
    version: int
    sessions: list[SessionOut]
    enrolled: int
    waitlisted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        programme_id = str(self.programme_id)

        facilitator_id = str(self.facilitator_id)

        name = self.name

        partner: None | str
        partner = self.partner

        division = self.division

        district = self.district

        upazila = self.upazila

        place = self.place

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        capacity = self.capacity

        starts_on = self.starts_on.isoformat()

        status = self.status

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        version = self.version

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        enrolled = self.enrolled

        waitlisted = self.waitlisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "programme_id": programme_id,
                "facilitator_id": facilitator_id,
                "name": name,
                "partner": partner,
                "division": division,
                "district": district,
                "upazila": upazila,
                "place": place,
                "branch_id": branch_id,
                "capacity": capacity,
                "starts_on": starts_on,
                "status": status,
                "completed_on": completed_on,
                "version": version,
                "sessions": sessions,
                "enrolled": enrolled,
                "waitlisted": waitlisted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_out import SessionOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        programme_id = UUID(d.pop("programme_id"))

        facilitator_id = UUID(d.pop("facilitator_id"))

        name = d.pop("name")

        def _parse_partner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner = _parse_partner(d.pop("partner"))

        division = d.pop("division")

        district = d.pop("district")

        upazila = d.pop("upazila")

        place = d.pop("place")

        def _parse_branch_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        capacity = d.pop("capacity")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        status = d.pop("status")

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

        version = d.pop("version")

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = SessionOut.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        enrolled = d.pop("enrolled")

        waitlisted = d.pop("waitlisted")

        cohort_detail = cls(
            id=id,
            programme_id=programme_id,
            facilitator_id=facilitator_id,
            name=name,
            partner=partner,
            division=division,
            district=district,
            upazila=upazila,
            place=place,
            branch_id=branch_id,
            capacity=capacity,
            starts_on=starts_on,
            status=status,
            completed_on=completed_on,
            version=version,
            sessions=sessions,
            enrolled=enrolled,
            waitlisted=waitlisted,
        )

        cohort_detail.additional_properties = d
        return cohort_detail

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
