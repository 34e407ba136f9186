from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_out import ReviewOut


T = TypeVar("T", bound="ProjectOut")


@_attrs_define
class ProjectOut:
    """
    Attributes:
        id (UUID):
        cohort_id (UUID):
        title (str):
        problem (str):
        community (str):
        stakeholders (str):
        plan (str):
        division (str):
        district (str):
        upazila (str):
        budget (str):
        grant (str):
        status (str):
        beneficiaries_female (int):
        beneficiaries_male (int):
        beneficiaries_other (int):
        evidence (list[Any] | None):
        verified_by (None | str):
        completed_on (datetime.date | None):
        grant_paid_on (datetime.date | None):
        grant_channel (None | str):
        grant_reference (None | str):
        grant_payee_id (None | UUID):
        team (list[UUID]):
        reviews (list[ReviewOut]):
        version (int):
    """

    id: UUID
    cohort_id: UUID
    title: str
    problem: str
    community: str
    stakeholders: str
    plan: str
    division: str
    district: str
    upazila: str
    budget: str
    grant: str
    status: str
    beneficiaries_female: int
    beneficiaries_male: int
    beneficiaries_other: int
    evidence: list[Any] | None
    verified_by: None | str
    completed_on: datetime.date | None
    grant_paid_on: datetime.date | None
    grant_channel: None | str
    grant_reference: None | str
    grant_payee_id: None | UUID
    team: list[UUID]
    reviews: list[ReviewOut]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cohort_id = str(self.cohort_id)

        title = self.title

        problem = self.problem

        community = self.community

        stakeholders = self.stakeholders

        plan = self.plan

        division = self.division

        district = self.district

        upazila = self.upazila

        budget = self.budget

        grant = self.grant

        status = self.status

        beneficiaries_female = self.beneficiaries_female

        beneficiaries_male = self.beneficiaries_male

        beneficiaries_other = self.beneficiaries_other

        evidence: list[Any] | None
        if isinstance(self.evidence, list):
            evidence = self.evidence

        else:
            evidence = self.evidence

        verified_by: None | str
        verified_by = self.verified_by

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        grant_paid_on: None | str
        if isinstance(self.grant_paid_on, datetime.date):
            grant_paid_on = self.grant_paid_on.isoformat()
        else:
            grant_paid_on = self.grant_paid_on

        grant_channel: None | str
        grant_channel = self.grant_channel

        grant_reference: None | str
        grant_reference = self.grant_reference

        grant_payee_id: None | str
        if isinstance(self.grant_payee_id, UUID):
            grant_payee_id = str(self.grant_payee_id)
        else:
            grant_payee_id = self.grant_payee_id

        team = []
        for team_item_data in self.team:
            team_item = str(team_item_data)
            team.append(team_item)

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cohort_id": cohort_id,
                "title": title,
                "problem": problem,
                "community": community,
                "stakeholders": stakeholders,
                "plan": plan,
                "division": division,
                "district": district,
                "upazila": upazila,
                "budget": budget,
                "grant": grant,
                "status": status,
                "beneficiaries_female": beneficiaries_female,
                "beneficiaries_male": beneficiaries_male,
                "beneficiaries_other": beneficiaries_other,
                "evidence": evidence,
                "verified_by": verified_by,
                "completed_on": completed_on,
                "grant_paid_on": grant_paid_on,
                "grant_channel": grant_channel,
                "grant_reference": grant_reference,
                "grant_payee_id": grant_payee_id,
                "team": team,
                "reviews": reviews,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_out import ReviewOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cohort_id = UUID(d.pop("cohort_id"))

        title = d.pop("title")

        problem = d.pop("problem")

        community = d.pop("community")

        stakeholders = d.pop("stakeholders")

        plan = d.pop("plan")

        division = d.pop("division")

        district = d.pop("district")

        upazila = d.pop("upazila")

        budget = d.pop("budget")

        grant = d.pop("grant")

        status = d.pop("status")

        beneficiaries_female = d.pop("beneficiaries_female")

        beneficiaries_male = d.pop("beneficiaries_male")

        beneficiaries_other = d.pop("beneficiaries_other")

        def _parse_evidence(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_type_0 = cast(list[Any], data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        evidence = _parse_evidence(d.pop("evidence"))

        def _parse_verified_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_by = _parse_verified_by(d.pop("verified_by"))

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

        def _parse_grant_paid_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grant_paid_on_type_0 = datetime.date.fromisoformat(data)

                return grant_paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        grant_paid_on = _parse_grant_paid_on(d.pop("grant_paid_on"))

        def _parse_grant_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grant_channel = _parse_grant_channel(d.pop("grant_channel"))

        def _parse_grant_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        grant_reference = _parse_grant_reference(d.pop("grant_reference"))

        def _parse_grant_payee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grant_payee_id_type_0 = UUID(data)

                return grant_payee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        grant_payee_id = _parse_grant_payee_id(d.pop("grant_payee_id"))

        team = []
        _team = d.pop("team")
        for team_item_data in _team:
            team_item = UUID(team_item_data)

            team.append(team_item)

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = ReviewOut.from_dict(reviews_item_data)

            reviews.append(reviews_item)

        version = d.pop("version")

        project_out = cls(
            id=id,
            cohort_id=cohort_id,
            title=title,
            problem=problem,
            community=community,
            stakeholders=stakeholders,
            plan=plan,
            division=division,
            district=district,
            upazila=upazila,
            budget=budget,
            grant=grant,
            status=status,
            beneficiaries_female=beneficiaries_female,
            beneficiaries_male=beneficiaries_male,
            beneficiaries_other=beneficiaries_other,
            evidence=evidence,
            verified_by=verified_by,
            completed_on=completed_on,
            grant_paid_on=grant_paid_on,
            grant_channel=grant_channel,
            grant_reference=grant_reference,
            grant_payee_id=grant_payee_id,
            team=team,
            reviews=reviews,
            version=version,
        )

        project_out.additional_properties = d
        return project_out

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
