from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.lot_create_mode import LotCreateMode, check_lot_create_mode

T = TypeVar("T", bound="LotCreate")


@_attrs_define
class LotCreate:
    """
    Attributes:
        product_id (UUID):
        outlet_id (UUID):
        mode (LotCreateMode):
        quantity (int):
    """

    product_id: UUID
    outlet_id: UUID
    mode: LotCreateMode
    quantity: int

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        outlet_id = str(self.outlet_id)

        mode: str = self.mode

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_id": product_id,
                "outlet_id": outlet_id,
                "mode": mode,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = UUID(d.pop("product_id"))

        outlet_id = UUID(d.pop("outlet_id"))

        mode = check_lot_create_mode(d.pop("mode"))

        quantity = d.pop("quantity")

        lot_create = cls(
            product_id=product_id,
            outlet_id=outlet_id,
            mode=mode,
            quantity=quantity,
        )

        return lot_create
