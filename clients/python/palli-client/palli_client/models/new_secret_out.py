from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewSecretOut")


@_attrs_define
class NewSecretOut:
    """
    Attributes:
        client_id (str):
        secret_id (UUID):
        client_secret (str): shown once; only its hash is kept
        previous_secrets_expire_at (datetime.datetime | None):
    """

    client_id: str
    secret_id: UUID
    client_secret: str
    previous_secrets_expire_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        secret_id = str(self.secret_id)

        client_secret = self.client_secret

        previous_secrets_expire_at: None | str
        if isinstance(self.previous_secrets_expire_at, datetime.datetime):
            previous_secrets_expire_at = self.previous_secrets_expire_at.isoformat()
        else:
            previous_secrets_expire_at = self.previous_secrets_expire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "secret_id": secret_id,
                "client_secret": client_secret,
                "previous_secrets_expire_at": previous_secrets_expire_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        secret_id = UUID(d.pop("secret_id"))

        client_secret = d.pop("client_secret")

        def _parse_previous_secrets_expire_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secrets_expire_at_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secrets_expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previous_secrets_expire_at = _parse_previous_secrets_expire_at(d.pop("previous_secrets_expire_at"))

        new_secret_out = cls(
            client_id=client_id,
            secret_id=secret_id,
            client_secret=client_secret,
            previous_secrets_expire_at=previous_secrets_expire_at,
        )

        new_secret_out.additional_properties = d
        return new_secret_out

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
