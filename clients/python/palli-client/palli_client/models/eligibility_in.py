from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.eligibility_in_genders_type_0_item import (
    EligibilityInGendersType0Item,
    check_eligibility_in_genders_type_0_item,
)
from ..models.eligibility_in_group_statuses_item import (
    EligibilityInGroupStatusesItem,
    check_eligibility_in_group_statuses_item,
)
from ..models.eligibility_in_member_statuses_item import (
    EligibilityInMemberStatusesItem,
    check_eligibility_in_member_statuses_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EligibilityIn")


@_attrs_define
class EligibilityIn:
    """Who may borrow. Checked when a loan is applied for, against lending's copies of the member
    and the group (kept from members events) and the member's open loans.

    `min_compulsory_savings` is checked against her compulsory savings balance as savings last
    published it (lending's copy, from `savings.account` events); a member with no compulsory
    account known to lending is refused ("not known yet"), never lent to as if the rule were met.
    `required_training` names a training programme's code: the member must hold a credential of
    that programme that training has issued and not revoked (lending's copy, from
    `training.credential` events; codes compared ignoring case); a member without one is refused.
    Leave either null to lend without it.

        Attributes:
            genders (list[EligibilityInGendersType0Item] | None | Unset): e.g. ["female"]; null: anyone
            max_active_loans (int | Unset): open loans (applied, approved, active) a member may hold, this one included
                Default: 1.
            member_statuses (list[EligibilityInMemberStatusesItem] | Unset):
            group_statuses (list[EligibilityInGroupStatusesItem] | Unset):
            min_compulsory_savings (None | str | Unset): decimal taka: her compulsory savings balance as savings last
                published it
            required_training (None | str | Unset): training programme code, e.g. ENTERPRISE-BASICS: she must hold an issued
                (not revoked) credential of it, as training last published it
    """

    genders: list[EligibilityInGendersType0Item] | None | Unset = UNSET
    max_active_loans: int | Unset = 1
    member_statuses: list[EligibilityInMemberStatusesItem] | Unset = UNSET
    group_statuses: list[EligibilityInGroupStatusesItem] | Unset = UNSET
    min_compulsory_savings: None | str | Unset = UNSET
    required_training: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        genders: list[str] | None | Unset
        if isinstance(self.genders, Unset):
            genders = UNSET
        elif isinstance(self.genders, list):
            genders = []
            for genders_type_0_item_data in self.genders:
                genders_type_0_item: str = genders_type_0_item_data
                genders.append(genders_type_0_item)

        else:
            genders = self.genders

        max_active_loans = self.max_active_loans

        member_statuses: list[str] | Unset = UNSET
        if not isinstance(self.member_statuses, Unset):
            member_statuses = []
            for member_statuses_item_data in self.member_statuses:
                member_statuses_item: str = member_statuses_item_data
                member_statuses.append(member_statuses_item)

        group_statuses: list[str] | Unset = UNSET
        if not isinstance(self.group_statuses, Unset):
            group_statuses = []
            for group_statuses_item_data in self.group_statuses:
                group_statuses_item: str = group_statuses_item_data
                group_statuses.append(group_statuses_item)

        min_compulsory_savings: None | str | Unset
        if isinstance(self.min_compulsory_savings, Unset):
            min_compulsory_savings = UNSET
        else:
            min_compulsory_savings = self.min_compulsory_savings

        required_training: None | str | Unset
        if isinstance(self.required_training, Unset):
            required_training = UNSET
        else:
            required_training = self.required_training

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if genders is not UNSET:
            field_dict["genders"] = genders
        if max_active_loans is not UNSET:
            field_dict["max_active_loans"] = max_active_loans
        if member_statuses is not UNSET:
            field_dict["member_statuses"] = member_statuses
        if group_statuses is not UNSET:
            field_dict["group_statuses"] = group_statuses
        if min_compulsory_savings is not UNSET:
            field_dict["min_compulsory_savings"] = min_compulsory_savings
        if required_training is not UNSET:
            field_dict["required_training"] = required_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_genders(data: object) -> list[EligibilityInGendersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                genders_type_0 = []
                _genders_type_0 = data
                for genders_type_0_item_data in _genders_type_0:
                    genders_type_0_item = check_eligibility_in_genders_type_0_item(genders_type_0_item_data)

                    genders_type_0.append(genders_type_0_item)

                return genders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EligibilityInGendersType0Item] | None | Unset, data)

        genders = _parse_genders(d.pop("genders", UNSET))

        max_active_loans = d.pop("max_active_loans", UNSET)

        _member_statuses = d.pop("member_statuses", UNSET)
        member_statuses: list[EligibilityInMemberStatusesItem] | Unset = UNSET
        if _member_statuses is not UNSET:
            member_statuses = []
            for member_statuses_item_data in _member_statuses:
                member_statuses_item = check_eligibility_in_member_statuses_item(member_statuses_item_data)

                member_statuses.append(member_statuses_item)

        _group_statuses = d.pop("group_statuses", UNSET)
        group_statuses: list[EligibilityInGroupStatusesItem] | Unset = UNSET
        if _group_statuses is not UNSET:
            group_statuses = []
            for group_statuses_item_data in _group_statuses:
                group_statuses_item = check_eligibility_in_group_statuses_item(group_statuses_item_data)

                group_statuses.append(group_statuses_item)

        def _parse_min_compulsory_savings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_compulsory_savings = _parse_min_compulsory_savings(d.pop("min_compulsory_savings", UNSET))

        def _parse_required_training(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_training = _parse_required_training(d.pop("required_training", UNSET))

        eligibility_in = cls(
            genders=genders,
            max_active_loans=max_active_loans,
            member_statuses=member_statuses,
            group_statuses=group_statuses,
            min_compulsory_savings=min_compulsory_savings,
            required_training=required_training,
        )

        return eligibility_in
