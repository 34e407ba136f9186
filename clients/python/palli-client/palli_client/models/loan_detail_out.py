from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.installment_out import InstallmentOut


T = TypeVar("T", bound="LoanDetailOut")


@_attrs_define
class LoanDetailOut:
    """
    Attributes:
        id (UUID):
        member_id (UUID):
        group_id (UUID):
        branch_id (UUID):
        product_id (UUID):
        status (str):
        principal (str):
        annual_rate (str):
        frequency (str):
        installments (int):
        term_months (int | None):
        purpose (None | str):
        applied_by (str):
        applied_at (datetime.datetime):
        decided_by (None | str):
        decided_at (datetime.datetime | None):
        decision_note (None | str):
        disbursed_on (datetime.date | None):
        disbursement_channel (None | str):
        disbursement_reference (None | str):
        outstanding_principal (str):
        outstanding_interest (str):
        outstanding_penalty (str):
        paid_principal (str):
        paid_interest (str):
        paid_penalty (str):
        overdue_principal (str):
        overdue_interest (str):
        days_past_due (int):
        classification (str):
        next_due_on (datetime.date | None):
        closed_on (datetime.date | None):
        write_off_requested_by (None | str):
        write_off_reason (None | str):
        transaction_count (int):
        version (int):
        schedule (list[InstallmentOut]):
    """

    id: UUID
    member_id: UUID
    group_id: UUID
    branch_id: UUID
    product_id: UUID
    status: str
    principal: str
    annual_rate: str
    frequency: str
    installments: int
    term_months: int | None
    purpose: None | str
    applied_by: str
    applied_at: datetime.datetime
    decided_by: None | str
    decided_at: datetime.datetime | None
    decision_note: None | str
    disbursed_on: datetime.date | None
    disbursement_channel: None | str
    disbursement_reference: None | str
    outstanding_principal: str
    outstanding_interest: str
    outstanding_penalty: str
    paid_principal: str
    paid_interest: str
    paid_penalty: str
    overdue_principal: str
    overdue_interest: str
    days_past_due: int
    classification: str
    next_due_on: datetime.date | None
    closed_on: datetime.date | None
    write_off_requested_by: None | str
    write_off_reason: None | str
    transaction_count: int
    version: int
    schedule: list[InstallmentOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        member_id = str(self.member_id)

        group_id = str(self.group_id)

        branch_id = str(self.branch_id)

        product_id = str(self.product_id)

        status = self.status

        principal = self.principal

        annual_rate = self.annual_rate

        frequency = self.frequency

        installments = self.installments

        term_months: int | None
        term_months = self.term_months

        purpose: None | str
        purpose = self.purpose

        applied_by = self.applied_by

        applied_at = self.applied_at.isoformat()

        decided_by: None | str
        decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_note: None | str
        decision_note = self.decision_note

        disbursed_on: None | str
        if isinstance(self.disbursed_on, datetime.date):
            disbursed_on = self.disbursed_on.isoformat()
        else:
            disbursed_on = self.disbursed_on

        disbursement_channel: None | str
        disbursement_channel = self.disbursement_channel

        disbursement_reference: None | str
        disbursement_reference = self.disbursement_reference

        outstanding_principal = self.outstanding_principal

        outstanding_interest = self.outstanding_interest

        outstanding_penalty = self.outstanding_penalty

        paid_principal = self.paid_principal

        paid_interest = self.paid_interest

        paid_penalty = self.paid_penalty

        overdue_principal = self.overdue_principal

        overdue_interest = self.overdue_interest

        days_past_due = self.days_past_due

        classification = self.classification

        next_due_on: None | str
        if isinstance(self.next_due_on, datetime.date):
            next_due_on = self.next_due_on.isoformat()
        else:
            next_due_on = self.next_due_on

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        write_off_requested_by: None | str
        write_off_requested_by = self.write_off_requested_by

        write_off_reason: None | str
        write_off_reason = self.write_off_reason

        transaction_count = self.transaction_count

        version = self.version

        schedule = []
        for schedule_item_data in self.schedule:
            schedule_item = schedule_item_data.to_dict()
            schedule.append(schedule_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "member_id": member_id,
                "group_id": group_id,
                "branch_id": branch_id,
                "product_id": product_id,
                "status": status,
                "principal": principal,
                "annual_rate": annual_rate,
                "frequency": frequency,
                "installments": installments,
                "term_months": term_months,
                "purpose": purpose,
                "applied_by": applied_by,
                "applied_at": applied_at,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "decision_note": decision_note,
                "disbursed_on": disbursed_on,
                "disbursement_channel": disbursement_channel,
                "disbursement_reference": disbursement_reference,
                "outstanding_principal": outstanding_principal,
                "outstanding_interest": outstanding_interest,
                "outstanding_penalty": outstanding_penalty,
                "paid_principal": paid_principal,
                "paid_interest": paid_interest,
                "paid_penalty": paid_penalty,
                "overdue_principal": overdue_principal,
                "overdue_interest": overdue_interest,
                "days_past_due": days_past_due,
                "classification": classification,
                "next_due_on": next_due_on,
                "closed_on": closed_on,
                "write_off_requested_by": write_off_requested_by,
                "write_off_reason": write_off_reason,
                "transaction_count": transaction_count,
                "version": version,
                "schedule": schedule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.installment_out import InstallmentOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        member_id = UUID(d.pop("member_id"))

        group_id = UUID(d.pop("group_id"))

        branch_id = UUID(d.pop("branch_id"))

        product_id = UUID(d.pop("product_id"))

        status = d.pop("status")

        principal = d.pop("principal")

        annual_rate = d.pop("annual_rate")

        frequency = d.pop("frequency")

        installments = d.pop("installments")

        def _parse_term_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        term_months = _parse_term_months(d.pop("term_months"))

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        applied_by = d.pop("applied_by")

        applied_at = datetime.datetime.fromisoformat(d.pop("applied_at"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_note = _parse_decision_note(d.pop("decision_note"))

        def _parse_disbursed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disbursed_on_type_0 = datetime.date.fromisoformat(data)

                return disbursed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        disbursed_on = _parse_disbursed_on(d.pop("disbursed_on"))

        def _parse_disbursement_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disbursement_channel = _parse_disbursement_channel(d.pop("disbursement_channel"))

        def _parse_disbursement_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disbursement_reference = _parse_disbursement_reference(d.pop("disbursement_reference"))

        outstanding_principal = d.pop("outstanding_principal")

        outstanding_interest = d.pop("outstanding_interest")

        outstanding_penalty = d.pop("outstanding_penalty")

        paid_principal = d.pop("paid_principal")

        paid_interest = d.pop("paid_interest")

        paid_penalty = d.pop("paid_penalty")

        overdue_principal = d.pop("overdue_principal")

        overdue_interest = d.pop("overdue_interest")

        days_past_due = d.pop("days_past_due")

        classification = d.pop("classification")

        def _parse_next_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_on_type_0 = datetime.date.fromisoformat(data)

                return next_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_due_on = _parse_next_due_on(d.pop("next_due_on"))

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

        def _parse_write_off_requested_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        write_off_requested_by = _parse_write_off_requested_by(d.pop("write_off_requested_by"))

        def _parse_write_off_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        write_off_reason = _parse_write_off_reason(d.pop("write_off_reason"))

        transaction_count = d.pop("transaction_count")

        version = d.pop("version")

        schedule = []
        _schedule = d.pop("schedule")
        for schedule_item_data in _schedule:
            schedule_item = InstallmentOut.from_dict(schedule_item_data)

            schedule.append(schedule_item)

        loan_detail_out = cls(
            id=id,
            member_id=member_id,
            group_id=group_id,
            branch_id=branch_id,
            product_id=product_id,
            status=status,
            principal=principal,
            annual_rate=annual_rate,
            frequency=frequency,
            installments=installments,
            term_months=term_months,
            purpose=purpose,
            applied_by=applied_by,
            applied_at=applied_at,
            decided_by=decided_by,
            decided_at=decided_at,
            decision_note=decision_note,
            disbursed_on=disbursed_on,
            disbursement_channel=disbursement_channel,
            disbursement_reference=disbursement_reference,
            outstanding_principal=outstanding_principal,
            outstanding_interest=outstanding_interest,
            outstanding_penalty=outstanding_penalty,
            paid_principal=paid_principal,
            paid_interest=paid_interest,
            paid_penalty=paid_penalty,
            overdue_principal=overdue_principal,
            overdue_interest=overdue_interest,
            days_past_due=days_past_due,
            classification=classification,
            next_due_on=next_due_on,
            closed_on=closed_on,
            write_off_requested_by=write_off_requested_by,
            write_off_reason=write_off_reason,
            transaction_count=transaction_count,
            version=version,
            schedule=schedule,
        )

        loan_detail_out.additional_properties = d
        return loan_detail_out

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
