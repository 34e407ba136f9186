from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TermRateIn")


@_attrs_define
class TermRateIn:
    """
    Attributes:
        term_months (int):
        annual_rate (str):
        min_amount (str | Unset): the band's lowest amount Default: '0.00'.
    """

    term_months: int
    annual_rate: str
    min_amount: str | Unset = "0.00"

    def to_dict(self) -> dict[str, Any]:
        term_months = self.term_months

        annual_rate = self.annual_rate

        min_amount = self.min_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "term_months": term_months,
                "annual_rate": annual_rate,
            }
        )
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        term_months = d.pop("term_months")

        annual_rate = d.pop("annual_rate")

        min_amount = d.pop("min_amount", UNSET)

        term_rate_in = cls(
            term_months=term_months,
            annual_rate=annual_rate,
            min_amount=min_amount,
        )

        return term_rate_in
