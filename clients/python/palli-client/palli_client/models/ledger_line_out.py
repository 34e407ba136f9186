from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LedgerLineOut")


@_attrs_define
class LedgerLineOut:
    """
    Attributes:
        line_id (int):
        entry_id (UUID):
        posted_on (datetime.date):
        account_code (str):
        branch_id (None | UUID):
        description (str):
        memo (None | str):
        reference (None | str):
        debit (str):
        credit (str):
        balance (str): running balance after this line
    """

    line_id: int
    entry_id: UUID
    posted_on: datetime.date
    account_code: str
    branch_id: None | UUID
    description: str
    memo: None | str
    reference: None | str
    debit: str
    credit: str
    balance: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_id = self.line_id

        entry_id = str(self.entry_id)

        posted_on = self.posted_on.isoformat()

        account_code = self.account_code

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        description = self.description

        memo: None | str
        memo = self.memo

        reference: None | str
        reference = self.reference

        debit = self.debit

        credit = self.credit

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line_id": line_id,
                "entry_id": entry_id,
                "posted_on": posted_on,
                "account_code": account_code,
                "branch_id": branch_id,
                "description": description,
                "memo": memo,
                "reference": reference,
                "debit": debit,
                "credit": credit,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_id = d.pop("line_id")

        entry_id = UUID(d.pop("entry_id"))

        posted_on = datetime.date.fromisoformat(d.pop("posted_on"))

        account_code = d.pop("account_code")

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

        description = d.pop("description")

        def _parse_memo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memo = _parse_memo(d.pop("memo"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        debit = d.pop("debit")

        credit = d.pop("credit")

        balance = d.pop("balance")

        ledger_line_out = cls(
            line_id=line_id,
            entry_id=entry_id,
            posted_on=posted_on,
            account_code=account_code,
            branch_id=branch_id,
            description=description,
            memo=memo,
            reference=reference,
            debit=debit,
            credit=credit,
            balance=balance,
        )

        ledger_line_out.additional_properties = d
        return ledger_line_out

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
