from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credential_out import CredentialOut


T = TypeVar("T", bound="EvaluationOut")


@_attrs_define
class EvaluationOut:
    """
    Attributes:
        participant_id (UUID):
        credential (CredentialOut | None):
        missing (list[str]):
    """

    participant_id: UUID
    credential: CredentialOut | None
    missing: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credential_out import CredentialOut  # noqa: PLC0415

        participant_id = str(self.participant_id)

        credential: dict[str, Any] | None
        if isinstance(self.credential, CredentialOut):
            credential = self.credential.to_dict()
        else:
            credential = self.credential

        missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participant_id": participant_id,
                "credential": credential,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_out import CredentialOut  # noqa: PLC0415

        d = dict(src_dict)
        participant_id = UUID(d.pop("participant_id"))

        def _parse_credential(data: object) -> CredentialOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credential_type_0 = CredentialOut.from_dict(data)

                return credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CredentialOut | None, data)

        credential = _parse_credential(d.pop("credential"))

        missing = cast(list[str], d.pop("missing"))

        evaluation_out = cls(
            participant_id=participant_id,
            credential=credential,
            missing=missing,
        )

        evaluation_out.additional_properties = d
        return evaluation_out

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
