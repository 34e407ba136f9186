from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payout_out_statement import PayoutOutStatement


T = TypeVar("T", bound="PayoutOut")


@_attrs_define
class PayoutOut:
    """
    Attributes:
        id (UUID):
        producer_id (UUID):
        member_id (UUID):
        branch_id (None | UUID):
        run_id (None | UUID):
        on (datetime.date):
        gross (str):
        advance_recovered (str):
        amount (str):
        channel (str):
        reference (None | str):
        savings_account_id (None | UUID):
        statement (PayoutOutStatement):
    """

    id: UUID
    producer_id: UUID
    member_id: UUID
    branch_id: None | UUID
    run_id: None | UUID
    on: datetime.date
    gross: str
    advance_recovered: str
    amount: str
    channel: str
    reference: None | str
    savings_account_id: None | UUID
    statement: PayoutOutStatement
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        producer_id = str(self.producer_id)

        member_id = str(self.member_id)

        branch_id: None | str
        if isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        run_id: None | str
        if isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        on = self.on.isoformat()

        gross = self.gross

        advance_recovered = self.advance_recovered

        amount = self.amount

        channel = self.channel

        reference: None | str
        reference = self.reference

        savings_account_id: None | str
        if isinstance(self.savings_account_id, UUID):
            savings_account_id = str(self.savings_account_id)
        else:
            savings_account_id = self.savings_account_id

        statement = self.statement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "producer_id": producer_id,
                "member_id": member_id,
                "branch_id": branch_id,
                "run_id": run_id,
                "on": on,
                "gross": gross,
                "advance_recovered": advance_recovered,
                "amount": amount,
                "channel": channel,
                "reference": reference,
                "savings_account_id": savings_account_id,
                "statement": statement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout_out_statement import PayoutOutStatement  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        producer_id = UUID(d.pop("producer_id"))

        member_id = UUID(d.pop("member_id"))

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

        def _parse_run_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        run_id = _parse_run_id(d.pop("run_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        gross = d.pop("gross")

        advance_recovered = d.pop("advance_recovered")

        amount = d.pop("amount")

        channel = d.pop("channel")

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_savings_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                savings_account_id_type_0 = UUID(data)

                return savings_account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        savings_account_id = _parse_savings_account_id(d.pop("savings_account_id"))

        statement = PayoutOutStatement.from_dict(d.pop("statement"))

        payout_out = cls(
            id=id,
            producer_id=producer_id,
            member_id=member_id,
            branch_id=branch_id,
            run_id=run_id,
            on=on,
            gross=gross,
            advance_recovered=advance_recovered,
            amount=amount,
            channel=channel,
            reference=reference,
            savings_account_id=savings_account_id,
            statement=statement,
        )

        payout_out.additional_properties = d
        return payout_out

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
