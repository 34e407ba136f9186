from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutletOut")


@_attrs_define
class OutletOut:
    """
    Attributes:
        id (UUID):
        code (str):
        name (str):
        name_bn (str):
        district (str):
        upazila (str):
        branch_id (None | UUID):
        operator_subject (None | str):
        price_list_id (None | Unset | UUID): the price list it sells at; null: the catalogue's prices
    """

    id: UUID
    code: str
    name: str
    name_bn: str
    district: str
    upazila: str
    branch_id: None | UUID
    operator_subject: None | str
    price_list_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        name_bn = self.name_bn

        district = self.district

        upazila = self.upazila

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        operator_subject: None | str
        operator_subject = self.operator_subject

        price_list_id: None | str | Unset
        if isinstance(self.price_list_id, Unset):
            price_list_id = UNSET
        elif isinstance(self.price_list_id, UUID):
            price_list_id = str(self.price_list_id)
        else:
            price_list_id = self.price_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "district": district,
                "upazila": upazila,
                "branch_id": branch_id,
                "operator_subject": operator_subject,
            }
        )
        if price_list_id is not UNSET:
            field_dict["price_list_id"] = price_list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        district = d.pop("district")

        upazila = d.pop("upazila")

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

        def _parse_operator_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operator_subject = _parse_operator_subject(d.pop("operator_subject"))

        def _parse_price_list_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_list_id_type_0 = UUID(data)

                return price_list_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        price_list_id = _parse_price_list_id(d.pop("price_list_id", UNSET))

        outlet_out = cls(
            id=id,
            code=code,
            name=name,
            name_bn=name_bn,
            district=district,
            upazila=upazila,
            branch_id=branch_id,
            operator_subject=operator_subject,
            price_list_id=price_list_id,
        )

        outlet_out.additional_properties = d
        return outlet_out

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
