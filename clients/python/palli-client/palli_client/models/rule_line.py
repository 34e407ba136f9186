from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.rule_line_side import RuleLineSide, check_rule_line_side

T = TypeVar("T", bound="RuleLine")


@_attrs_define
class RuleLine:
    """
    Attributes:
        side (RuleLineSide):
        account (str): an account code (1110) or a header code and one event field (1310-{product_code})
        amount (str): the event's decimal field to post: amount, principal, interest, penalty, ...
    """

    side: RuleLineSide
    account: str
    amount: str

    def to_dict(self) -> dict[str, Any]:
        side: str = self.side

        account = self.account

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "side": side,
                "account": account,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = check_rule_line_side(d.pop("side"))

        account = d.pop("account")

        amount = d.pop("amount")

        rule_line = cls(
            side=side,
            account=account,
            amount=amount,
        )

        return rule_line
