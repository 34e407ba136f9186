from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loan_difference_out_kind import LoanDifferenceOutKind, check_loan_difference_out_kind

T = TypeVar("T", bound="LoanDifferenceOut")


@_attrs_define
class LoanDifferenceOut:
    """
    Attributes:
        loan_id (str):
        branch_id (None | UUID):
        product_code (None | str):
        status (None | str): lending's status of the loan; null when lending never reported it
        kind (LoanDifferenceOutKind):
        ledger (str):
        lending (str): what the ledger should hold: outstanding principal, 0 once written off
        difference (str): ledger - lending
    """

    loan_id: str
    branch_id: None | UUID
    product_code: None | str
    status: None | str
    kind: LoanDifferenceOutKind
    ledger: str
    lending: str
    difference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_id = self.loan_id

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        product_code: None | str
        product_code = self.product_code

        status: None | str
        status = self.status

        kind: str = self.kind

        ledger = self.ledger

        lending = self.lending

        difference = self.difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loan_id": loan_id,
                "branch_id": branch_id,
                "product_code": product_code,
                "status": status,
                "kind": kind,
                "ledger": ledger,
                "lending": lending,
                "difference": difference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_id = d.pop("loan_id")

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

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        kind = check_loan_difference_out_kind(d.pop("kind"))

        ledger = d.pop("ledger")

        lending = d.pop("lending")

        difference = d.pop("difference")

        loan_difference_out = cls(
            loan_id=loan_id,
            branch_id=branch_id,
            product_code=product_code,
            status=status,
            kind=kind,
            ledger=ledger,
            lending=lending,
            difference=difference,
        )

        loan_difference_out.additional_properties = d
        return loan_difference_out

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
