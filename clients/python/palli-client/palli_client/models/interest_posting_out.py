from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InterestPostingOut")


@_attrs_define
class InterestPostingOut:
    """
    Attributes:
        id (UUID):
        kind (str):
        period_start (datetime.date):
        period_end (datetime.date):
        interest (str):
        carried_in (str):
        amount (str):
        carry_out (str):
        transaction_id (None | UUID):
        caused_by (None | UUID):
    """

    id: UUID
    kind: str
    period_start: datetime.date
    period_end: datetime.date
    interest: str
    carried_in: str
    amount: str
    carry_out: str
    transaction_id: None | UUID
    caused_by: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        interest = self.interest

        carried_in = self.carried_in

        amount = self.amount

        carry_out = self.carry_out

        transaction_id: None | str
        if isinstance(self.transaction_id, UUID):
            transaction_id = str(self.transaction_id)
        else:
            transaction_id = self.transaction_id

        caused_by: None | str
        if isinstance(self.caused_by, UUID):
            caused_by = str(self.caused_by)
        else:
            caused_by = self.caused_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "period_start": period_start,
                "period_end": period_end,
                "interest": interest,
                "carried_in": carried_in,
                "amount": amount,
                "carry_out": carry_out,
                "transaction_id": transaction_id,
                "caused_by": caused_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        interest = d.pop("interest")

        carried_in = d.pop("carried_in")

        amount = d.pop("amount")

        carry_out = d.pop("carry_out")

        def _parse_transaction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_id_type_0 = UUID(data)

                return transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id"))

        def _parse_caused_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                caused_by_type_0 = UUID(data)

                return caused_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        caused_by = _parse_caused_by(d.pop("caused_by"))

        interest_posting_out = cls(
            id=id,
            kind=kind,
            period_start=period_start,
            period_end=period_end,
            interest=interest,
            carried_in=carried_in,
            amount=amount,
            carry_out=carry_out,
            transaction_id=transaction_id,
            caused_by=caused_by,
        )

        interest_posting_out.additional_properties = d
        return interest_posting_out

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
