from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductTotalOut")


@_attrs_define
class ProductTotalOut:
    """
    Attributes:
        branch_id (None | UUID):
        product_code (None | str):
        loans (int):
        ledger (str):
        lending (str):
        difference (str):
    """

    branch_id: None | UUID
    product_code: None | str
    loans: int
    ledger: str
    lending: str
    difference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        product_code: None | str
        product_code = self.product_code

        loans = self.loans

        ledger = self.ledger

        lending = self.lending

        difference = self.difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch_id": branch_id,
                "product_code": product_code,
                "loans": loans,
                "ledger": ledger,
                "lending": lending,
                "difference": difference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_branch_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        def _parse_product_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_code = _parse_product_code(d.pop("product_code"))

        loans = d.pop("loans")

        ledger = d.pop("ledger")

        lending = d.pop("lending")

        difference = d.pop("difference")

        product_total_out = cls(
            branch_id=branch_id,
            product_code=product_code,
            loans=loans,
            ledger=ledger,
            lending=lending,
            difference=difference,
        )

        product_total_out.additional_properties = d
        return product_total_out

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
