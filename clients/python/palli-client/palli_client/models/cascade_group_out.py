from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CascadeGroupOut")


@_attrs_define
class CascadeGroupOut:
    """
    Attributes:
        partner (str):
        district (str):
        facilitators (int):
        cohorts (int):
        participants (int):
        projects_completed (int):
        planned_cohorts (str):
        planned_participants (str):
        cohort_yield (str):
        participant_yield (str):
    """

    partner: str
    district: str
    facilitators: int
    cohorts: int
    participants: int
    projects_completed: int
    planned_cohorts: str
    planned_participants: str
    cohort_yield: str
    participant_yield: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner = self.partner

        district = self.district

        facilitators = self.facilitators

        cohorts = self.cohorts

        participants = self.participants

        projects_completed = self.projects_completed

        planned_cohorts = self.planned_cohorts

        planned_participants = self.planned_participants

        cohort_yield = self.cohort_yield

        participant_yield = self.participant_yield

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner": partner,
                "district": district,
                "facilitators": facilitators,
                "cohorts": cohorts,
                "participants": participants,
                "projects_completed": projects_completed,
                "planned_cohorts": planned_cohorts,
                "planned_participants": planned_participants,
                "cohort_yield": cohort_yield,
                "participant_yield": participant_yield,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner = d.pop("partner")

        district = d.pop("district")

        facilitators = d.pop("facilitators")

        cohorts = d.pop("cohorts")

        participants = d.pop("participants")

        projects_completed = d.pop("projects_completed")

        planned_cohorts = d.pop("planned_cohorts")

        planned_participants = d.pop("planned_participants")

        cohort_yield = d.pop("cohort_yield")

        participant_yield = d.pop("participant_yield")

        cascade_group_out = cls(
            partner=partner,
            district=district,
            facilitators=facilitators,
            cohorts=cohorts,
            participants=participants,
            projects_completed=projects_completed,
            planned_cohorts=planned_cohorts,
            planned_participants=planned_participants,
            cohort_yield=cohort_yield,
            participant_yield=participant_yield,
        )

        cascade_group_out.additional_properties = d
        return cascade_group_out

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
