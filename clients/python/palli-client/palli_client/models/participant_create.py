from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.participant_create_gender_type_0 import (
    ParticipantCreateGenderType0,
    check_participant_create_gender_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_address_in import TrainingAddressIn


T = TypeVar("T", bound="ParticipantCreate")


@_attrs_define
class ParticipantCreate:
    """A member (`member_id`: her details come from members' events) or a young person who is not one.

    Attributes:
        consent (bool): the participant (or, under 18, the guardian) agreed to take part and to be recorded
        member_id (None | Unset | UUID):
        name (None | str | Unset):
        name_bn (None | str | Unset):
        gender (None | ParticipantCreateGenderType0 | Unset):
        date_of_birth (datetime.date | None | Unset):
        address (None | TrainingAddressIn | Unset):
        mobile (None | str | Unset):
        guardian_name (None | str | Unset): required under 18
        guardian_mobile (None | str | Unset): required under 18
        partner (None | str | Unset):
    """

    consent: bool
    member_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    name_bn: None | str | Unset = UNSET
    gender: None | ParticipantCreateGenderType0 | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    address: None | TrainingAddressIn | Unset = UNSET
    mobile: None | str | Unset = UNSET
    guardian_name: None | str | Unset = UNSET
    guardian_mobile: None | str | Unset = UNSET
    partner: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.training_address_in import TrainingAddressIn  # noqa: PLC0415

        consent = self.consent

        member_id: None | str | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        elif isinstance(self.member_id, UUID):
            member_id = str(self.member_id)
        else:
            member_id = self.member_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        name_bn: None | str | Unset
        if isinstance(self.name_bn, Unset):
            name_bn = UNSET
        else:
            name_bn = self.name_bn

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, str):
            gender = self.gender
        else:
            gender = self.gender

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, TrainingAddressIn):
            address = self.address.to_dict()
        else:
            address = self.address

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        guardian_name: None | str | Unset
        if isinstance(self.guardian_name, Unset):
            guardian_name = UNSET
        else:
            guardian_name = self.guardian_name

        guardian_mobile: None | str | Unset
        if isinstance(self.guardian_mobile, Unset):
            guardian_mobile = UNSET
        else:
            guardian_mobile = self.guardian_mobile

        partner: None | str | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        else:
            partner = self.partner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "consent": consent,
            }
        )
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if name is not UNSET:
            field_dict["name"] = name
        if name_bn is not UNSET:
            field_dict["name_bn"] = name_bn
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if address is not UNSET:
            field_dict["address"] = address
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if guardian_name is not UNSET:
            field_dict["guardian_name"] = guardian_name
        if guardian_mobile is not UNSET:
            field_dict["guardian_mobile"] = guardian_mobile
        if partner is not UNSET:
            field_dict["partner"] = partner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_address_in import TrainingAddressIn  # noqa: PLC0415

        d = dict(src_dict)
        consent = d.pop("consent")

        def _parse_member_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                member_id_type_0 = UUID(data)

                return member_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_name_bn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_bn = _parse_name_bn(d.pop("name_bn", UNSET))

        def _parse_gender(data: object) -> None | ParticipantCreateGenderType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = check_participant_create_gender_type_0(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParticipantCreateGenderType0 | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_address(data: object) -> None | TrainingAddressIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = TrainingAddressIn.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingAddressIn | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_guardian_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardian_name = _parse_guardian_name(d.pop("guardian_name", UNSET))

        def _parse_guardian_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardian_mobile = _parse_guardian_mobile(d.pop("guardian_mobile", UNSET))

        def _parse_partner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        participant_create = cls(
            consent=consent,
            member_id=member_id,
            name=name,
            name_bn=name_bn,
            gender=gender,
            date_of_birth=date_of_birth,
            address=address,
            mobile=mobile,
            guardian_name=guardian_name,
            guardian_mobile=guardian_mobile,
            partner=partner,
        )

        return participant_create
