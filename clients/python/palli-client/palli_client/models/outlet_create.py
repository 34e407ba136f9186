from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutletCreate")


@_attrs_define
class OutletCreate:
    """
    Attributes:
        code (str):
        name (str):
        name_bn (str):
        district (str):
        upazila (str):
        branch_id (None | Unset | UUID):
        operator_subject (None | str | Unset): the gateway user (marketplace_operator) who runs the outlet
    """

    code: str
    name: str
    name_bn: str
    district: str
    upazila: str
    branch_id: None | Unset | UUID = UNSET
    operator_subject: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_bn = self.name_bn

        district = self.district

        upazila = self.upazila

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        elif isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        operator_subject: None | str | Unset
        if isinstance(self.operator_subject, Unset):
            operator_subject = UNSET
        else:
            operator_subject = self.operator_subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_bn": name_bn,
                "district": district,
                "upazila": upazila,
            }
        )
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if operator_subject is not UNSET:
            field_dict["operator_subject"] = operator_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        district = d.pop("district")

        upazila = d.pop("upazila")

        def _parse_branch_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_id_type_0 = UUID(data)

                return branch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_operator_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator_subject = _parse_operator_subject(d.pop("operator_subject", UNSET))

        outlet_create = cls(
            code=code,
            name=name,
            name_bn=name_bn,
            district=district,
            upazila=upazila,
            branch_id=branch_id,
            operator_subject=operator_subject,
        )

        return outlet_create
