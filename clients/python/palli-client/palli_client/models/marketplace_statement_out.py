from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.marketplace_entry_out import MarketplaceEntryOut
    from ..models.payout_out import PayoutOut


T = TypeVar("T", bound="MarketplaceStatementOut")


@_attrs_define
class MarketplaceStatementOut:
    """Her account: what is owed and not yet paid (`open`), and her latest payouts.

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
        open_ (list[MarketplaceEntryOut]):
        payouts (list[PayoutOut]):
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
    open_: list[MarketplaceEntryOut]
    payouts: list[PayoutOut]
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

        open_ = []
        for open_item_data in self.open_:
            open_item = open_item_data.to_dict()
            open_.append(open_item)

        payouts = []
        for payouts_item_data in self.payouts:
            payouts_item = payouts_item_data.to_dict()
            payouts.append(payouts_item)

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
                "open": open_,
                "payouts": payouts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_entry_out import MarketplaceEntryOut  # noqa: PLC0415
        from ..models.payout_out import PayoutOut  # noqa: PLC0415

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

        open_ = []
        _open_ = d.pop("open")
        for open_item_data in _open_:
            open_item = MarketplaceEntryOut.from_dict(open_item_data)

            open_.append(open_item)

        payouts = []
        _payouts = d.pop("payouts")
        for payouts_item_data in _payouts:
            payouts_item = PayoutOut.from_dict(payouts_item_data)

            payouts.append(payouts_item)

        marketplace_statement_out = cls(
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
            open_=open_,
            payouts=payouts,
        )

        marketplace_statement_out.additional_properties = d
        return marketplace_statement_out

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
