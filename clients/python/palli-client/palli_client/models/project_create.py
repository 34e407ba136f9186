from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_address_in import TrainingAddressIn


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """
    Attributes:
        cohort_id (UUID):
        title (str):
        problem (str):
        community (str):
        stakeholders (str):
        plan (str):
        team (list[UUID]): participants of the cohort who run it
        budget (str | Unset):  Default: '0.00'.
        address (None | TrainingAddressIn | Unset): where it happens (default: the cohort's place)
    """

    cohort_id: UUID
    title: str
    problem: str
    community: str
    stakeholders: str
    plan: str
    team: list[UUID]
    budget: str | Unset = "0.00"
    address: None | TrainingAddressIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.training_address_in import TrainingAddressIn  # noqa: PLC0415

        cohort_id = str(self.cohort_id)

        title = self.title

        problem = self.problem

        community = self.community

        stakeholders = self.stakeholders

        plan = self.plan

        team = []
        for team_item_data in self.team:
            team_item = str(team_item_data)
            team.append(team_item)

        budget = self.budget

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, TrainingAddressIn):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cohort_id": cohort_id,
                "title": title,
                "problem": problem,
                "community": community,
                "stakeholders": stakeholders,
                "plan": plan,
                "team": team,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_address_in import TrainingAddressIn  # noqa: PLC0415

        d = dict(src_dict)
        cohort_id = UUID(d.pop("cohort_id"))

        title = d.pop("title")

        problem = d.pop("problem")

        community = d.pop("community")

        stakeholders = d.pop("stakeholders")

        plan = d.pop("plan")

        team = []
        _team = d.pop("team")
        for team_item_data in _team:
            team_item = UUID(team_item_data)

            team.append(team_item)

        budget = d.pop("budget", UNSET)

        def _parse_address(data: object) -> None | TrainingAddressIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = TrainingAddressIn.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingAddressIn | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        project_create = cls(
            cohort_id=cohort_id,
            title=title,
            problem=problem,
            community=community,
            stakeholders=stakeholders,
            plan=plan,
            team=team,
            budget=budget,
            address=address,
        )

        return project_create
