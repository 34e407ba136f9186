from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_in import ConsentIn


T = TypeVar("T", bound="LoanRepaymentIn")


@_attrs_define
class LoanRepaymentIn:
    """
    Attributes:
        loan_id (UUID):
        amount (str):
        consent (ConsentIn):
        on (datetime.date | None | Unset): default today; at most a day back
    """

    loan_id: UUID
    amount: str
    consent: ConsentIn
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        loan_id = str(self.loan_id)

        amount = self.amount

        consent = self.consent.to_dict()

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loan_id": loan_id,
                "amount": amount,
                "consent": consent,
            }
        )
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consent_in import ConsentIn  # noqa: PLC0415

        d = dict(src_dict)
        loan_id = UUID(d.pop("loan_id"))

        amount = d.pop("amount")

        consent = ConsentIn.from_dict(d.pop("consent"))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        loan_repayment_in = cls(
            loan_id=loan_id,
            amount=amount,
            consent=consent,
            on=on,
        )

        return loan_repayment_in
