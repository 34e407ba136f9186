from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransactionOut")


@_attrs_define
class TransactionOut:
    """
    Attributes:
        id (UUID):
        loan_id (UUID):
        kind (str):
        on (datetime.date):
        amount (str):
        principal (str):
        interest (str):
        penalty (str):
        channel (None | str):
        reference (None | str):
        note (None | str):
        reverses_id (None | UUID):
        reversed_ (bool):
        backdate_reason (None | str):
        collection_sheet_id (None | UUID):
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    loan_id: UUID
    kind: str
    on: datetime.date
    amount: str
    principal: str
    interest: str
    penalty: str
    channel: None | str
    reference: None | str
    note: None | str
    reverses_id: None | UUID
    reversed_: bool
    backdate_reason: None | str
    collection_sheet_id: None | UUID
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        loan_id = str(self.loan_id)

        kind = self.kind

        on = self.on.isoformat()

        amount = self.amount

        principal = self.principal

        interest = self.interest

        penalty = self.penalty

        channel: None | str
        channel = self.channel

        reference: None | str
        reference = self.reference

        note: None | str
        note = self.note

        reverses_id: None | str
        if isinstance(self.reverses_id, UUID):
            reverses_id = str(self.reverses_id)
        else:
            reverses_id = self.reverses_id

        reversed_ = self.reversed_

        backdate_reason: None | str
        backdate_reason = self.backdate_reason

        collection_sheet_id: None | str
        if isinstance(self.collection_sheet_id, UUID):
            collection_sheet_id = str(self.collection_sheet_id)
        else:
            collection_sheet_id = self.collection_sheet_id

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "loan_id": loan_id,
                "kind": kind,
                "on": on,
                "amount": amount,
                "principal": principal,
                "interest": interest,
                "penalty": penalty,
                "channel": channel,
                "reference": reference,
                "note": note,
                "reverses_id": reverses_id,
                "reversed": reversed_,
                "backdate_reason": backdate_reason,
                "collection_sheet_id": collection_sheet_id,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        loan_id = UUID(d.pop("loan_id"))

        kind = d.pop("kind")

        on = datetime.date.fromisoformat(d.pop("on"))

        amount = d.pop("amount")

        principal = d.pop("principal")

        interest = d.pop("interest")

        penalty = d.pop("penalty")

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_reverses_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reverses_id_type_0 = UUID(data)

                return reverses_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reverses_id = _parse_reverses_id(d.pop("reverses_id"))

        reversed_ = d.pop("reversed")

        def _parse_backdate_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        backdate_reason = _parse_backdate_reason(d.pop("backdate_reason"))

        def _parse_collection_sheet_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                collection_sheet_id_type_0 = UUID(data)

                return collection_sheet_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        collection_sheet_id = _parse_collection_sheet_id(d.pop("collection_sheet_id"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        transaction_out = cls(
            id=id,
            loan_id=loan_id,
            kind=kind,
            on=on,
            amount=amount,
            principal=principal,
            interest=interest,
            penalty=penalty,
            channel=channel,
            reference=reference,
            note=note,
            reverses_id=reverses_id,
            reversed_=reversed_,
            backdate_reason=backdate_reason,
            collection_sheet_id=collection_sheet_id,
            created_by=created_by,
            created_at=created_at,
        )

        transaction_out.additional_properties = d
        return transaction_out

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
