from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.gender import Gender, check_gender
from ..models.language import Language, check_language
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in import AddressIn


T = TypeVar("T", bound="MemberCreate")


@_attrs_define
class MemberCreate:
    """
    Attributes:
        group_id (UUID):
        name_bn (str): Name in Bangla script
        name_en (str): Name in Latin script
        gender (Gender):
        date_of_birth (datetime.date):
        nid (str): National ID: 10, 13 or 17 digits
        mobile (str): 01XXXXXXXXX or +8801XXXXXXXXX
        address (AddressIn):
        household_monthly_income (str): Decimal taka, e.g. "12000.00"
        land_holding_decimals (float | str): Land held, in decimals (1/100 acre)
        joined_on (datetime.date | None | Unset):
        language (Language | Unset): The language a member reads messages in (SMS reminders, receipts); Bangla unless
            they ask.
        sms_consent (bool | Unset): The member agrees to SMS (recorded on the registration form, so true unless they
            decline) Default: True.
    """

    group_id: UUID
    name_bn: str
    name_en: str
    gender: Gender
    date_of_birth: datetime.date
    nid: str
    mobile: str
    address: AddressIn
    household_monthly_income: str
    land_holding_decimals: float | str
    joined_on: datetime.date | None | Unset = UNSET
    language: Language | Unset = UNSET
    sms_consent: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        group_id = str(self.group_id)

        name_bn = self.name_bn

        name_en = self.name_en

        gender: str = self.gender

        date_of_birth = self.date_of_birth.isoformat()

        nid = self.nid

        mobile = self.mobile

        address = self.address.to_dict()

        household_monthly_income = self.household_monthly_income

        land_holding_decimals: float | str
        land_holding_decimals = self.land_holding_decimals

        joined_on: None | str | Unset
        if isinstance(self.joined_on, Unset):
            joined_on = UNSET
        elif isinstance(self.joined_on, datetime.date):
            joined_on = self.joined_on.isoformat()
        else:
            joined_on = self.joined_on

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        sms_consent = self.sms_consent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
            }
        )
        if joined_on is not UNSET:
            field_dict["joined_on"] = joined_on
        if language is not UNSET:
            field_dict["language"] = language
        if sms_consent is not UNSET:
            field_dict["sms_consent"] = sms_consent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_in import AddressIn  # noqa: PLC0415

        d = dict(src_dict)
        group_id = UUID(d.pop("group_id"))

        name_bn = d.pop("name_bn")

        name_en = d.pop("name_en")

        gender = check_gender(d.pop("gender"))

        date_of_birth = datetime.date.fromisoformat(d.pop("date_of_birth"))

        nid = d.pop("nid")

        mobile = d.pop("mobile")

        address = AddressIn.from_dict(d.pop("address"))

        household_monthly_income = d.pop("household_monthly_income")

        def _parse_land_holding_decimals(data: object) -> float | str:
            return cast(float | str, data)

        land_holding_decimals = _parse_land_holding_decimals(d.pop("land_holding_decimals"))

        def _parse_joined_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_on_type_0 = datetime.date.fromisoformat(data)

                return joined_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        joined_on = _parse_joined_on(d.pop("joined_on", UNSET))

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_language(_language)

        sms_consent = d.pop("sms_consent", UNSET)

        member_create = cls(
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
            joined_on=joined_on,
            language=language,
            sms_consent=sms_consent,
        )

        return member_create
