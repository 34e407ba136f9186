from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.section_out import SectionOut


T = TypeVar("T", bound="BalanceSheetOut")


@_attrs_define
class BalanceSheetOut:
    """
    Attributes:
        as_of (datetime.date):
        branch_id (None | UUID):
        assets (SectionOut):
        liabilities (SectionOut):
        equity (SectionOut):
        surplus (str):
        total_assets (str):
        total_liabilities_and_equity (str):
        balanced (bool):
    """

    as_of: datetime.date
    branch_id: None | UUID
    assets: SectionOut
    liabilities: SectionOut
    equity: SectionOut
    surplus: str
    total_assets: str
    total_liabilities_and_equity: str
    balanced: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        assets = self.assets.to_dict()

        liabilities = self.liabilities.to_dict()

        equity = self.equity.to_dict()

        surplus = self.surplus

        total_assets = self.total_assets

        total_liabilities_and_equity = self.total_liabilities_and_equity

        balanced = self.balanced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "branch_id": branch_id,
                "assets": assets,
                "liabilities": liabilities,
                "equity": equity,
                "surplus": surplus,
                "total_assets": total_assets,
                "total_liabilities_and_equity": total_liabilities_and_equity,
                "balanced": balanced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.section_out import SectionOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

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

        assets = SectionOut.from_dict(d.pop("assets"))

        liabilities = SectionOut.from_dict(d.pop("liabilities"))

        equity = SectionOut.from_dict(d.pop("equity"))

        surplus = d.pop("surplus")

        total_assets = d.pop("total_assets")

        total_liabilities_and_equity = d.pop("total_liabilities_and_equity")

        balanced = d.pop("balanced")

        balance_sheet_out = cls(
            as_of=as_of,
            branch_id=branch_id,
            assets=assets,
            liabilities=liabilities,
            equity=equity,
            surplus=surplus,
            total_assets=total_assets,
            total_liabilities_and_equity=total_liabilities_and_equity,
            balanced=balanced,
        )

        balance_sheet_out.additional_properties = d
        return balance_sheet_out

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
