from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_address_in import TrainingAddressIn


T = TypeVar("T", bound="CohortCreate")


@_attrs_define
class CohortCreate:
    """
    Attributes:
        programme_id (UUID):
        facilitator_id (UUID):
        name (str):
        address (TrainingAddressIn):
        place (str):
        starts_on (datetime.date):
        partner (None | str | Unset):
        branch_id (None | Unset | UUID): a branch's cohort: its staff manage it
        capacity (int | Unset):  Default: 25.
        every_days (int | Unset): days between sessions (1: a residential course) Default: 7.
    """

    programme_id: UUID
    facilitator_id: UUID
    name: str
    address: TrainingAddressIn
    place: str
    starts_on: datetime.date
    partner: None | str | Unset = UNSET
    branch_id: None | Unset | UUID = UNSET
    capacity: int | Unset = 25
    every_days: int | Unset = 7

    def to_dict(self) -> dict[str, Any]:
        programme_id = str(self.programme_id)

        facilitator_id = str(self.facilitator_id)

        name = self.name

        address = self.address.to_dict()

        place = self.place

        starts_on = self.starts_on.isoformat()

        partner: None | str | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        else:
            partner = self.partner

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        elif isinstance(self.branch_id, UUID):
            branch_id = str(self.branch_id)
        else:
            branch_id = self.branch_id

        capacity = self.capacity

        every_days = self.every_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "programme_id": programme_id,
                "facilitator_id": facilitator_id,
                "name": name,
                "address": address,
                "place": place,
                "starts_on": starts_on,
            }
        )
        if partner is not UNSET:
            field_dict["partner"] = partner
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if every_days is not UNSET:
            field_dict["every_days"] = every_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_address_in import TrainingAddressIn  # noqa: PLC0415

        d = dict(src_dict)
        programme_id = UUID(d.pop("programme_id"))

        facilitator_id = UUID(d.pop("facilitator_id"))

        name = d.pop("name")

        address = TrainingAddressIn.from_dict(d.pop("address"))

        place = d.pop("place")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_partner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

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

        capacity = d.pop("capacity", UNSET)

        every_days = d.pop("every_days", UNSET)

        cohort_create = cls(
            programme_id=programme_id,
            facilitator_id=facilitator_id,
            name=name,
            address=address,
            place=place,
            starts_on=starts_on,
            partner=partner,
            branch_id=branch_id,
            capacity=capacity,
            every_days=every_days,
        )

        return cohort_create
