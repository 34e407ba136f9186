from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactOut")


@_attrs_define
class ContactOut:
    """
    Attributes:
        member_id (UUID):
        branch_id (UUID):
        mobile (None | str): masked: the last three digits
        language (str):
        sms_consent (bool):
        status (str):
        updated_at (datetime.datetime):
    """

    member_id: UUID
    branch_id: UUID
    mobile: None | str
    language: str
    sms_consent: bool
    status: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = str(self.member_id)

        branch_id = str(self.branch_id)

        mobile: None | str
        mobile = self.mobile

        language = self.language

        sms_consent = self.sms_consent

        status = self.status

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "branch_id": branch_id,
                "mobile": mobile,
                "language": language,
                "sms_consent": sms_consent,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = UUID(d.pop("member_id"))

        branch_id = UUID(d.pop("branch_id"))

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        language = d.pop("language")

        sms_consent = d.pop("sms_consent")

        status = d.pop("status")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        contact_out = cls(
            member_id=member_id,
            branch_id=branch_id,
            mobile=mobile,
            language=language,
            sms_consent=sms_consent,
            status=status,
            updated_at=updated_at,
        )

        contact_out.additional_properties = d
        return contact_out

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
