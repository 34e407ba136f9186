from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AdjustmentOut")


@_attrs_define
class AdjustmentOut:
    """
    Attributes:
        id (UUID):
        outlet_id (UUID):
        lot_id (UUID):
        kind (str):
        quantity (int):
        reason (str):
        retail_price (None | str):
        consent_by (None | str):
        consent_on (datetime.date | None):
        consent_reference (None | str):
        written_off (str):
    """

    id: UUID
    outlet_id: UUID
    lot_id: UUID
    kind: str
    quantity: int
    reason: str
    retail_price: None | str
    consent_by: None | str
    consent_on: datetime.date | None
    consent_reference: None | str
    written_off: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        outlet_id = str(self.outlet_id)

        lot_id = str(self.lot_id)

        kind = self.kind

        quantity = self.quantity

        reason = self.reason

        retail_price: None | str
        retail_price = self.retail_price

        consent_by: None | str
        consent_by = self.consent_by

        consent_on: None | str
        if isinstance(self.consent_on, datetime.date):
            consent_on = self.consent_on.isoformat()
        else:
            consent_on = self.consent_on

        consent_reference: None | str
        consent_reference = self.consent_reference

        written_off = self.written_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "outlet_id": outlet_id,
                "lot_id": lot_id,
                "kind": kind,
                "quantity": quantity,
                "reason": reason,
                "retail_price": retail_price,
                "consent_by": consent_by,
                "consent_on": consent_on,
                "consent_reference": consent_reference,
                "written_off": written_off,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        outlet_id = UUID(d.pop("outlet_id"))

        lot_id = UUID(d.pop("lot_id"))

        kind = d.pop("kind")

        quantity = d.pop("quantity")

        reason = d.pop("reason")

        def _parse_retail_price(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        retail_price = _parse_retail_price(d.pop("retail_price"))

        def _parse_consent_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consent_by = _parse_consent_by(d.pop("consent_by"))

        def _parse_consent_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consent_on_type_0 = datetime.date.fromisoformat(data)

                return consent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        consent_on = _parse_consent_on(d.pop("consent_on"))

        def _parse_consent_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consent_reference = _parse_consent_reference(d.pop("consent_reference"))

        written_off = d.pop("written_off")

        adjustment_out = cls(
            id=id,
            outlet_id=outlet_id,
            lot_id=lot_id,
            kind=kind,
            quantity=quantity,
            reason=reason,
            retail_price=retail_price,
            consent_by=consent_by,
            consent_on=consent_on,
            consent_reference=consent_reference,
            written_off=written_off,
        )

        adjustment_out.additional_properties = d
        return adjustment_out

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
