from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stock_bucket_out import StockBucketOut
    from ..models.stock_row_out import StockRowOut
    from ..models.stock_totals_out import StockTotalsOut


T = TypeVar("T", bound="StockReportOut")


@_attrs_define
class StockReportOut:
    """
    Attributes:
        as_of (datetime.date):
        rows (list[StockRowOut]):
        buckets (list[StockBucketOut]):
        totals (StockTotalsOut):
    """

    as_of: datetime.date
    rows: list[StockRowOut]
    buckets: list[StockBucketOut]
    totals: StockTotalsOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "rows": rows,
                "buckets": buckets,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_bucket_out import StockBucketOut  # noqa: PLC0415
        from ..models.stock_row_out import StockRowOut  # noqa: PLC0415
        from ..models.stock_totals_out import StockTotalsOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = StockRowOut.from_dict(rows_item_data)

            rows.append(rows_item)

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = StockBucketOut.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        totals = StockTotalsOut.from_dict(d.pop("totals"))

        stock_report_out = cls(
            as_of=as_of,
            rows=rows,
            buckets=buckets,
            totals=totals,
        )

        stock_report_out.additional_properties = d
        return stock_report_out

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
