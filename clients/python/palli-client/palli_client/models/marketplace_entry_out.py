from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarketplaceEntryOut")


@_attrs_define
class MarketplaceEntryOut:
    """
    Attributes:
        id (UUID):
        kind (str):
        amount (str):
        units (int):
        reference (str):
        on (datetime.date):
        payout_id (None | UUID):
    """

    id: UUID
    kind: str
    amount: str
    units: int
    reference: str
    on: datetime.date
    payout_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        amount = self.amount

        units = self.units

        reference = self.reference

        on = self.on.isoformat()

        payout_id: None | str
        if isinstance(self.payout_id, UUID):
            payout_id = str(self.payout_id)
        else:
            payout_id = self.payout_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "amount": amount,
                "units": units,
                "reference": reference,
                "on": on,
                "payout_id": payout_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        amount = d.pop("amount")

        units = d.pop("units")

        reference = d.pop("reference")

        on = datetime.date.fromisoformat(d.pop("on"))

        def _parse_payout_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payout_id_type_0 = UUID(data)

                return payout_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        payout_id = _parse_payout_id(d.pop("payout_id"))

        marketplace_entry_out = cls(
            id=id,
            kind=kind,
            amount=amount,
            units=units,
            reference=reference,
            on=on,
            payout_id=payout_id,
        )

        marketplace_entry_out.additional_properties = d
        return marketplace_entry_out

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
