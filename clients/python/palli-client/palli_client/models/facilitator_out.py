from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FacilitatorOut")


@_attrs_define
class FacilitatorOut:
    """
    Attributes:
        id (UUID):
        participant_id (UUID):
        level (str):
        partner (None | str):
        trained_in (None | UUID):
        subject (None | str):
        status (str):
    """

    id: UUID
    participant_id: UUID
    level: str
    partner: None | str
    trained_in: None | UUID
    subject: None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        participant_id = str(self.participant_id)

        level = self.level

        partner: None | str
        partner = self.partner

        trained_in: None | str
        if isinstance(self.trained_in, UUID):
            trained_in = str(self.trained_in)
        else:
            trained_in = self.trained_in

        subject: None | str
        subject = self.subject

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "participant_id": participant_id,
                "level": level,
                "partner": partner,
                "trained_in": trained_in,
                "subject": subject,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        participant_id = UUID(d.pop("participant_id"))

        level = d.pop("level")

        def _parse_partner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner = _parse_partner(d.pop("partner"))

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

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        status = d.pop("status")

        facilitator_out = cls(
            id=id,
            participant_id=participant_id,
            level=level,
            partner=partner,
            trained_in=trained_in,
            subject=subject,
            status=status,
        )

        facilitator_out.additional_properties = d
        return facilitator_out

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
