from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.branch_payables_out import BranchPayablesOut


T = TypeVar("T", bound="MarketplaceReconciliationOut")


@_attrs_define
class MarketplaceReconciliationOut:
    """
    Attributes:
        as_of (datetime.datetime):
        producers_checked (int):
        ledger_total (str): credits less debits on 2310, every branch together
        marketplace_total (str): the sum of the producers' balances as the marketplace last published them
        difference (str):
        by_branch (list[BranchPayablesOut]):
        clean (bool):
    """

    as_of: datetime.datetime
    producers_checked: int
    ledger_total: str
    marketplace_total: str
    difference: str
    by_branch: list[BranchPayablesOut]
    clean: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        producers_checked = self.producers_checked

        ledger_total = self.ledger_total

        marketplace_total = self.marketplace_total

        difference = self.difference

        by_branch = []
        for by_branch_item_data in self.by_branch:
            by_branch_item = by_branch_item_data.to_dict()
            by_branch.append(by_branch_item)

        clean = self.clean

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "producers_checked": producers_checked,
                "ledger_total": ledger_total,
                "marketplace_total": marketplace_total,
                "difference": difference,
                "by_branch": by_branch,
                "clean": clean,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch_payables_out import BranchPayablesOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        producers_checked = d.pop("producers_checked")

        ledger_total = d.pop("ledger_total")

        marketplace_total = d.pop("marketplace_total")

        difference = d.pop("difference")

        by_branch = []
        _by_branch = d.pop("by_branch")
        for by_branch_item_data in _by_branch:
            by_branch_item = BranchPayablesOut.from_dict(by_branch_item_data)

            by_branch.append(by_branch_item)

        clean = d.pop("clean")

        marketplace_reconciliation_out = cls(
            as_of=as_of,
            producers_checked=producers_checked,
            ledger_total=ledger_total,
            marketplace_total=marketplace_total,
            difference=difference,
            by_branch=by_branch,
            clean=clean,
        )

        marketplace_reconciliation_out.additional_properties = d
        return marketplace_reconciliation_out

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
