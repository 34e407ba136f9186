from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TransferCreate")


@_attrs_define
class TransferCreate:
    """
    Attributes:
        lot_id (UUID):
        from_outlet_id (UUID):
        to_outlet_id (UUID):
        quantity (int):
    """

    lot_id: UUID
    from_outlet_id: UUID
    to_outlet_id: UUID
    quantity: int

    def to_dict(self) -> dict[str, Any]:
        lot_id = str(self.lot_id)

        from_outlet_id = str(self.from_outlet_id)

        to_outlet_id = str(self.to_outlet_id)

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lot_id": lot_id,
                "from_outlet_id": from_outlet_id,
                "to_outlet_id": to_outlet_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lot_id = UUID(d.pop("lot_id"))

        from_outlet_id = UUID(d.pop("from_outlet_id"))

        to_outlet_id = UUID(d.pop("to_outlet_id"))

        quantity = d.pop("quantity")

        transfer_create = cls(
            lot_id=lot_id,
            from_outlet_id=from_outlet_id,
            to_outlet_id=to_outlet_id,
            quantity=quantity,
        )

        return transfer_create
