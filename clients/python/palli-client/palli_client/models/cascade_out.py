from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cascade_group_out import CascadeGroupOut
    from ..models.facilitator_yield_out import FacilitatorYieldOut


T = TypeVar("T", bound="CascadeOut")


@_attrs_define
class CascadeOut:
    """
    Attributes:
        facilitators (list[FacilitatorYieldOut]):
        never_cascaded (list[FacilitatorYieldOut]):
        by_partner_district (list[CascadeGroupOut]):
    """

    facilitators: list[FacilitatorYieldOut]
    never_cascaded: list[FacilitatorYieldOut]
    by_partner_district: list[CascadeGroupOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facilitators = []
        for facilitators_item_data in self.facilitators:
            facilitators_item = facilitators_item_data.to_dict()
            facilitators.append(facilitators_item)

        never_cascaded = []
        for never_cascaded_item_data in self.never_cascaded:
            never_cascaded_item = never_cascaded_item_data.to_dict()
            never_cascaded.append(never_cascaded_item)

        by_partner_district = []
        for by_partner_district_item_data in self.by_partner_district:
            by_partner_district_item = by_partner_district_item_data.to_dict()
            by_partner_district.append(by_partner_district_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facilitators": facilitators,
                "never_cascaded": never_cascaded,
                "by_partner_district": by_partner_district,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cascade_group_out import CascadeGroupOut  # noqa: PLC0415
        from ..models.facilitator_yield_out import FacilitatorYieldOut  # noqa: PLC0415

        d = dict(src_dict)
        facilitators = []
        _facilitators = d.pop("facilitators")
        for facilitators_item_data in _facilitators:
            facilitators_item = FacilitatorYieldOut.from_dict(facilitators_item_data)

            facilitators.append(facilitators_item)

        never_cascaded = []
        _never_cascaded = d.pop("never_cascaded")
        for never_cascaded_item_data in _never_cascaded:
            never_cascaded_item = FacilitatorYieldOut.from_dict(never_cascaded_item_data)

            never_cascaded.append(never_cascaded_item)

        by_partner_district = []
        _by_partner_district = d.pop("by_partner_district")
        for by_partner_district_item_data in _by_partner_district:
            by_partner_district_item = CascadeGroupOut.from_dict(by_partner_district_item_data)

            by_partner_district.append(by_partner_district_item)

        cascade_out = cls(
            facilitators=facilitators,
            never_cascaded=never_cascaded,
            by_partner_district=by_partner_district,
        )

        cascade_out.additional_properties = d
        return cascade_out

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
