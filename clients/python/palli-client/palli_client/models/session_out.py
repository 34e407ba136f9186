from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionOut")


@_attrs_define
class SessionOut:
    """
    Attributes:
        id (UUID):
        cohort_id (UUID):
        module_id (UUID):
        number (int):
        scheduled_on (datetime.date):
        status (str):
        makeup_of (None | UUID):
        cancel_reason (None | str):
    """

    id: UUID
    cohort_id: UUID
    module_id: UUID
    number: int
    scheduled_on: datetime.date
    status: str
    makeup_of: None | UUID
    cancel_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cohort_id = str(self.cohort_id)

        module_id = str(self.module_id)

        number = self.number

        scheduled_on = self.scheduled_on.isoformat()

        status = self.status

        makeup_of: None | str
        if isinstance(self.makeup_of, UUID):
            makeup_of = str(self.makeup_of)
        else:
            makeup_of = self.makeup_of

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cohort_id": cohort_id,
                "module_id": module_id,
                "number": number,
                "scheduled_on": scheduled_on,
                "status": status,
                "makeup_of": makeup_of,
                "cancel_reason": cancel_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cohort_id = UUID(d.pop("cohort_id"))

        module_id = UUID(d.pop("module_id"))

        number = d.pop("number")

        scheduled_on = datetime.date.fromisoformat(d.pop("scheduled_on"))

        status = d.pop("status")

        def _parse_makeup_of(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                makeup_of_type_0 = UUID(data)

                return makeup_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        makeup_of = _parse_makeup_of(d.pop("makeup_of"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        session_out = cls(
            id=id,
            cohort_id=cohort_id,
            module_id=module_id,
            number=number,
            scheduled_on=scheduled_on,
            status=status,
            makeup_of=makeup_of,
            cancel_reason=cancel_reason,
        )

        session_out.additional_properties = d
        return session_out

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
