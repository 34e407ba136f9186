from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallmentOut")


@_attrs_define
class InstallmentOut:
    """
    Attributes:
        number (int):
        due_on (datetime.date):
        principal (str):
        interest (str):
        total (str):
        penalty (str | Unset):  Default: '0.00'.
        principal_balance_after (None | str | Unset):
        paid (None | str | Unset):
        completed_on (datetime.date | None | Unset):
    """

    number: int
    due_on: datetime.date
    principal: str
    interest: str
    total: str
    penalty: str | Unset = "0.00"
    principal_balance_after: None | str | Unset = UNSET
    paid: None | str | Unset = UNSET
    completed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        due_on = self.due_on.isoformat()

        principal = self.principal

        interest = self.interest

        total = self.total

        penalty = self.penalty

        principal_balance_after: None | str | Unset
        if isinstance(self.principal_balance_after, Unset):
            principal_balance_after = UNSET
        else:
            principal_balance_after = self.principal_balance_after

        paid: None | str | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        else:
            paid = self.paid

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        elif isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "due_on": due_on,
                "principal": principal,
                "interest": interest,
                "total": total,
            }
        )
        if penalty is not UNSET:
            field_dict["penalty"] = penalty
        if principal_balance_after is not UNSET:
            field_dict["principal_balance_after"] = principal_balance_after
        if paid is not UNSET:
            field_dict["paid"] = paid
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        principal = d.pop("principal")

        interest = d.pop("interest")

        total = d.pop("total")

        penalty = d.pop("penalty", UNSET)

        def _parse_principal_balance_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        principal_balance_after = _parse_principal_balance_after(d.pop("principal_balance_after", UNSET))

        def _parse_paid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid = _parse_paid(d.pop("paid", UNSET))

        def _parse_completed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        completed_on = _parse_completed_on(d.pop("completed_on", UNSET))

        installment_out = cls(
            number=number,
            due_on=due_on,
            principal=principal,
            interest=interest,
            total=total,
            penalty=penalty,
            principal_balance_after=principal_balance_after,
            paid=paid,
            completed_on=completed_on,
        )

        installment_out.additional_properties = d
        return installment_out

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
