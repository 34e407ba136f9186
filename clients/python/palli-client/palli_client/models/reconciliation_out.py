from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.loan_difference_out import LoanDifferenceOut
    from ..models.product_total_out import ProductTotalOut
    from ..models.reconciliation_out_counts import ReconciliationOutCounts


T = TypeVar("T", bound="ReconciliationOut")


@_attrs_define
class ReconciliationOut:
    """
    Attributes:
        as_of (datetime.datetime):
        branch_id (None | UUID):
        loans_checked (int):
        ledger_total (str): every line on the loan portfolio accounts in scope
        lending_total (str):
        difference (str):
        unattributed_ledger (str): portfolio lines with no loan id (manual adjustments)
        differences_count (int): all differing loans; `differences` lists the largest, at most `limit`
        counts (ReconciliationOutCounts): differing loans per kind
        differences (list[LoanDifferenceOut]):
        by_product (list[ProductTotalOut]):
        clean (bool):
    """

    as_of: datetime.datetime
    branch_id: None | UUID
    loans_checked: int
    ledger_total: str
    lending_total: str
    difference: str
    unattributed_ledger: str
    differences_count: int
    counts: ReconciliationOutCounts
    differences: list[LoanDifferenceOut]
    by_product: list[ProductTotalOut]
    clean: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        loans_checked = self.loans_checked

        ledger_total = self.ledger_total

        lending_total = self.lending_total

        difference = self.difference

        unattributed_ledger = self.unattributed_ledger

        differences_count = self.differences_count

        counts = self.counts.to_dict()

        differences = []
        for differences_item_data in self.differences:
            differences_item = differences_item_data.to_dict()
            differences.append(differences_item)

        by_product = []
        for by_product_item_data in self.by_product:
            by_product_item = by_product_item_data.to_dict()
            by_product.append(by_product_item)

        clean = self.clean

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "branch_id": branch_id,
                "loans_checked": loans_checked,
                "ledger_total": ledger_total,
                "lending_total": lending_total,
                "difference": difference,
                "unattributed_ledger": unattributed_ledger,
                "differences_count": differences_count,
                "counts": counts,
                "differences": differences,
                "by_product": by_product,
                "clean": clean,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loan_difference_out import LoanDifferenceOut  # noqa: PLC0415
        from ..models.product_total_out import ProductTotalOut  # noqa: PLC0415
        from ..models.reconciliation_out_counts import ReconciliationOutCounts  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

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

        loans_checked = d.pop("loans_checked")

        ledger_total = d.pop("ledger_total")

        lending_total = d.pop("lending_total")

        difference = d.pop("difference")

        unattributed_ledger = d.pop("unattributed_ledger")

        differences_count = d.pop("differences_count")

        counts = ReconciliationOutCounts.from_dict(d.pop("counts"))

        differences = []
        _differences = d.pop("differences")
        for differences_item_data in _differences:
            differences_item = LoanDifferenceOut.from_dict(differences_item_data)

            differences.append(differences_item)

        by_product = []
        _by_product = d.pop("by_product")
        for by_product_item_data in _by_product:
            by_product_item = ProductTotalOut.from_dict(by_product_item_data)

            by_product.append(by_product_item)

        clean = d.pop("clean")

        reconciliation_out = cls(
            as_of=as_of,
            branch_id=branch_id,
            loans_checked=loans_checked,
            ledger_total=ledger_total,
            lending_total=lending_total,
            difference=difference,
            unattributed_ledger=unattributed_ledger,
            differences_count=differences_count,
            counts=counts,
            differences=differences,
            by_product=by_product,
            clean=clean,
        )

        reconciliation_out.additional_properties = d
        return reconciliation_out

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
