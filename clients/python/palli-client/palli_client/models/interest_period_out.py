from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InterestPeriodOut")


@_attrs_define
class InterestPeriodOut:
    """
    Attributes:
        posting_period (str):
        period_end (datetime.date):
        accounts (int):
        credited_accounts (int):
        amount (str):
    """

    posting_period: str
    period_end: datetime.date
    accounts: int
    credited_accounts: int
    amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posting_period = self.posting_period

        period_end = self.period_end.isoformat()

        accounts = self.accounts

        credited_accounts = self.credited_accounts

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "posting_period": posting_period,
                "period_end": period_end,
                "accounts": accounts,
                "credited_accounts": credited_accounts,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        posting_period = d.pop("posting_period")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        accounts = d.pop("accounts")

        credited_accounts = d.pop("credited_accounts")

        amount = d.pop("amount")

        interest_period_out = cls(
            posting_period=posting_period,
            period_end=period_end,
            accounts=accounts,
            credited_accounts=credited_accounts,
            amount=amount,
        )

        interest_period_out.additional_properties = d
        return interest_period_out

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
