from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavingsTransactionOut")


@_attrs_define
class SavingsTransactionOut:
    """
    Attributes:
        id (UUID):
        account_id (UUID):
        kind (str):
        on (datetime.date):
        amount (str):
        balance_after (str):
        channel (None | str):
        reference (None | str):
        backdate_reason (None | str):
        created_by (str):
    """

    id: UUID
    account_id: UUID
    kind: str
    on: datetime.date
    amount: str
    balance_after: str
    channel: None | str
    reference: None | str
    backdate_reason: None | str
    created_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        account_id = str(self.account_id)

        kind = self.kind

        on = self.on.isoformat()

        amount = self.amount

        balance_after = self.balance_after

        channel: None | str
        channel = self.channel

        reference: None | str
        reference = self.reference

        backdate_reason: None | str
        backdate_reason = self.backdate_reason

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "kind": kind,
                "on": on,
                "amount": amount,
                "balance_after": balance_after,
                "channel": channel,
                "reference": reference,
                "backdate_reason": backdate_reason,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        account_id = UUID(d.pop("account_id"))

        kind = d.pop("kind")

        on = datetime.date.fromisoformat(d.pop("on"))

        amount = d.pop("amount")

        balance_after = d.pop("balance_after")

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_backdate_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason"))

        created_by = d.pop("created_by")

        savings_transaction_out = cls(
            id=id,
            account_id=account_id,
            kind=kind,
            on=on,
            amount=amount,
            balance_after=balance_after,
            channel=channel,
            reference=reference,
            backdate_reason=backdate_reason,
            created_by=created_by,
        )

        savings_transaction_out.additional_properties = d
        return savings_transaction_out

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
