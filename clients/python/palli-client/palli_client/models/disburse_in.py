from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.disburse_in_channel import DisburseInChannel, check_disburse_in_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisburseIn")


@_attrs_define
class DisburseIn:
    """
    Attributes:
        disbursed_on (datetime.date): the day the money was paid out, today or a past business day: anyone taking money
            may date it back to the previous business day (LENDING_BACKDATE_BUSINESS_DAYS), further back only a branch
            manager or admin with a `backdate_reason`; a future date is refused
        channel (DisburseInChannel):
        reference (None | str | Unset): wallet transaction id, or the savings account, when not cash
        first_due_on (datetime.date | None | Unset):
        backdate_reason (None | str | Unset): why the date is older than the back-dating window (managers only); kept on
            the transaction and its event
    """

    disbursed_on: datetime.date
    channel: DisburseInChannel
    reference: None | str | Unset = UNSET
    first_due_on: datetime.date | None | Unset = UNSET
    backdate_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        disbursed_on = self.disbursed_on.isoformat()

        channel: str = self.channel

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        first_due_on: None | str | Unset
        if isinstance(self.first_due_on, Unset):
            first_due_on = UNSET
        elif isinstance(self.first_due_on, datetime.date):
            first_due_on = self.first_due_on.isoformat()
        else:
            first_due_on = self.first_due_on

        backdate_reason: None | str | Unset
        if isinstance(self.backdate_reason, Unset):
            backdate_reason = UNSET
        else:
            backdate_reason = self.backdate_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "disbursed_on": disbursed_on,
                "channel": channel,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if first_due_on is not UNSET:
            field_dict["first_due_on"] = first_due_on
        if backdate_reason is not UNSET:
            field_dict["backdate_reason"] = backdate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disbursed_on = datetime.date.fromisoformat(d.pop("disbursed_on"))

        channel = check_disburse_in_channel(d.pop("channel"))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_first_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_due_on_type_0 = datetime.date.fromisoformat(data)

                return first_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        first_due_on = _parse_first_due_on(d.pop("first_due_on", UNSET))

        def _parse_backdate_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason", UNSET))

        disburse_in = cls(
            disbursed_on=disbursed_on,
            channel=channel,
            reference=reference,
            first_due_on=first_due_on,
            backdate_reason=backdate_reason,
        )

        return disburse_in
