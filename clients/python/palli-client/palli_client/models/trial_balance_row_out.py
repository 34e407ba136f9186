from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trial_balance_row_out_normal_side import (
    TrialBalanceRowOutNormalSide,
    check_trial_balance_row_out_normal_side,
)

T = TypeVar("T", bound="TrialBalanceRowOut")


@_attrs_define
class TrialBalanceRowOut:
    """
    Attributes:
        code (str):
        name (str):
        name_bn (None | str):
        type_ (None | str):
        contra (bool):
        normal_side (TrialBalanceRowOutNormalSide):
        debit (str): all debits up to the date
        credit (str): all credits up to the date
        balance (str): on the account's normal side (a contra account's is its credit balance)
        debit_balance (str): the net balance when it is a debit, else 0
        credit_balance (str): the net balance when it is a credit, else 0
    """

    code: str
    name: str
    name_bn: None | str
    type_: None | str
    contra: bool
    normal_side: TrialBalanceRowOutNormalSide
    debit: str
    credit: str
    balance: str
    debit_balance: str
    credit_balance: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_bn: None | str
        name_bn = self.name_bn

        type_: None | str
        type_ = self.type_

        contra = self.contra

        normal_side: str = self.normal_side

        debit = self.debit

        credit = self.credit

        balance = self.balance

        debit_balance = self.debit_balance

        credit_balance = self.credit_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "type": type_,
                "contra": contra,
                "normal_side": normal_side,
                "debit": debit,
                "credit": credit,
                "balance": balance,
                "debit_balance": debit_balance,
                "credit_balance": credit_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_bn = _parse_name_bn(d.pop("name_bn"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        contra = d.pop("contra")

        normal_side = check_trial_balance_row_out_normal_side(d.pop("normal_side"))

        debit = d.pop("debit")

        credit = d.pop("credit")

        balance = d.pop("balance")

        debit_balance = d.pop("debit_balance")

        credit_balance = d.pop("credit_balance")

        trial_balance_row_out = cls(
            code=code,
            name=name,
            name_bn=name_bn,
            type_=type_,
            contra=contra,
            normal_side=normal_side,
            debit=debit,
            credit=credit,
            balance=balance,
            debit_balance=debit_balance,
            credit_balance=credit_balance,
        )

        trial_balance_row_out.additional_properties = d
        return trial_balance_row_out

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
