from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.preview_in_frequency import PreviewInFrequency, check_preview_in_frequency
from ..models.preview_in_meeting_day_type_0 import PreviewInMeetingDayType0, check_preview_in_meeting_day_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewIn")


@_attrs_define
class PreviewIn:
    """
    Attributes:
        product_id (UUID):
        principal (str):
        installments (int):
        frequency (PreviewInFrequency):
        annual_rate (None | str | Unset): the product's default when left out
        term_months (int | None | Unset): at_end loans: months to the one installment
        disbursed_on (datetime.date | None | Unset): today when left out
        meeting_day (None | PreviewInMeetingDayType0 | Unset): weekly and fortnightly dues fall on the group's meeting
            day
        first_due_on (datetime.date | None | Unset):
    """

    product_id: UUID
    principal: str
    installments: int
    frequency: PreviewInFrequency
    annual_rate: None | str | Unset = UNSET
    term_months: int | None | Unset = UNSET
    disbursed_on: datetime.date | None | Unset = UNSET
    meeting_day: None | PreviewInMeetingDayType0 | Unset = UNSET
    first_due_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        principal = self.principal

        installments = self.installments

        frequency: str = self.frequency

        annual_rate: None | str | Unset
        if isinstance(self.annual_rate, Unset):
            annual_rate = UNSET
        else:
            annual_rate = self.annual_rate

        term_months: int | None | Unset
        if isinstance(self.term_months, Unset):
            term_months = UNSET
        else:
            term_months = self.term_months

        disbursed_on: None | str | Unset
        if isinstance(self.disbursed_on, Unset):
            disbursed_on = UNSET
        elif isinstance(self.disbursed_on, datetime.date):
            disbursed_on = self.disbursed_on.isoformat()
        else:
            disbursed_on = self.disbursed_on

        meeting_day: None | str | Unset
        if isinstance(self.meeting_day, Unset):
            meeting_day = UNSET
        elif isinstance(self.meeting_day, str):
            meeting_day = self.meeting_day
        else:
            meeting_day = self.meeting_day

        first_due_on: None | str | Unset
        if isinstance(self.first_due_on, Unset):
            first_due_on = UNSET
        elif isinstance(self.first_due_on, datetime.date):
            first_due_on = self.first_due_on.isoformat()
        else:
            first_due_on = self.first_due_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_id": product_id,
                "principal": principal,
                "installments": installments,
                "frequency": frequency,
            }
        )
        if annual_rate is not UNSET:
            field_dict["annual_rate"] = annual_rate
        if term_months is not UNSET:
            field_dict["term_months"] = term_months
        if disbursed_on is not UNSET:
            field_dict["disbursed_on"] = disbursed_on
        if meeting_day is not UNSET:
            field_dict["meeting_day"] = meeting_day
        if first_due_on is not UNSET:
            field_dict["first_due_on"] = first_due_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = UUID(d.pop("product_id"))

        principal = d.pop("principal")

        installments = d.pop("installments")

        frequency = check_preview_in_frequency(d.pop("frequency"))

        def _parse_annual_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        annual_rate = _parse_annual_rate(d.pop("annual_rate", UNSET))

        def _parse_term_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        term_months = _parse_term_months(d.pop("term_months", UNSET))

        def _parse_disbursed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disbursed_on_type_0 = datetime.date.fromisoformat(data)

                return disbursed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        disbursed_on = _parse_disbursed_on(d.pop("disbursed_on", UNSET))

        def _parse_meeting_day(data: object) -> None | PreviewInMeetingDayType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_day_type_0 = check_preview_in_meeting_day_type_0(data)

                return meeting_day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreviewInMeetingDayType0 | Unset, data)

        meeting_day = _parse_meeting_day(d.pop("meeting_day", UNSET))

        def _parse_first_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_due_on_type_0 = datetime.date.fromisoformat(data)

                return first_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        first_due_on = _parse_first_due_on(d.pop("first_due_on", UNSET))

        preview_in = cls(
            product_id=product_id,
            principal=principal,
            installments=installments,
            frequency=frequency,
            annual_rate=annual_rate,
            term_months=term_months,
            disbursed_on=disbursed_on,
            meeting_day=meeting_day,
            first_due_on=first_due_on,
        )

        return preview_in
