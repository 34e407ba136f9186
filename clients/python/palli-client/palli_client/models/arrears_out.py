from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArrearsOut")


@_attrs_define
class ArrearsOut:
    """
    Attributes:
        loan_id (UUID):
        member_id (UUID):
        member_name (None | str):
        member_name_bn (None | str):
        mobile (None | str):
        group_id (UUID):
        branch_id (UUID):
        field_officer_id (None | UUID):
        product_id (UUID):
        principal (str):
        outstanding_principal (str):
        outstanding_interest (str):
        overdue_principal (str):
        overdue_interest (str):
        overdue_total (str):
        days_past_due (int):
        arrears_since (datetime.date | None):
        next_due_on (datetime.date | None):
        classification (str):
    """

    loan_id: UUID
    member_id: UUID
    member_name: None | str
    member_name_bn: None | str
    mobile: None | str
    group_id: UUID
    branch_id: UUID
    field_officer_id: None | UUID
    product_id: UUID
    principal: str
    outstanding_principal: str
    outstanding_interest: str
    overdue_principal: str
    overdue_interest: str
    overdue_total: str
    days_past_due: int
    arrears_since: datetime.date | None
    next_due_on: datetime.date | None
    classification: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loan_id = str(self.loan_id)

        member_id = str(self.member_id)

        member_name: None | str
        member_name = self.member_name

        member_name_bn: None | str
        member_name_bn = self.member_name_bn

        mobile: None | str
        mobile = self.mobile

        group_id = str(self.group_id)

        branch_id = str(self.branch_id)

        field_officer_id: None | str
        if isinstance(self.field_officer_id, UUID):
            field_officer_id = str(self.field_officer_id)
        else:
            field_officer_id = self.field_officer_id

        product_id = str(self.product_id)

        principal = self.principal

        outstanding_principal = self.outstanding_principal

        outstanding_interest = self.outstanding_interest

        overdue_principal = self.overdue_principal

        overdue_interest = self.overdue_interest

        overdue_total = self.overdue_total

        days_past_due = self.days_past_due

        arrears_since: None | str
        if isinstance(self.arrears_since, datetime.date):
            arrears_since = self.arrears_since.isoformat()
        else:
            arrears_since = self.arrears_since

        next_due_on: None | str
        if isinstance(self.next_due_on, datetime.date):
            next_due_on = self.next_due_on.isoformat()
        else:
            next_due_on = self.next_due_on

        classification = self.classification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loan_id": loan_id,
                "member_id": member_id,
                "member_name": member_name,
                "member_name_bn": member_name_bn,
                "mobile": mobile,
                "group_id": group_id,
                "branch_id": branch_id,
                "field_officer_id": field_officer_id,
                "product_id": product_id,
                "principal": principal,
                "outstanding_principal": outstanding_principal,
                "outstanding_interest": outstanding_interest,
                "overdue_principal": overdue_principal,
                "overdue_interest": overdue_interest,
                "overdue_total": overdue_total,
                "days_past_due": days_past_due,
                "arrears_since": arrears_since,
                "next_due_on": next_due_on,
                "classification": classification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loan_id = UUID(d.pop("loan_id"))

        member_id = UUID(d.pop("member_id"))

        def _parse_member_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        member_name = _parse_member_name(d.pop("member_name"))

        def _parse_member_name_bn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        member_name_bn = _parse_member_name_bn(d.pop("member_name_bn"))

        def _parse_mobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mobile = _parse_mobile(d.pop("mobile"))

        group_id = UUID(d.pop("group_id"))

        branch_id = UUID(d.pop("branch_id"))

        def _parse_field_officer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_officer_id_type_0 = UUID(data)

                return field_officer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        field_officer_id = _parse_field_officer_id(d.pop("field_officer_id"))

        product_id = UUID(d.pop("product_id"))

        principal = d.pop("principal")

        outstanding_principal = d.pop("outstanding_principal")

        outstanding_interest = d.pop("outstanding_interest")

        overdue_principal = d.pop("overdue_principal")

        overdue_interest = d.pop("overdue_interest")

        overdue_total = d.pop("overdue_total")

        days_past_due = d.pop("days_past_due")

        def _parse_arrears_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arrears_since_type_0 = datetime.date.fromisoformat(data)

                return arrears_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        arrears_since = _parse_arrears_since(d.pop("arrears_since"))

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

        classification = d.pop("classification")

        arrears_out = cls(
            loan_id=loan_id,
            member_id=member_id,
            member_name=member_name,
            member_name_bn=member_name_bn,
            mobile=mobile,
            group_id=group_id,
            branch_id=branch_id,
            field_officer_id=field_officer_id,
            product_id=product_id,
            principal=principal,
            outstanding_principal=outstanding_principal,
            outstanding_interest=outstanding_interest,
            overdue_principal=overdue_principal,
            overdue_interest=overdue_interest,
            overdue_total=overdue_total,
            days_past_due=days_past_due,
            arrears_since=arrears_since,
            next_due_on=next_due_on,
            classification=classification,
        )

        arrears_out.additional_properties = d
        return arrears_out

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
