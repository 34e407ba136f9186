from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.savings_transaction_out import SavingsTransactionOut


T = TypeVar("T", bound="TransferOut")


@_attrs_define
class TransferOut:
    """
    Attributes:
        transfer_out (SavingsTransactionOut):
        transfer_in (SavingsTransactionOut):
    """

    transfer_out: SavingsTransactionOut
    transfer_in: SavingsTransactionOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_out = self.transfer_out.to_dict()

        transfer_in = self.transfer_in.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_out": transfer_out,
                "transfer_in": transfer_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.savings_transaction_out import SavingsTransactionOut  # noqa: PLC0415

        d = dict(src_dict)
        transfer_out = SavingsTransactionOut.from_dict(d.pop("transfer_out"))

        transfer_in = SavingsTransactionOut.from_dict(d.pop("transfer_in"))

        transfer_out = cls(
            transfer_out=transfer_out,
            transfer_in=transfer_in,
        )

        transfer_out.additional_properties = d
        return transfer_out

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
