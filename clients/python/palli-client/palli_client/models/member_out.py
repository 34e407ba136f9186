from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender, check_gender
from ..models.language import Language, check_language
from ..models.member_status import MemberStatus, check_member_status

if TYPE_CHECKING:
    from ..models.address_out import AddressOut


T = TypeVar("T", bound="MemberOut")


@_attrs_define
class MemberOut:
    """
    Attributes:
        id (UUID):
        branch_id (UUID):
        group_id (UUID):
        name_bn (str):
        name_en (str):
        gender (Gender):
        date_of_birth (datetime.date):
        nid (str):
        mobile (str):
        address (AddressOut):
        household_monthly_income (str):
        land_holding_decimals (str):
        language (Language): The language a member reads messages in (SMS reminders, receipts); Bangla unless they ask.
        sms_consent (bool):
        status (MemberStatus):
        status_reason (None | str):
        joined_on (datetime.date):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    branch_id: UUID
    group_id: UUID
    name_bn: str
    name_en: str
    gender: Gender
    date_of_birth: datetime.date
    nid: str
    mobile: str
    address: AddressOut
    household_monthly_income: str
    land_holding_decimals: str
    language: Language
    sms_consent: bool
    status: MemberStatus
    status_reason: None | str
    joined_on: datetime.date
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        branch_id = str(self.branch_id)

        group_id = str(self.group_id)

        name_bn = self.name_bn

        name_en = self.name_en

        gender: str = self.gender

        date_of_birth = self.date_of_birth.isoformat()

        nid = self.nid

        mobile = self.mobile

        address = self.address.to_dict()

        household_monthly_income = self.household_monthly_income

        land_holding_decimals = self.land_holding_decimals

        language: str = self.language

        sms_consent = self.sms_consent

        status: str = self.status

        status_reason: None | str
        status_reason = self.status_reason

        joined_on = self.joined_on.isoformat()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "branch_id": branch_id,
                "group_id": group_id,
                "name_bn": name_bn,
                "name_en": name_en,
                "gender": gender,
                "date_of_birth": date_of_birth,
                "nid": nid,
                "mobile": mobile,
                "address": address,
                "household_monthly_income": household_monthly_income,
                "land_holding_decimals": land_holding_decimals,
                "language": language,
                "sms_consent": sms_consent,
                "status": status,
                "status_reason": status_reason,
                "joined_on": joined_on,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_out import AddressOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        branch_id = UUID(d.pop("branch_id"))

        group_id = UUID(d.pop("group_id"))

        name_bn = d.pop("name_bn")

        name_en = d.pop("name_en")

        gender = check_gender(d.pop("gender"))

        date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

        nid = d.pop("nid")

        mobile = d.pop("mobile")

        address = AddressOut.from_dict(d.pop("address"))

        household_monthly_income = d.pop("household_monthly_income")

        land_holding_decimals = d.pop("land_holding_decimals")

        language = check_language(d.pop("language"))

        sms_consent = d.pop("sms_consent")

        status = check_member_status(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        member_out = cls(
            id=id,
            branch_id=branch_id,
            group_id=group_id,
            name_bn=name_bn,
            name_en=name_en,
            gender=gender,
            date_of_birth=date_of_birth,
            nid=nid,
            mobile=mobile,
            address=address,
            household_monthly_income=household_monthly_income,
            land_holding_decimals=land_holding_decimals,
            language=language,
            sms_consent=sms_consent,
            status=status,
            status_reason=status_reason,
            joined_on=joined_on,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        member_out.additional_properties = d
        return member_out

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
