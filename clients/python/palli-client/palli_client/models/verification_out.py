from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VerificationOut")


@_attrs_define
class VerificationOut:
    """What anyone may see of a credential: enough to trust it, not enough to find her.

    Attributes:
        code (str):
        valid (bool):
        status (str):
        holder (str):
        programme (str):
        programme_bn (str):
        issued_on (datetime.date):
        revoked_reason (None | str):
    """

    code: str
    valid: bool
    status: str
    holder: str
    programme: str
    programme_bn: str
    issued_on: datetime.date
    revoked_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        valid = self.valid

        status = self.status

        holder = self.holder

        programme = self.programme

        programme_bn = self.programme_bn

        issued_on = self.issued_on.isoformat()

        revoked_reason: None | str
        revoked_reason = self.revoked_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "valid": valid,
                "status": status,
                "holder": holder,
                "programme": programme,
                "programme_bn": programme_bn,
                "issued_on": issued_on,
                "revoked_reason": revoked_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        valid = d.pop("valid")

        status = d.pop("status")

        holder = d.pop("holder")

        programme = d.pop("programme")

        programme_bn = d.pop("programme_bn")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        def _parse_revoked_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoked_reason = _parse_revoked_reason(d.pop("revoked_reason"))

        verification_out = cls(
            code=code,
            valid=valid,
            status=status,
            holder=holder,
            programme=programme,
            programme_bn=programme_bn,
            issued_on=issued_on,
            revoked_reason=revoked_reason,
        )

        verification_out.additional_properties = d
        return verification_out

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
