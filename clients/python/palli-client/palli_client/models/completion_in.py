from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionIn")


@_attrs_define
class CompletionIn:
    """
    Attributes:
        beneficiaries_female (int):
        beneficiaries_male (int):
        evidence (list[str]): photo and document references (URLs or file ids)
        beneficiaries_other (int | Unset):  Default: 0.
    """

    beneficiaries_female: int
    beneficiaries_male: int
    evidence: list[str]
    beneficiaries_other: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        beneficiaries_female = self.beneficiaries_female

        beneficiaries_male = self.beneficiaries_male

        evidence = self.evidence

        beneficiaries_other = self.beneficiaries_other

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "beneficiaries_female": beneficiaries_female,
                "beneficiaries_male": beneficiaries_male,
                "evidence": evidence,
            }
        )
        if beneficiaries_other is not UNSET:
            field_dict["beneficiaries_other"] = beneficiaries_other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiaries_female = d.pop("beneficiaries_female")

        beneficiaries_male = d.pop("beneficiaries_male")

        evidence = cast(list[str], d.pop("evidence"))

        beneficiaries_other = d.pop("beneficiaries_other", UNSET)

        completion_in = cls(
            beneficiaries_female=beneficiaries_female,
            beneficiaries_male=beneficiaries_male,
            evidence=evidence,
            beneficiaries_other=beneficiaries_other,
        )

        return completion_in
