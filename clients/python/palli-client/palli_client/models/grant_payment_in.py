from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.grant_payment_in_channel import GrantPaymentInChannel, check_grant_payment_in_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrantPaymentIn")


@_attrs_define
class GrantPaymentIn:
    """
    Attributes:
        payee_participant_id (UUID): the team member who receives it for the team
        channel (GrantPaymentInChannel):
        reference (None | str | Unset): the wallet transaction id (mobile_wallet)
        savings_account_id (None | Unset | UUID): her voluntary savings account (savings): savings credits it
    """

    payee_participant_id: UUID
    channel: GrantPaymentInChannel
    reference: None | str | Unset = UNSET
    savings_account_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        payee_participant_id = str(self.payee_participant_id)

        channel: str = self.channel

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        savings_account_id: None | str | Unset
        if isinstance(self.savings_account_id, Unset):
            savings_account_id = UNSET
        elif isinstance(self.savings_account_id, UUID):
            savings_account_id = str(self.savings_account_id)
        else:
            savings_account_id = self.savings_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payee_participant_id": payee_participant_id,
                "channel": channel,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if savings_account_id is not UNSET:
            field_dict["savings_account_id"] = savings_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payee_participant_id = UUID(d.pop("payee_participant_id"))

        channel = check_grant_payment_in_channel(d.pop("channel"))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

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

        grant_payment_in = cls(
            payee_participant_id=payee_participant_id,
            channel=channel,
            reference=reference,
            savings_account_id=savings_account_id,
        )

        return grant_payment_in
