from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.facilitator_create_level import FacilitatorCreateLevel, check_facilitator_create_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="FacilitatorCreate")


@_attrs_define
class FacilitatorCreate:
    """
    Attributes:
        participant_id (UUID):
        level (FacilitatorCreateLevel):
        trained_in (None | Unset | UUID): the completed facilitators' cohort that trained them (required for a
            facilitator)
        partner (None | str | Unset):
        subject (None | str | Unset): their gateway user id, if they sign in as a trainer
    """

    participant_id: UUID
    level: FacilitatorCreateLevel
    trained_in: None | Unset | UUID = UNSET
    partner: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        participant_id = str(self.participant_id)

        level: str = self.level

        trained_in: None | str | Unset
        if isinstance(self.trained_in, Unset):
            trained_in = UNSET
        elif isinstance(self.trained_in, UUID):
            trained_in = str(self.trained_in)
        else:
            trained_in = self.trained_in

        partner: None | str | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        else:
            partner = self.partner

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "participant_id": participant_id,
                "level": level,
            }
        )
        if trained_in is not UNSET:
            field_dict["trained_in"] = trained_in
        if partner is not UNSET:
            field_dict["partner"] = partner
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        level = check_facilitator_create_level(d.pop("level"))

        def _parse_trained_in(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trained_in_type_0 = UUID(data)

                return trained_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        trained_in = _parse_trained_in(d.pop("trained_in", UNSET))

        def _parse_partner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        facilitator_create = cls(
            participant_id=participant_id,
            level=level,
            trained_in=trained_in,
            partner=partner,
            subject=subject,
        )

        return facilitator_create
