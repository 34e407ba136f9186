from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.impact_row_out import ImpactRowOut


T = TypeVar("T", bound="ImpactOut")


@_attrs_define
class ImpactOut:
    """
    Attributes:
        by (str):
        from_ (datetime.date):
        to (datetime.date):
        volunteer_hour_value (str):
        rows (list[ImpactRowOut]):
        totals (ImpactRowOut):
    """

    by: str
    from_: datetime.date
    to: datetime.date
    volunteer_hour_value: str
    rows: list[ImpactRowOut]
    totals: ImpactRowOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        volunteer_hour_value = self.volunteer_hour_value

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "from": from_,
                "to": to,
                "volunteer_hour_value": volunteer_hour_value,
                "rows": rows,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_row_out import ImpactRowOut  # noqa: PLC0415

        d = dict(src_dict)
        by = d.pop("by")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        volunteer_hour_value = d.pop("volunteer_hour_value")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ImpactRowOut.from_dict(rows_item_data)

            rows.append(rows_item)

        totals = ImpactRowOut.from_dict(d.pop("totals"))

        impact_out = cls(
            by=by,
            from_=from_,
            to=to,
            volunteer_hour_value=volunteer_hour_value,
            rows=rows,
            totals=totals,
        )

        impact_out.additional_properties = d
        return impact_out

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
