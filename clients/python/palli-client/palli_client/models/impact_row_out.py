from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImpactRowOut")


@_attrs_define
class ImpactRowOut:
    """
    Attributes:
        key (str):
        participants (int):
        completions (int):
        credentials (int):
        projects_completed (int):
        beneficiaries_female (int):
        beneficiaries_male (int):
        beneficiaries_other (int):
        volunteer_hours (str):
        volunteer_value (str):
    """

    key: str
    participants: int
    completions: int
    credentials: int
    projects_completed: int
    beneficiaries_female: int
    beneficiaries_male: int
    beneficiaries_other: int
    volunteer_hours: str
    volunteer_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        participants = self.participants

        completions = self.completions

        credentials = self.credentials

        projects_completed = self.projects_completed

        beneficiaries_female = self.beneficiaries_female

        beneficiaries_male = self.beneficiaries_male

        beneficiaries_other = self.beneficiaries_other

        volunteer_hours = self.volunteer_hours

        volunteer_value = self.volunteer_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "participants": participants,
                "completions": completions,
                "credentials": credentials,
                "projects_completed": projects_completed,
                "beneficiaries_female": beneficiaries_female,
                "beneficiaries_male": beneficiaries_male,
                "beneficiaries_other": beneficiaries_other,
                "volunteer_hours": volunteer_hours,
                "volunteer_value": volunteer_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        participants = d.pop("participants")

        completions = d.pop("completions")

        credentials = d.pop("credentials")

        projects_completed = d.pop("projects_completed")

        beneficiaries_female = d.pop("beneficiaries_female")

        beneficiaries_male = d.pop("beneficiaries_male")

        beneficiaries_other = d.pop("beneficiaries_other")

        volunteer_hours = d.pop("volunteer_hours")

        volunteer_value = d.pop("volunteer_value")

        impact_row_out = cls(
            key=key,
            participants=participants,
            completions=completions,
            credentials=credentials,
            projects_completed=projects_completed,
            beneficiaries_female=beneficiaries_female,
            beneficiaries_male=beneficiaries_male,
            beneficiaries_other=beneficiaries_other,
            volunteer_hours=volunteer_hours,
            volunteer_value=volunteer_value,
        )

        impact_row_out.additional_properties = d
        return impact_row_out

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
