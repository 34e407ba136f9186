from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trial_balance_row_out import TrialBalanceRowOut


T = TypeVar("T", bound="TrialBalanceOut")


@_attrs_define
class TrialBalanceOut:
    """
    Attributes:
        as_of (datetime.date):
        branch_id (None | UUID):
        accounts (list[TrialBalanceRowOut]):
        total_debit (str):
        total_credit (str):
        total_debit_balance (str):
        total_credit_balance (str):
        balanced (bool): debits equal credits (both the totals and the net balances)
    """

    as_of: datetime.date
    branch_id: None | UUID
    accounts: list[TrialBalanceRowOut]
    total_debit: str
    total_credit: str
    total_debit_balance: str
    total_credit_balance: str
    balanced: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        total_debit = self.total_debit

        total_credit = self.total_credit

        total_debit_balance = self.total_debit_balance

        total_credit_balance = self.total_credit_balance

        balanced = self.balanced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "branch_id": branch_id,
                "accounts": accounts,
                "total_debit": total_debit,
                "total_credit": total_credit,
                "total_debit_balance": total_debit_balance,
                "total_credit_balance": total_credit_balance,
                "balanced": balanced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trial_balance_row_out import TrialBalanceRowOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

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

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = TrialBalanceRowOut.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        total_debit = d.pop("total_debit")

        total_credit = d.pop("total_credit")

        total_debit_balance = d.pop("total_debit_balance")

        total_credit_balance = d.pop("total_credit_balance")

        balanced = d.pop("balanced")

        trial_balance_out = cls(
            as_of=as_of,
            branch_id=branch_id,
            accounts=accounts,
            total_debit=total_debit,
            total_credit=total_credit,
            total_debit_balance=total_debit_balance,
            total_credit_balance=total_credit_balance,
            balanced=balanced,
        )

        trial_balance_out.additional_properties = d
        return trial_balance_out

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
