from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HoldOut")


@_attrs_define
class HoldOut:
    """
    Attributes:
        id (UUID):
        account_id (UUID):
        amount (str):
        reason (str):
        status (str):
        created_by (str):
        released_by (None | str):
    """

    id: UUID
    account_id: UUID
    amount: str
    reason: str
    status: str
    created_by: str
    released_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        account_id = str(self.account_id)

        amount = self.amount

        reason = self.reason

        status = self.status

        created_by = self.created_by

        released_by: None | str
        released_by = self.released_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "amount": amount,
                "reason": reason,
                "status": status,
                "created_by": created_by,
                "released_by": released_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        account_id = UUID(d.pop("account_id"))

        amount = d.pop("amount")

        reason = d.pop("reason")

        status = d.pop("status")

        created_by = d.pop("created_by")

        def _parse_released_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        released_by = _parse_released_by(d.pop("released_by"))

        hold_out = cls(
            id=id,
            account_id=account_id,
            amount=amount,
            reason=reason,
            status=status,
            created_by=created_by,
            released_by=released_by,
        )

        hold_out.additional_properties = d
        return hold_out

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
