from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.secret_out import SecretOut


T = TypeVar("T", bound="ClientWithSecret")


@_attrs_define
class ClientWithSecret:
    """
    Attributes:
        client_id (str):
        name (str):
        scopes (list[str]):
        branch_ids (list[UUID] | None):
        active (bool):
        secrets (list[SecretOut]):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        client_secret (str): shown once; only its hash is kept
    """

    client_id: str
    name: str
    scopes: list[str]
    branch_ids: list[UUID] | None
    active: bool
    secrets: list[SecretOut]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        name = self.name

        scopes = self.scopes

        branch_ids: list[str] | None
        if isinstance(self.branch_ids, list):
            branch_ids = []
            for branch_ids_type_0_item_data in self.branch_ids:
                branch_ids_type_0_item = str(branch_ids_type_0_item_data)
                branch_ids.append(branch_ids_type_0_item)

        else:
            branch_ids = self.branch_ids

        active = self.active

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "name": name,
                "scopes": scopes,
                "branch_ids": branch_ids,
                "active": active,
                "secrets": secrets,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "client_secret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secret_out import SecretOut  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

        name = d.pop("name")

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_branch_ids(data: object) -> list[UUID] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                branch_ids_type_0 = []
                _branch_ids_type_0 = data
                for branch_ids_type_0_item_data in _branch_ids_type_0:
                    branch_ids_type_0_item = UUID(branch_ids_type_0_item_data)

                    branch_ids_type_0.append(branch_ids_type_0_item)

                return branch_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None, data)

        branch_ids = _parse_branch_ids(d.pop("branch_ids"))

        active = d.pop("active")

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = SecretOut.from_dict(secrets_item_data)

            secrets.append(secrets_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        client_secret = d.pop("client_secret")

        client_with_secret = cls(
            client_id=client_id,
            name=name,
            scopes=scopes,
            branch_ids=branch_ids,
            active=active,
            secrets=secrets,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            client_secret=client_secret,
        )

        client_with_secret.additional_properties = d
        return client_with_secret

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
