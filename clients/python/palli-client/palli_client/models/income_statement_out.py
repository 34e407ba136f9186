from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.section_out import SectionOut


T = TypeVar("T", bound="IncomeStatementOut")


@_attrs_define
class IncomeStatementOut:
    """
    Attributes:
        from_ (datetime.date):
        to (datetime.date):
        branch_id (None | UUID):
        income (SectionOut):
        expenses (SectionOut):
        total_income (str):
        total_expenses (str):
        surplus (str): income less expenses (negative: a deficit)
    """

    from_: datetime.date
    to: datetime.date
    branch_id: None | UUID
    income: SectionOut
    expenses: SectionOut
    total_income: str
    total_expenses: str
    surplus: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        income = self.income.to_dict()

        expenses = self.expenses.to_dict()

        total_income = self.total_income

        total_expenses = self.total_expenses

        surplus = self.surplus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "branch_id": branch_id,
                "income": income,
                "expenses": expenses,
                "total_income": total_income,
                "total_expenses": total_expenses,
                "surplus": surplus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_out import SectionOut  # noqa: PLC0415

        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        def _parse_branch_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        income = SectionOut.from_dict(d.pop("income"))

        expenses = SectionOut.from_dict(d.pop("expenses"))

        total_income = d.pop("total_income")

        total_expenses = d.pop("total_expenses")

        surplus = d.pop("surplus")

        income_statement_out = cls(
            from_=from_,
            to=to,
            branch_id=branch_id,
            income=income,
            expenses=expenses,
            total_income=total_income,
            total_expenses=total_expenses,
            surplus=surplus,
        )

        income_statement_out.additional_properties = d
        return income_statement_out

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
