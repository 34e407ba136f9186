from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.fulfilment_channel import FulfilmentChannel, check_fulfilment_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Fulfilment")


@_attrs_define
class Fulfilment:
    """
    Attributes:
        channel (FulfilmentChannel):
        reference (None | str | Unset): the wallet or QR transaction (required but for cash)
    """

    channel: FulfilmentChannel
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "channel": channel,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = check_fulfilment_channel(d.pop("channel"))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        fulfilment = cls(
            channel=channel,
            reference=reference,
        )

        return fulfilment
