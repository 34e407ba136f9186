from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualLineIn")


@_attrs_define
class ManualLineIn:
    """
    Attributes:
        account_code (str):
        debit (None | str | Unset): decimal taka, e.g. "1250.00"; give a debit or a credit
        credit (None | str | Unset):
        memo (None | str | Unset):
    """

    account_code: str
    debit: None | str | Unset = UNSET
    credit: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_code = self.account_code

        debit: None | str | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit

        credit: None | str | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_code": account_code,
            }
        )
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_code = d.pop("account_code")

        def _parse_debit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debit = _parse_debit(d.pop("debit", UNSET))

        def _parse_credit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        manual_line_in = cls(
            account_code=account_code,
            debit=debit,
            credit=credit,
            memo=memo,
        )

        return manual_line_in
