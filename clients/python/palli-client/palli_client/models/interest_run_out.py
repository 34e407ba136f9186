from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.interest_period_out import InterestPeriodOut


T = TypeVar("T", bound="InterestRunOut")


@_attrs_define
class InterestRunOut:
    """
    Attributes:
        through (datetime.date):
        periods (list[InterestPeriodOut]):
    """

    through: datetime.date
    periods: list[InterestPeriodOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        through = self.through.isoformat()

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "through": through,
                "periods": periods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interest_period_out import InterestPeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        through = datetime.date.fromisoformat(d.pop("through"))

        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = InterestPeriodOut.from_dict(periods_item_data)

            periods.append(periods_item)

        interest_run_out = cls(
            through=through,
            periods=periods,
        )

        interest_run_out.additional_properties = d
        return interest_run_out

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
