from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.installment_out import InstallmentOut


T = TypeVar("T", bound="PreviewOut")


@_attrs_define
class PreviewOut:
    """
    Attributes:
        product_id (UUID):
        principal (str):
        annual_rate (str):
        frequency (str):
        installments (list[InstallmentOut]):
        total_principal (str):
        total_interest (str):
        total_repayment (str):
        annual_percentage_rate (str): declining-balance equivalent, percent (the regulator's cap applies to it)
        effective_annual_rate (str): compounded, percent
    """

    product_id: UUID
    principal: str
    annual_rate: str
    frequency: str
    installments: list[InstallmentOut]
    total_principal: str
    total_interest: str
    total_repayment: str
    annual_percentage_rate: str
    effective_annual_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        principal = self.principal

        annual_rate = self.annual_rate

        frequency = self.frequency

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        total_principal = self.total_principal

        total_interest = self.total_interest

        total_repayment = self.total_repayment

        annual_percentage_rate = self.annual_percentage_rate

        effective_annual_rate = self.effective_annual_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "principal": principal,
                "annual_rate": annual_rate,
                "frequency": frequency,
                "installments": installments,
                "total_principal": total_principal,
                "total_interest": total_interest,
                "total_repayment": total_repayment,
                "annual_percentage_rate": annual_percentage_rate,
                "effective_annual_rate": effective_annual_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.installment_out import InstallmentOut  # noqa: PLC0415

        d = dict(src_dict)
        product_id = UUID(d.pop("product_id"))

        principal = d.pop("principal")

        annual_rate = d.pop("annual_rate")

        frequency = d.pop("frequency")

        installments = []
        _installments = d.pop("installments")
        for installments_item_data in _installments:
            installments_item = InstallmentOut.from_dict(installments_item_data)

            installments.append(installments_item)

        total_principal = d.pop("total_principal")

        total_interest = d.pop("total_interest")

        total_repayment = d.pop("total_repayment")

        annual_percentage_rate = d.pop("annual_percentage_rate")

        effective_annual_rate = d.pop("effective_annual_rate")

        preview_out = cls(
            product_id=product_id,
            principal=principal,
            annual_rate=annual_rate,
            frequency=frequency,
            installments=installments,
            total_principal=total_principal,
            total_interest=total_interest,
            total_repayment=total_repayment,
            annual_percentage_rate=annual_percentage_rate,
            effective_annual_rate=effective_annual_rate,
        )

        preview_out.additional_properties = d
        return preview_out

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
