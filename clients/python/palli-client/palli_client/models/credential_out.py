from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CredentialOut")


@_attrs_define
class CredentialOut:
    """
    Attributes:
        id (UUID):
        code (str):
        participant_id (UUID):
        programme_id (UUID):
        programme_code (str):
        cohort_id (None | UUID):
        issued_on (datetime.date):
        status (str):
        revoked_reason (None | str):
        verify_url (str):
    """

    id: UUID
    code: str
    participant_id: UUID
    programme_id: UUID
    programme_code: str
    cohort_id: None | UUID
    issued_on: datetime.date
    status: str
    revoked_reason: None | str
    verify_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        participant_id = str(self.participant_id)

        programme_id = str(self.programme_id)

        programme_code = self.programme_code

        cohort_id: None | str
        if isinstance(self.cohort_id, UUID):
            cohort_id = str(self.cohort_id)
        else:
            cohort_id = self.cohort_id

        issued_on = self.issued_on.isoformat()

        status = self.status

        revoked_reason: None | str
        revoked_reason = self.revoked_reason

        verify_url = self.verify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "participant_id": participant_id,
                "programme_id": programme_id,
                "programme_code": programme_code,
                "cohort_id": cohort_id,
                "issued_on": issued_on,
                "status": status,
                "revoked_reason": revoked_reason,
                "verify_url": verify_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        participant_id = UUID(d.pop("participant_id"))

        programme_id = UUID(d.pop("programme_id"))

        programme_code = d.pop("programme_code")

        def _parse_cohort_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cohort_id_type_0 = UUID(data)

                return cohort_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cohort_id = _parse_cohort_id(d.pop("cohort_id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        status = d.pop("status")

        def _parse_revoked_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoked_reason = _parse_revoked_reason(d.pop("revoked_reason"))

        verify_url = d.pop("verify_url")

        credential_out = cls(
            id=id,
            code=code,
            participant_id=participant_id,
            programme_id=programme_id,
            programme_code=programme_code,
            cohort_id=cohort_id,
            issued_on=issued_on,
            status=status,
            revoked_reason=revoked_reason,
            verify_url=verify_url,
        )

        credential_out.additional_properties = d
        return credential_out

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
