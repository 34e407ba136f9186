from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParticipantOut")


@_attrs_define
class ParticipantOut:
    """
    Attributes:
        id (UUID):
        member_id (None | UUID):
        branch_id (None | UUID):
        name (str):
        name_bn (None | str):
        gender (str):
        date_of_birth (datetime.date):
        division (str):
        district (str):
        upazila (str):
        mobile (None | str):
        guardian_name (None | str):
        guardian_mobile (None | str):
        consent_by (str):
        consent_on (datetime.date):
        partner (None | str):
    """

    id: UUID
    member_id: None | UUID
    branch_id: None | UUID
    name: str
    name_bn: None | str
    gender: str
    date_of_birth: datetime.date
    division: str
    district: str
    upazila: str
    mobile: None | str
    guardian_name: None | str
    guardian_mobile: None | str
    consent_by: str
    consent_on: datetime.date
    partner: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        member_id: None | str
        if isinstance(self.member_id, UUID):
            member_id = str(self.member_id)
        else:
            member_id = self.member_id

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        name = self.name

        name_bn: None | str
        name_bn = self.name_bn

        gender = self.gender

        date_of_birth = self.date_of_birth.isoformat()

        division = self.division

        district = self.district

        upazila = self.upazila

        mobile: None | str
        mobile = self.mobile

        guardian_name: None | str
        guardian_name = self.guardian_name

        guardian_mobile: None | str
        guardian_mobile = self.guardian_mobile

        consent_by = self.consent_by

        consent_on = self.consent_on.isoformat()

        partner: None | str
        partner = self.partner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "member_id": member_id,
                "branch_id": branch_id,
                "name": name,
                "name_bn": name_bn,
                "gender": gender,
                "date_of_birth": date_of_birth,
                "division": division,
                "district": district,
                "upazila": upazila,
                "mobile": mobile,
                "guardian_name": guardian_name,
                "guardian_mobile": guardian_mobile,
                "consent_by": consent_by,
                "consent_on": consent_on,
                "partner": partner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_member_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                member_id_type_0 = UUID(data)

                return member_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        member_id = _parse_member_id(d.pop("member_id"))

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

        name = d.pop("name")

        def _parse_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_bn = _parse_name_bn(d.pop("name_bn"))

        gender = d.pop("gender")

        date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

        division = d.pop("division")

        district = d.pop("district")

        upazila = d.pop("upazila")

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        def _parse_guardian_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        guardian_name = _parse_guardian_name(d.pop("guardian_name"))

        def _parse_guardian_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        guardian_mobile = _parse_guardian_mobile(d.pop("guardian_mobile"))

        consent_by = d.pop("consent_by")

        consent_on = datetime.date.fromisoformat(d.pop("consent_on"))

        def _parse_partner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partner = _parse_partner(d.pop("partner"))

        participant_out = cls(
            id=id,
            member_id=member_id,
            branch_id=branch_id,
            name=name,
            name_bn=name_bn,
            gender=gender,
            date_of_birth=date_of_birth,
            division=division,
            district=district,
            upazila=upazila,
            mobile=mobile,
            guardian_name=guardian_name,
            guardian_mobile=guardian_mobile,
            consent_by=consent_by,
            consent_on=consent_on,
            partner=partner,
        )

        participant_out.additional_properties = d
        return participant_out

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
