from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProducerAccount")


@_attrs_define
class ProducerAccount:
    """
    Attributes:
        producer_id (UUID):
        member_id (UUID):
        branch_id (UUID):
        name (str):
        name_bn (str):
        balance (str): what she is owed now (2310)
        advance_outstanding (str):
        payout_channel (None | str):
        payout_savings_account_id (None | UUID):
        payout_wallet (None | str):
    """

    producer_id: UUID
    member_id: UUID
    branch_id: UUID
    name: str
    name_bn: str
    balance: str
    advance_outstanding: str
    payout_channel: None | str
    payout_savings_account_id: None | UUID
    payout_wallet: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        producer_id = str(self.producer_id)

        member_id = str(self.member_id)

        branch_id = str(self.branch_id)

        name = self.name

        name_bn = self.name_bn

        balance = self.balance

        advance_outstanding = self.advance_outstanding

        payout_channel: None | str
        payout_channel = self.payout_channel

        payout_savings_account_id: None | str
        if isinstance(self.payout_savings_account_id, UUID):
            payout_savings_account_id = str(self.payout_savings_account_id)
        else:
            payout_savings_account_id = self.payout_savings_account_id

        payout_wallet: None | str
        payout_wallet = self.payout_wallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "producer_id": producer_id,
                "member_id": member_id,
                "branch_id": branch_id,
                "name": name,
                "name_bn": name_bn,
                "balance": balance,
                "advance_outstanding": advance_outstanding,
                "payout_channel": payout_channel,
                "payout_savings_account_id": payout_savings_account_id,
                "payout_wallet": payout_wallet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        producer_id = UUID(d.pop("producer_id"))

        member_id = UUID(d.pop("member_id"))

        branch_id = UUID(d.pop("branch_id"))

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        balance = d.pop("balance")

        advance_outstanding = d.pop("advance_outstanding")

        def _parse_payout_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payout_channel = _parse_payout_channel(d.pop("payout_channel"))

        def _parse_payout_savings_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payout_savings_account_id_type_0 = UUID(data)

                return payout_savings_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        payout_savings_account_id = _parse_payout_savings_account_id(d.pop("payout_savings_account_id"))

        def _parse_payout_wallet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payout_wallet = _parse_payout_wallet(d.pop("payout_wallet"))

        producer_account = cls(
            producer_id=producer_id,
            member_id=member_id,
            branch_id=branch_id,
            name=name,
            name_bn=name_bn,
            balance=balance,
            advance_outstanding=advance_outstanding,
            payout_channel=payout_channel,
            payout_savings_account_id=payout_savings_account_id,
            payout_wallet=payout_wallet,
        )

        producer_account.additional_properties = d
        return producer_account

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
