from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.payout_destination_channel import PayoutDestinationChannel, check_payout_destination_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutDestination")


@_attrs_define
class PayoutDestination:
    """
    Attributes:
        channel (PayoutDestinationChannel):
        savings_account_id (None | Unset | UUID): her voluntary savings account (channel savings)
        wallet (None | str | Unset): her bKash/Nagad number (channel mobile_wallet)
    """

    channel: PayoutDestinationChannel
    savings_account_id: None | Unset | UUID = UNSET
    wallet: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        savings_account_id: None | str | Unset
        if isinstance(self.savings_account_id, Unset):
            savings_account_id = UNSET
        elif isinstance(self.savings_account_id, UUID):
            savings_account_id = str(self.savings_account_id)
        else:
            savings_account_id = self.savings_account_id

        wallet: None | str | Unset
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        else:
            wallet = self.wallet

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )
        if savings_account_id is not UNSET:
            field_dict["savings_account_id"] = savings_account_id
        if wallet is not UNSET:
            field_dict["wallet"] = wallet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = check_payout_destination_channel(d.pop("channel"))

        def _parse_savings_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                savings_account_id_type_0 = UUID(data)

                return savings_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        savings_account_id = _parse_savings_account_id(d.pop("savings_account_id", UNSET))

        def _parse_wallet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        payout_destination = cls(
            channel=channel,
            savings_account_id=savings_account_id,
            wallet=wallet,
        )

        return payout_destination
