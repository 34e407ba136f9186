from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavingsAccountOut")


@_attrs_define
class SavingsAccountOut:
    """
    Attributes:
        id (UUID):
        number (str):
        member_id (UUID):
        group_id (UUID):
        branch_id (UUID):
        product_id (UUID):
        kind (str):
        status (str):
        balance (str):
        on_hold (str):
        deposit_due (str):
        opened_on (datetime.date):
        closed_on (datetime.date | None):
        status_reason (None | str):
        activity (None | str):
        last_active_on (datetime.date | None):
        term_months (int | None):
        term_started_on (datetime.date | None):
        annual_rate (None | str):
        principal (None | str):
        installment (None | str):
        maturity_on (datetime.date | None):
        maturity_amount (None | str):
        maturity_instruction (None | str):
        version (int):
    """

    id: UUID
    number: str
    member_id: UUID
    group_id: UUID
    branch_id: UUID
    product_id: UUID
    kind: str
    status: str
    balance: str
    on_hold: str
    deposit_due: str
    opened_on: datetime.date
    closed_on: datetime.date | None
    status_reason: None | str
    activity: None | str
    last_active_on: datetime.date | None
    term_months: int | None
    term_started_on: datetime.date | None
    annual_rate: None | str
    principal: None | str
    installment: None | str
    maturity_on: datetime.date | None
    maturity_amount: None | str
    maturity_instruction: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        member_id = str(self.member_id)

        group_id = str(self.group_id)

        branch_id = str(self.branch_id)

        product_id = str(self.product_id)

        kind = self.kind

        status = self.status

        balance = self.balance

        on_hold = self.on_hold

        deposit_due = self.deposit_due

        opened_on = self.opened_on.isoformat()

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        status_reason: None | str
        status_reason = self.status_reason

        activity: None | str
        activity = self.activity

        last_active_on: None | str
        if isinstance(self.last_active_on, datetime.date):
            last_active_on = self.last_active_on.isoformat()
        else:
            last_active_on = self.last_active_on

        term_months: int | None
        term_months = self.term_months

        term_started_on: None | str
        if isinstance(self.term_started_on, datetime.date):
            term_started_on = self.term_started_on.isoformat()
        else:
            term_started_on = self.term_started_on

        annual_rate: None | str
        annual_rate = self.annual_rate

        principal: None | str
        principal = self.principal

        installment: None | str
        installment = self.installment

        maturity_on: None | str
        if isinstance(self.maturity_on, datetime.date):
            maturity_on = self.maturity_on.isoformat()
        else:
            maturity_on = self.maturity_on

        maturity_amount: None | str
        maturity_amount = self.maturity_amount

        maturity_instruction: None | str
        maturity_instruction = self.maturity_instruction

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "member_id": member_id,
                "group_id": group_id,
                "branch_id": branch_id,
                "product_id": product_id,
                "kind": kind,
                "status": status,
                "balance": balance,
                "on_hold": on_hold,
                "deposit_due": deposit_due,
                "opened_on": opened_on,
                "closed_on": closed_on,
                "status_reason": status_reason,
                "activity": activity,
                "last_active_on": last_active_on,
                "term_months": term_months,
                "term_started_on": term_started_on,
                "annual_rate": annual_rate,
                "principal": principal,
                "installment": installment,
                "maturity_on": maturity_on,
                "maturity_amount": maturity_amount,
                "maturity_instruction": maturity_instruction,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        member_id = UUID(d.pop("member_id"))

        group_id = UUID(d.pop("group_id"))

        branch_id = UUID(d.pop("branch_id"))

        product_id = UUID(d.pop("product_id"))

        kind = d.pop("kind")

        status = d.pop("status")

        balance = d.pop("balance")

        on_hold = d.pop("on_hold")

        deposit_due = d.pop("deposit_due")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_activity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        activity = _parse_activity(d.pop("activity"))

        def _parse_last_active_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_active_on_type_0 = datetime.date.fromisoformat(data)

                return last_active_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_active_on = _parse_last_active_on(d.pop("last_active_on"))

        def _parse_term_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        term_months = _parse_term_months(d.pop("term_months"))

        def _parse_term_started_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                term_started_on_type_0 = datetime.date.fromisoformat(data)

                return term_started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        term_started_on = _parse_term_started_on(d.pop("term_started_on"))

        def _parse_annual_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        annual_rate = _parse_annual_rate(d.pop("annual_rate"))

        def _parse_principal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        principal = _parse_principal(d.pop("principal"))

        def _parse_installment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        installment = _parse_installment(d.pop("installment"))

        def _parse_maturity_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maturity_on_type_0 = datetime.date.fromisoformat(data)

                return maturity_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        maturity_on = _parse_maturity_on(d.pop("maturity_on"))

        def _parse_maturity_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        maturity_amount = _parse_maturity_amount(d.pop("maturity_amount"))

        def _parse_maturity_instruction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        maturity_instruction = _parse_maturity_instruction(d.pop("maturity_instruction"))

        version = d.pop("version")

        savings_account_out = cls(
            id=id,
            number=number,
            member_id=member_id,
            group_id=group_id,
            branch_id=branch_id,
            product_id=product_id,
            kind=kind,
            status=status,
            balance=balance,
            on_hold=on_hold,
            deposit_due=deposit_due,
            opened_on=opened_on,
            closed_on=closed_on,
            status_reason=status_reason,
            activity=activity,
            last_active_on=last_active_on,
            term_months=term_months,
            term_started_on=term_started_on,
            annual_rate=annual_rate,
            principal=principal,
            installment=installment,
            maturity_on=maturity_on,
            maturity_amount=maturity_amount,
            maturity_instruction=maturity_instruction,
            version=version,
        )

        savings_account_out.additional_properties = d
        return savings_account_out

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
