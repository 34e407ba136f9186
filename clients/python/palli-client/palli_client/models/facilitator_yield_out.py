from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FacilitatorYieldOut")


@_attrs_define
class FacilitatorYieldOut:
    """
    Attributes:
        facilitator_id (UUID):
        participant_id (UUID):
        name (str):
        level (str):
        partner (None | str):
        district (str):
        trained_in (None | UUID):
        cohorts (int):
        participants (int):
        credentials (int):
        projects_completed (int):
    """

    facilitator_id: UUID
    participant_id: UUID
    name: str
    level: str
    partner: None | str
    district: str
    trained_in: None | UUID
    cohorts: int
    participants: int
    credentials: int
    projects_completed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facilitator_id = str(self.facilitator_id)

        participant_id = str(self.participant_id)

        name = self.name

        level = self.level

        partner: None | str
        partner = self.partner

        district = self.district

        trained_in: None | str
        if isinstance(self.trained_in, UUID):
            trained_in = str(self.trained_in)
        else:
            trained_in = self.trained_in

        cohorts = self.cohorts

        participants = self.participants

        credentials = self.credentials

        projects_completed = self.projects_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facilitator_id": facilitator_id,
                "participant_id": participant_id,
                "name": name,
                "level": level,
                "partner": partner,
                "district": district,
                "trained_in": trained_in,
                "cohorts": cohorts,
                "participants": participants,
                "credentials": credentials,
                "projects_completed": projects_completed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facilitator_id = UUID(d.pop("facilitator_id"))

        participant_id = UUID(d.pop("participant_id"))

        name = d.pop("name")

        level = d.pop("level")

        def _parse_partner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner = _parse_partner(d.pop("partner"))

        district = d.pop("district")

        def _parse_trained_in(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trained_in_type_0 = UUID(data)

                return trained_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        trained_in = _parse_trained_in(d.pop("trained_in"))

        cohorts = d.pop("cohorts")

        participants = d.pop("participants")

        credentials = d.pop("credentials")

        projects_completed = d.pop("projects_completed")

        facilitator_yield_out = cls(
            facilitator_id=facilitator_id,
            participant_id=participant_id,
            name=name,
            level=level,
            partner=partner,
            district=district,
            trained_in=trained_in,
            cohorts=cohorts,
            participants=participants,
            credentials=credentials,
            projects_completed=projects_completed,
        )

        facilitator_yield_out.additional_properties = d
        return facilitator_yield_out

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
