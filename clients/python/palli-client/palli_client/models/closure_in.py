from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.closure_in_channel import ClosureInChannel, check_closure_in_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClosureIn")


@_attrs_define
class ClosureIn:
    """
    Attributes:
        channel (ClosureInChannel): how the balance is paid out; transfer: into another of her accounts (to_account_id)
        to_account_id (None | Unset | UUID):
        on (datetime.date | None | Unset): default today; today or yesterday (Dhaka) for anyone (SAVINGS_BACKDATE_DAYS);
            further back, up to SAVINGS_BACKDATE_MAX_DAYS, only a branch manager or admin with a `backdate_reason`; never
            before the account's last transaction
        reason (None | str | Unset):
        backdate_reason (None | str | Unset): why the date is beyond the back-dating window (managers only); kept on the
            transaction and its event
    """

    channel: ClosureInChannel
    to_account_id: None | Unset | UUID = UNSET
    on: datetime.date | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    backdate_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        to_account_id: None | str | Unset
        if isinstance(self.to_account_id, Unset):
            to_account_id = UNSET
        elif isinstance(self.to_account_id, UUID):
            to_account_id = str(self.to_account_id)
        else:
            to_account_id = self.to_account_id

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        backdate_reason: None | str | Unset
        if isinstance(self.backdate_reason, Unset):
            backdate_reason = UNSET
        else:
            backdate_reason = self.backdate_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )
        if to_account_id is not UNSET:
            field_dict["to_account_id"] = to_account_id
        if on is not UNSET:
            field_dict["on"] = on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if backdate_reason is not UNSET:
            field_dict["backdate_reason"] = backdate_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = check_closure_in_channel(d.pop("channel"))

        def _parse_to_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_account_id_type_0 = UUID(data)

                return to_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        to_account_id = _parse_to_account_id(d.pop("to_account_id", UNSET))

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

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_backdate_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason", UNSET))

        closure_in = cls(
            channel=channel,
            to_account_id=to_account_id,
            on=on,
            reason=reason,
            backdate_reason=backdate_reason,
        )

        return closure_in
