from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.repayment_in_channel import RepaymentInChannel, check_repayment_in_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RepaymentIn")


@_attrs_define
class RepaymentIn:
    """
    Attributes:
        amount (str):
        paid_on (datetime.date): the day the member paid, today or a past business day: anyone taking money may date it
            back to the previous business day (LENDING_BACKDATE_BUSINESS_DAYS), further back only a branch manager or admin
            with a `backdate_reason`; a future date is refused; not before the loan's last standing money transaction
            (reverse the later ones first), so history keeps its order
        channel (RepaymentInChannel | Unset):  Default: 'cash'.
        reference (None | str | Unset):
        backdate_reason (None | str | Unset): why the date is older than the back-dating window (managers only); kept on
            the transaction and its event
    """

    amount: str
    paid_on: datetime.date
    channel: RepaymentInChannel | Unset = "cash"
    reference: None | str | Unset = UNSET
    backdate_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        paid_on = self.paid_on.isoformat()

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

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
                "amount": amount,
                "paid_on": paid_on,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if reference is not UNSET:
            field_dict["reference"] = reference
        if backdate_reason is not UNSET:
            field_dict["backdate_reason"] = backdate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        _channel = d.pop("channel", UNSET)
        channel: RepaymentInChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_repayment_in_channel(_channel)

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

        repayment_in = cls(
            amount=amount,
            paid_on=paid_on,
            channel=channel,
            reference=reference,
            backdate_reason=backdate_reason,
        )

        return repayment_in
