from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdvanceOut")


@_attrs_define
class AdvanceOut:
    """
    Attributes:
        id (UUID):
        lot_id (UUID):
        producer_id (UUID):
        on (datetime.date):
        amount (str):
        recovered (str):
        channel (str):
        reference (None | str):
        savings_account_id (None | UUID):
    """

    id: UUID
    lot_id: UUID
    producer_id: UUID
    on: datetime.date
    amount: str
    recovered: str
    channel: str
    reference: None | str
    savings_account_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        lot_id = str(self.lot_id)

        producer_id = str(self.producer_id)

        on = self.on.isoformat()

        amount = self.amount

        recovered = self.recovered

        channel = self.channel

        reference: None | str
        reference = self.reference

        savings_account_id: None | str
        if isinstance(self.savings_account_id, UUID):
            savings_account_id = str(self.savings_account_id)
        else:
            savings_account_id = self.savings_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lot_id": lot_id,
                "producer_id": producer_id,
                "on": on,
                "amount": amount,
                "recovered": recovered,
                "channel": channel,
                "reference": reference,
                "savings_account_id": savings_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        lot_id = UUID(d.pop("lot_id"))

        producer_id = UUID(d.pop("producer_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        amount = d.pop("amount")

        recovered = d.pop("recovered")

        channel = d.pop("channel")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_savings_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                savings_account_id_type_0 = UUID(data)

                return savings_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        savings_account_id = _parse_savings_account_id(d.pop("savings_account_id"))

        advance_out = cls(
            id=id,
            lot_id=lot_id,
            producer_id=producer_id,
            on=on,
            amount=amount,
            recovered=recovered,
            channel=channel,
            reference=reference,
            savings_account_id=savings_account_id,
        )

        advance_out.additional_properties = d
        return advance_out

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
