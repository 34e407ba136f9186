from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.adjustment_create_kind import AdjustmentCreateKind, check_adjustment_create_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent import Consent


T = TypeVar("T", bound="AdjustmentCreate")


@_attrs_define
class AdjustmentCreate:
    """
    Attributes:
        lot_id (UUID):
        kind (AdjustmentCreateKind):
        reason (str):
        quantity (int | None | Unset): units written off or returned (not for a markdown)
        retail_price (None | str | Unset): a markdown's new price
        consent (Consent | None | Unset): the producer's, for her goods (consignment, advance)
    """

    lot_id: UUID
    kind: AdjustmentCreateKind
    reason: str
    quantity: int | None | Unset = UNSET
    retail_price: None | str | Unset = UNSET
    consent: Consent | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.consent import Consent  # noqa: PLC0415

        lot_id = str(self.lot_id)

        kind: str = self.kind

        reason = self.reason

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        retail_price: None | str | Unset
        if isinstance(self.retail_price, Unset):
            retail_price = UNSET
        else:
            retail_price = self.retail_price

        consent: dict[str, Any] | None | Unset
        if isinstance(self.consent, Unset):
            consent = UNSET
        elif isinstance(self.consent, Consent):
            consent = self.consent.to_dict()
        else:
            consent = self.consent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lot_id": lot_id,
                "kind": kind,
                "reason": reason,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if retail_price is not UNSET:
            field_dict["retail_price"] = retail_price
        if consent is not UNSET:
            field_dict["consent"] = consent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent import Consent  # noqa: PLC0415

        d = dict(src_dict)
        lot_id = UUID(d.pop("lot_id"))

        kind = check_adjustment_create_kind(d.pop("kind"))

        reason = d.pop("reason")

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_retail_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retail_price = _parse_retail_price(d.pop("retail_price", UNSET))

        def _parse_consent(data: object) -> Consent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_type_0 = Consent.from_dict(data)

                return consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Consent | None | Unset, data)

        consent = _parse_consent(d.pop("consent", UNSET))

        adjustment_create = cls(
            lot_id=lot_id,
            kind=kind,
            reason=reason,
            quantity=quantity,
            retail_price=retail_price,
            consent=consent,
        )

        return adjustment_create
