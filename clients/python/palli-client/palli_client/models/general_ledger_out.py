from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.general_ledger_account_out import GeneralLedgerAccountOut
    from ..models.ledger_line_out import LedgerLineOut


T = TypeVar("T", bound="GeneralLedgerOut")


@_attrs_define
class GeneralLedgerOut:
    """
    Attributes:
        from_ (datetime.date):
        to (datetime.date):
        branch_id (None | UUID):
        account (None | str):
        accounts (list[GeneralLedgerAccountOut]): every account with lines on this page
        items (list[LedgerLineOut]): by account code, date, line; balance runs per account
        next_cursor (None | str):
    """

    from_: datetime.date
    to: datetime.date
    branch_id: None | UUID
    account: None | str
    accounts: list[GeneralLedgerAccountOut]
    items: list[LedgerLineOut]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        account: None | str
        account = self.account

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

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
                "from": from_,
                "to": to,
                "branch_id": branch_id,
                "account": account,
                "accounts": accounts,
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_ledger_account_out import GeneralLedgerAccountOut  # noqa: PLC0415
        from ..models.ledger_line_out import LedgerLineOut  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_account(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account = _parse_account(d.pop("account"))

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = GeneralLedgerAccountOut.from_dict(accounts_item_data)

            accounts.append(accounts_item)

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

        general_ledger_out = cls(
            from_=from_,
            to=to,
            branch_id=branch_id,
            account=account,
            accounts=accounts,
            items=items,
            next_cursor=next_cursor,
        )

        general_ledger_out.additional_properties = d
        return general_ledger_out

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
