from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gender import Gender, check_gender
from ..models.language import Language, check_language
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_in import AddressIn


T = TypeVar("T", bound="MemberUpdate")


@_attrs_define
class MemberUpdate:
    """
    Attributes:
        name_bn (None | str | Unset):
        name_en (None | str | Unset):
        gender (Gender | None | Unset):
        date_of_birth (datetime.date | None | Unset):
        nid (None | str | Unset):
        mobile (None | str | Unset):
        address (AddressIn | None | Unset):
        household_monthly_income (None | str | Unset):
        land_holding_decimals (float | None | str | Unset):
        language (Language | None | Unset):
        sms_consent (bool | None | Unset): false: the member opts out of SMS
    """

    name_bn: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    nid: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    address: AddressIn | None | Unset = UNSET
    household_monthly_income: None | str | Unset = UNSET
    land_holding_decimals: float | None | str | Unset = UNSET
    language: Language | None | Unset = UNSET
    sms_consent: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_in import AddressIn  # noqa: PLC0415

        name_bn: None | str | Unset
        if isinstance(self.name_bn, Unset):
            name_bn = UNSET
        else:
            name_bn = self.name_bn

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

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

        nid: None | str | Unset
        if isinstance(self.nid, Unset):
            nid = UNSET
        else:
            nid = self.nid

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, AddressIn):
            address = self.address.to_dict()
        else:
            address = self.address

        household_monthly_income: None | str | Unset
        if isinstance(self.household_monthly_income, Unset):
            household_monthly_income = UNSET
        else:
            household_monthly_income = self.household_monthly_income

        land_holding_decimals: float | None | str | Unset
        if isinstance(self.land_holding_decimals, Unset):
            land_holding_decimals = UNSET
        else:
            land_holding_decimals = self.land_holding_decimals

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, str):
            language = self.language
        else:
            language = self.language

        sms_consent: bool | None | Unset
        if isinstance(self.sms_consent, Unset):
            sms_consent = UNSET
        else:
            sms_consent = self.sms_consent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_bn is not UNSET:
            field_dict["name_bn"] = name_bn
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if nid is not UNSET:
            field_dict["nid"] = nid
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if address is not UNSET:
            field_dict["address"] = address
        if household_monthly_income is not UNSET:
            field_dict["household_monthly_income"] = household_monthly_income
        if land_holding_decimals is not UNSET:
            field_dict["land_holding_decimals"] = land_holding_decimals
        if language is not UNSET:
            field_dict["language"] = language
        if sms_consent is not UNSET:
            field_dict["sms_consent"] = sms_consent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_in import AddressIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name_bn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_bn = _parse_name_bn(d.pop("name_bn", UNSET))

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

        def _parse_gender(data: object) -> Gender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = check_gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | Unset, data)

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

        def _parse_nid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nid = _parse_nid(d.pop("nid", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_address(data: object) -> AddressIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = AddressIn.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressIn | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_household_monthly_income(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        household_monthly_income = _parse_household_monthly_income(d.pop("household_monthly_income", UNSET))

        def _parse_land_holding_decimals(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        land_holding_decimals = _parse_land_holding_decimals(d.pop("land_holding_decimals", UNSET))

        def _parse_language(data: object) -> Language | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = check_language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_sms_consent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sms_consent = _parse_sms_consent(d.pop("sms_consent", UNSET))

        member_update = cls(
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
        )

        return member_update
