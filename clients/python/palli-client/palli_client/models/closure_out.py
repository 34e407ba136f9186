from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.savings_account_out import SavingsAccountOut
    from ..models.savings_transaction_out import SavingsTransactionOut


T = TypeVar("T", bound="ClosureOut")


@_attrs_define
class ClosureOut:
    """
    Attributes:
        account (SavingsAccountOut):
        payout (None | SavingsTransactionOut):
    """

    account: SavingsAccountOut
    payout: None | SavingsTransactionOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.savings_transaction_out import SavingsTransactionOut  # noqa: PLC0415

        account = self.account.to_dict()

        payout: dict[str, Any] | None
        if isinstance(self.payout, SavingsTransactionOut):
            payout = self.payout.to_dict()
        else:
            payout = self.payout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "payout": payout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.savings_account_out import SavingsAccountOut  # noqa: PLC0415
        from ..models.savings_transaction_out import SavingsTransactionOut  # noqa: PLC0415

        d = dict(src_dict)
        account = SavingsAccountOut.from_dict(d.pop("account"))

        def _parse_payout(data: object) -> None | SavingsTransactionOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payout_type_0 = SavingsTransactionOut.from_dict(data)

                return payout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SavingsTransactionOut, data)

        payout = _parse_payout(d.pop("payout"))

        closure_out = cls(
            account=account,
            payout=payout,
        )

        closure_out.additional_properties = d
        return closure_out

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
