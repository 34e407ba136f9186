from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingsTransferIn")


@_attrs_define
class SavingsTransferIn:
    """
    Attributes:
        to_account_id (UUID): another active account of the same member
        amount (str):
        on (datetime.date | None | Unset): default today; today or yesterday (Dhaka) for anyone (SAVINGS_BACKDATE_DAYS);
            further back, up to SAVINGS_BACKDATE_MAX_DAYS, only a branch manager or admin with a `backdate_reason`; never
            before the account's last transaction
        reference (None | str | Unset): default: the other account's number
        backdate_reason (None | str | Unset): why the date is beyond the back-dating window (managers only); kept on the
            transaction and its event
    """

    to_account_id: UUID
    amount: str
    on: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    backdate_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to_account_id = str(self.to_account_id)

        amount = self.amount

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        backdate_reason: None | str | Unset
        if isinstance(self.backdate_reason, Unset):
            backdate_reason = UNSET
        else:
            backdate_reason = self.backdate_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to_account_id": to_account_id,
                "amount": amount,
            }
        )
        if on is not UNSET:
            field_dict["on"] = on
        if reference is not UNSET:
            field_dict["reference"] = reference
        if backdate_reason is not UNSET:
            field_dict["backdate_reason"] = backdate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_account_id = UUID(d.pop("to_account_id"))

        amount = d.pop("amount")

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_backdate_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason", UNSET))

        savings_transfer_in = cls(
            to_account_id=to_account_id,
            amount=amount,
            on=on,
            reference=reference,
            backdate_reason=backdate_reason,
        )

        return savings_transfer_in
