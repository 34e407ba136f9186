from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EligibilityOut")


@_attrs_define
class EligibilityOut:
    """
    Attributes:
        genders (list[str] | None | Unset):
        max_active_loans (int | Unset):  Default: 1.
        member_statuses (list[str] | Unset):
        group_statuses (list[str] | Unset):
        min_compulsory_savings (None | str | Unset): decimal taka: her compulsory savings, as savings publishes them
        required_training (None | str | Unset):
    """

    genders: list[str] | None | Unset = UNSET
    max_active_loans: int | Unset = 1
    member_statuses: list[str] | Unset = UNSET
    group_statuses: list[str] | Unset = UNSET
    min_compulsory_savings: None | str | Unset = UNSET
    required_training: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        genders: list[str] | None | Unset
        if isinstance(self.genders, Unset):
            genders = UNSET
        elif isinstance(self.genders, list):
            genders = self.genders

        else:
            genders = self.genders

        max_active_loans = self.max_active_loans

        member_statuses: list[str] | Unset = UNSET
        if not isinstance(self.member_statuses, Unset):
            member_statuses = self.member_statuses

        group_statuses: list[str] | Unset = UNSET
        if not isinstance(self.group_statuses, Unset):
            group_statuses = self.group_statuses

        min_compulsory_savings: None | str | Unset
        if isinstance(self.min_compulsory_savings, Unset):
            min_compulsory_savings = UNSET
        else:
            min_compulsory_savings = self.min_compulsory_savings

        required_training: None | str | Unset
        if isinstance(self.required_training, Unset):
            required_training = UNSET
        else:
            required_training = self.required_training

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if genders is not UNSET:
            field_dict["genders"] = genders
        if max_active_loans is not UNSET:
            field_dict["max_active_loans"] = max_active_loans
        if member_statuses is not UNSET:
            field_dict["member_statuses"] = member_statuses
        if group_statuses is not UNSET:
            field_dict["group_statuses"] = group_statuses
        if min_compulsory_savings is not UNSET:
            field_dict["min_compulsory_savings"] = min_compulsory_savings
        if required_training is not UNSET:
            field_dict["required_training"] = required_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_genders(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                genders_type_0 = cast(list[str], data)

                return genders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        genders = _parse_genders(d.pop("genders", UNSET))

        max_active_loans = d.pop("max_active_loans", UNSET)

        member_statuses = cast(list[str], d.pop("member_statuses", UNSET))

        group_statuses = cast(list[str], d.pop("group_statuses", UNSET))

        def _parse_min_compulsory_savings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_compulsory_savings = _parse_min_compulsory_savings(d.pop("min_compulsory_savings", UNSET))

        def _parse_required_training(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_training = _parse_required_training(d.pop("required_training", UNSET))

        eligibility_out = cls(
            genders=genders,
            max_active_loans=max_active_loans,
            member_statuses=member_statuses,
            group_statuses=group_statuses,
            min_compulsory_savings=min_compulsory_savings,
            required_training=required_training,
        )

        eligibility_out.additional_properties = d
        return eligibility_out

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
