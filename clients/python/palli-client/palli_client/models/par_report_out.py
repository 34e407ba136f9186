from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_by import GroupBy, check_group_by

if TYPE_CHECKING:
    from ..models.par_group_out import ParGroupOut


T = TypeVar("T", bound="ParReportOut")


@_attrs_define
class ParReportOut:
    """
    Attributes:
        as_of (datetime.date | None): the last closed business day: where arrears stand
        group_by (GroupBy):
        groups (list[ParGroupOut]):
        total (ParGroupOut):
    """

    as_of: datetime.date | None
    group_by: GroupBy
    groups: list[ParGroupOut]
    total: ParGroupOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of: None | str
        if isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        group_by: str = self.group_by

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "group_by": group_by,
                "groups": groups,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.par_group_out import ParGroupOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_as_of(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        as_of = _parse_as_of(d.pop("as_of"))

        group_by = check_group_by(d.pop("group_by"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ParGroupOut.from_dict(groups_item_data)

            groups.append(groups_item)

        total = ParGroupOut.from_dict(d.pop("total"))

        par_report_out = cls(
            as_of=as_of,
            group_by=group_by,
            groups=groups,
            total=total,
        )

        par_report_out.additional_properties = d
        return par_report_out

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
