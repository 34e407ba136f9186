from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.line_in_channel import LineInChannel, check_line_in_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineIn")


@_attrs_define
class LineIn:
    """
    Attributes:
        loan_id (UUID):
        amount (str):
        channel (LineInChannel | Unset):  Default: 'cash'.
        reference (None | str | Unset):
    """

    loan_id: UUID
    amount: str
    channel: LineInChannel | Unset = "cash"
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        loan_id = str(self.loan_id)

        amount = self.amount

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loan_id": loan_id,
                "amount": amount,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_id = UUID(d.pop("loan_id"))

        amount = d.pop("amount")

        _channel = d.pop("channel", UNSET)
        channel: LineInChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_line_in_channel(_channel)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        line_in = cls(
            loan_id=loan_id,
            amount=amount,
            channel=channel,
            reference=reference,
        )

        return line_in
