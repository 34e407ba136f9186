from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.savings_kind_total_out import SavingsKindTotalOut


T = TypeVar("T", bound="SavingsReconciliationOut")


@_attrs_define
class SavingsReconciliationOut:
    """
    Attributes:
        as_of (datetime.datetime):
        branch_id (None | UUID):
        accounts_checked (int):
        ledger_total (str):
        savings_total (str):
        difference (str):
        by_kind (list[SavingsKindTotalOut]):
        clean (bool):
    """

    as_of: datetime.datetime
    branch_id: None | UUID
    accounts_checked: int
    ledger_total: str
    savings_total: str
    difference: str
    by_kind: list[SavingsKindTotalOut]
    clean: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        accounts_checked = self.accounts_checked

        ledger_total = self.ledger_total

        savings_total = self.savings_total

        difference = self.difference

        by_kind = []
        for by_kind_item_data in self.by_kind:
            by_kind_item = by_kind_item_data.to_dict()
            by_kind.append(by_kind_item)

        clean = self.clean

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "branch_id": branch_id,
                "accounts_checked": accounts_checked,
                "ledger_total": ledger_total,
                "savings_total": savings_total,
                "difference": difference,
                "by_kind": by_kind,
                "clean": clean,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.savings_kind_total_out import SavingsKindTotalOut  # noqa: PLC0415

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

        accounts_checked = d.pop("accounts_checked")

        ledger_total = d.pop("ledger_total")

        savings_total = d.pop("savings_total")

        difference = d.pop("difference")

        by_kind = []
        _by_kind = d.pop("by_kind")
        for by_kind_item_data in _by_kind:
            by_kind_item = SavingsKindTotalOut.from_dict(by_kind_item_data)

            by_kind.append(by_kind_item)

        clean = d.pop("clean")

        savings_reconciliation_out = cls(
            as_of=as_of,
            branch_id=branch_id,
            accounts_checked=accounts_checked,
            ledger_total=ledger_total,
            savings_total=savings_total,
            difference=difference,
            by_kind=by_kind,
            clean=clean,
        )

        savings_reconciliation_out.additional_properties = d
        return savings_reconciliation_out

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
