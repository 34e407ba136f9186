from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_out import ClassificationOut
    from ..models.par_band_out import ParBandOut


T = TypeVar("T", bound="ParGroupOut")


@_attrs_define
class ParGroupOut:
    """
    Attributes:
        key (None | str): branch, field officer or product id; 'portfolio'; 'total'; null: no field officer
        loans (int): active loans
        outstanding_principal (str):
        par1 (ParBandOut):
        par30 (ParBandOut):
        par90 (ParBandOut):
        classification (list[ClassificationOut]):
        provision_required (str):
        product_code (None | str | Unset):
    """

    key: None | str
    loans: int
    outstanding_principal: str
    par1: ParBandOut
    par30: ParBandOut
    par90: ParBandOut
    classification: list[ClassificationOut]
    provision_required: str
    product_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str
        key = self.key

        loans = self.loans

        outstanding_principal = self.outstanding_principal

        par1 = self.par1.to_dict()

        par30 = self.par30.to_dict()

        par90 = self.par90.to_dict()

        classification = []
        for classification_item_data in self.classification:
            classification_item = classification_item_data.to_dict()
            classification.append(classification_item)

        provision_required = self.provision_required

        product_code: None | str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        else:
            product_code = self.product_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "loans": loans,
                "outstanding_principal": outstanding_principal,
                "par1": par1,
                "par30": par30,
                "par90": par90,
                "classification": classification,
                "provision_required": provision_required,
            }
        )
        if product_code is not UNSET:
            field_dict["product_code"] = product_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classification_out import ClassificationOut  # noqa: PLC0415
        from ..models.par_band_out import ParBandOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        loans = d.pop("loans")

        outstanding_principal = d.pop("outstanding_principal")

        par1 = ParBandOut.from_dict(d.pop("par1"))

        par30 = ParBandOut.from_dict(d.pop("par30"))

        par90 = ParBandOut.from_dict(d.pop("par90"))

        classification = []
        _classification = d.pop("classification")
        for classification_item_data in _classification:
            classification_item = ClassificationOut.from_dict(classification_item_data)

            classification.append(classification_item)

        provision_required = d.pop("provision_required")

        def _parse_product_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_code = _parse_product_code(d.pop("product_code", UNSET))

        par_group_out = cls(
            key=key,
            loans=loans,
            outstanding_principal=outstanding_principal,
            par1=par1,
            par30=par30,
            par90=par90,
            classification=classification,
            provision_required=provision_required,
            product_code=product_code,
        )

        par_group_out.additional_properties = d
        return par_group_out

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
