from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LotOut")


@_attrs_define
class LotOut:
    """
    Attributes:
        id (UUID):
        product_id (UUID):
        producer_id (UUID):
        outlet_id (UUID):
        mode (str):
        received (int):
        accepted (int | None):
        rejected (int | None):
        unit_price (str):
        status (str):
        quality_note (None | str):
        received_on (datetime.date):
    """

    id: UUID
    product_id: UUID
    producer_id: UUID
    outlet_id: UUID
    mode: str
    received: int
    accepted: int | None
    rejected: int | None
    unit_price: str
    status: str
    quality_note: None | str
    received_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        product_id = str(self.product_id)

        producer_id = str(self.producer_id)

        outlet_id = str(self.outlet_id)

        mode = self.mode

        received = self.received

        accepted: int | None
        accepted = self.accepted

        rejected: int | None
        rejected = self.rejected

        unit_price = self.unit_price

        status = self.status

        quality_note: None | str
        quality_note = self.quality_note

        received_on = self.received_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "product_id": product_id,
                "producer_id": producer_id,
                "outlet_id": outlet_id,
                "mode": mode,
                "received": received,
                "accepted": accepted,
                "rejected": rejected,
                "unit_price": unit_price,
                "status": status,
                "quality_note": quality_note,
                "received_on": received_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        product_id = UUID(d.pop("product_id"))

        producer_id = UUID(d.pop("producer_id"))

        outlet_id = UUID(d.pop("outlet_id"))

        mode = d.pop("mode")

        received = d.pop("received")

        def _parse_accepted(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        accepted = _parse_accepted(d.pop("accepted"))

        def _parse_rejected(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rejected = _parse_rejected(d.pop("rejected"))

        unit_price = d.pop("unit_price")

        status = d.pop("status")

        def _parse_quality_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quality_note = _parse_quality_note(d.pop("quality_note"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        lot_out = cls(
            id=id,
            product_id=product_id,
            producer_id=producer_id,
            outlet_id=outlet_id,
            mode=mode,
            received=received,
            accepted=accepted,
            rejected=rejected,
            unit_price=unit_price,
            status=status,
            quality_note=quality_note,
            received_on=received_on,
        )

        lot_out.additional_properties = d
        return lot_out

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
