from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.account_open_maturity_instruction_type_0 import (
    AccountOpenMaturityInstructionType0,
    check_account_open_maturity_instruction_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountOpen")


@_attrs_define
class AccountOpen:
    """
    Attributes:
        member_id (UUID):
        product_id (UUID):
        opening_deposit (str | Unset):  Default: '0.00'.
        opened_on (datetime.date | None | Unset): default: today (Dhaka); today or yesterday (Dhaka) for anyone
            (SAVINGS_BACKDATE_DAYS); further back, up to SAVINGS_BACKDATE_MAX_DAYS, only a branch manager or admin with a
            `backdate_reason`; never before the account's last transaction
        deposit_due (None | str | Unset): each meeting's deposit; default: the product's
        backdate_reason (None | str | Unset): why the date is beyond the back-dating window (managers only); kept on the
            transaction and its event
        term_months (int | None | Unset): DPS and fixed deposits: one of the product's terms
        installment (None | str | Unset): DPS: the monthly deposit (at least the product's minimum)
        maturity_instruction (AccountOpenMaturityInstructionType0 | None | Unset): fixed deposits: what maturity does
            (default: the product's); a DPS pays to voluntary savings
    """

    member_id: UUID
    product_id: UUID
    opening_deposit: str | Unset = "0.00"
    opened_on: datetime.date | None | Unset = UNSET
    deposit_due: None | str | Unset = UNSET
    backdate_reason: None | str | Unset = UNSET
    term_months: int | None | Unset = UNSET
    installment: None | str | Unset = UNSET
    maturity_instruction: AccountOpenMaturityInstructionType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        member_id = str(self.member_id)

        product_id = str(self.product_id)

        opening_deposit = self.opening_deposit

        opened_on: None | str | Unset
        if isinstance(self.opened_on, Unset):
            opened_on = UNSET
        elif isinstance(self.opened_on, datetime.date):
            opened_on = self.opened_on.isoformat()
        else:
            opened_on = self.opened_on

        deposit_due: None | str | Unset
        if isinstance(self.deposit_due, Unset):
            deposit_due = UNSET
        else:
            deposit_due = self.deposit_due

        backdate_reason: None | str | Unset
        if isinstance(self.backdate_reason, Unset):
            backdate_reason = UNSET
        else:
            backdate_reason = self.backdate_reason

        term_months: int | None | Unset
        if isinstance(self.term_months, Unset):
            term_months = UNSET
        else:
            term_months = self.term_months

        installment: None | str | Unset
        if isinstance(self.installment, Unset):
            installment = UNSET
        else:
            installment = self.installment

        maturity_instruction: None | str | Unset
        if isinstance(self.maturity_instruction, Unset):
            maturity_instruction = UNSET
        elif isinstance(self.maturity_instruction, str):
            maturity_instruction = self.maturity_instruction
        else:
            maturity_instruction = self.maturity_instruction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_id": member_id,
                "product_id": product_id,
            }
        )
        if opening_deposit is not UNSET:
            field_dict["opening_deposit"] = opening_deposit
        if opened_on is not UNSET:
            field_dict["opened_on"] = opened_on
        if deposit_due is not UNSET:
            field_dict["deposit_due"] = deposit_due
        if backdate_reason is not UNSET:
            field_dict["backdate_reason"] = backdate_reason
        if term_months is not UNSET:
            field_dict["term_months"] = term_months
        if installment is not UNSET:
            field_dict["installment"] = installment
        if maturity_instruction is not UNSET:
            field_dict["maturity_instruction"] = maturity_instruction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = UUID(d.pop("member_id"))

        product_id = UUID(d.pop("product_id"))

        opening_deposit = d.pop("opening_deposit", UNSET)

        def _parse_opened_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_on_type_0 = datetime.date.fromisoformat(data)

                return opened_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        opened_on = _parse_opened_on(d.pop("opened_on", UNSET))

        def _parse_deposit_due(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deposit_due = _parse_deposit_due(d.pop("deposit_due", UNSET))

        def _parse_backdate_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason", UNSET))

        def _parse_term_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        term_months = _parse_term_months(d.pop("term_months", UNSET))

        def _parse_installment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        installment = _parse_installment(d.pop("installment", UNSET))

        def _parse_maturity_instruction(data: object) -> AccountOpenMaturityInstructionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maturity_instruction_type_0 = check_account_open_maturity_instruction_type_0(data)

                return maturity_instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountOpenMaturityInstructionType0 | None | Unset, data)

        maturity_instruction = _parse_maturity_instruction(d.pop("maturity_instruction", UNSET))

        account_open = cls(
            member_id=member_id,
            product_id=product_id,
            opening_deposit=opening_deposit,
            opened_on=opened_on,
            deposit_due=deposit_due,
            backdate_reason=backdate_reason,
            term_months=term_months,
            installment=installment,
            maturity_instruction=maturity_instruction,
        )

        return account_open
