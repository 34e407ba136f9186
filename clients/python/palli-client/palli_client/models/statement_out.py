from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef
    from ..models.ledger_line_out import LedgerLineOut


T = TypeVar("T", bound="StatementOut")


@_attrs_define
class StatementOut:
    """
    Attributes:
        account (AccountRef):
        accounts_included (list[str]): the account and, for a header, its sub-accounts
        from_ (datetime.date):
        to (datetime.date):
        branch_id (None | UUID):
        opening_balance (str): balance of every line before `from`
        period_debit (str):
        period_credit (str):
        closing_balance (str): balance at the end of `to`
        items (list[LedgerLineOut]):
        next_cursor (None | str):
    """

    account: AccountRef
    accounts_included: list[str]
    from_: datetime.date
    to: datetime.date
    branch_id: None | UUID
    opening_balance: str
    period_debit: str
    period_credit: str
    closing_balance: str
    items: list[LedgerLineOut]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        accounts_included = self.accounts_included

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        opening_balance = self.opening_balance

        period_debit = self.period_debit

        period_credit = self.period_credit

        closing_balance = self.closing_balance

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "accounts_included": accounts_included,
                "from": from_,
                "to": to,
                "branch_id": branch_id,
                "opening_balance": opening_balance,
                "period_debit": period_debit,
                "period_credit": period_credit,
                "closing_balance": closing_balance,
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_ref import AccountRef  # noqa: PLC0415
        from ..models.ledger_line_out import LedgerLineOut  # noqa: PLC0415

        d = dict(src_dict)
        account = AccountRef.from_dict(d.pop("account"))

        accounts_included = cast(list[str], d.pop("accounts_included"))

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

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

        opening_balance = d.pop("opening_balance")

        period_debit = d.pop("period_debit")

        period_credit = d.pop("period_credit")

        closing_balance = d.pop("closing_balance")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = LedgerLineOut.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        statement_out = cls(
            account=account,
            accounts_included=accounts_included,
            from_=from_,
            to=to,
            branch_id=branch_id,
            opening_balance=opening_balance,
            period_debit=period_debit,
            period_credit=period_credit,
            closing_balance=closing_balance,
            items=items,
            next_cursor=next_cursor,
        )

        statement_out.additional_properties = d
        return statement_out

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
