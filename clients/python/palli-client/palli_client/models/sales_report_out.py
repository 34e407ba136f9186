from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sales_row_out import SalesRowOut


T = TypeVar("T", bound="SalesReportOut")


@_attrs_define
class SalesReportOut:
    """
    Attributes:
        date_from (datetime.date):
        date_to (datetime.date):
        group_by (str):
        outlet_id (None | UUID):
        producer_id (None | UUID):
        rows (list[SalesRowOut]):
        totals (SalesRowOut):
    """

    date_from: datetime.date
    date_to: datetime.date
    group_by: str
    outlet_id: None | UUID
    producer_id: None | UUID
    rows: list[SalesRowOut]
    totals: SalesRowOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        group_by = self.group_by

        outlet_id: None | str
        if isinstance(self.outlet_id, UUID):
            outlet_id = str(self.outlet_id)
        else:
            outlet_id = self.outlet_id

        producer_id: None | str
        if isinstance(self.producer_id, UUID):
            producer_id = str(self.producer_id)
        else:
            producer_id = self.producer_id

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "group_by": group_by,
                "outlet_id": outlet_id,
                "producer_id": producer_id,
                "rows": rows,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sales_row_out import SalesRowOut  # noqa: PLC0415

        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        group_by = d.pop("group_by")

        def _parse_outlet_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outlet_id_type_0 = UUID(data)

                return outlet_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        outlet_id = _parse_outlet_id(d.pop("outlet_id"))

        def _parse_producer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                producer_id_type_0 = UUID(data)

                return producer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        producer_id = _parse_producer_id(d.pop("producer_id"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = SalesRowOut.from_dict(rows_item_data)

            rows.append(rows_item)

        totals = SalesRowOut.from_dict(d.pop("totals"))

        sales_report_out = cls(
            date_from=date_from,
            date_to=date_to,
            group_by=group_by,
            outlet_id=outlet_id,
            producer_id=producer_id,
            rows=rows,
            totals=totals,
        )

        sales_report_out.additional_properties = d
        return sales_report_out

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
