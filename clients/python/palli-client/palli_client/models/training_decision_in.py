from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingDecisionIn")


@_attrs_define
class TrainingDecisionIn:
    """
    Attributes:
        approve (bool):
        grant (str | Unset): a micro-grant, if any (approval only) Default: '0.00'.
        reason (None | str | Unset):
    """

    approve: bool
    grant: str | Unset = "0.00"
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approve = self.approve

        grant = self.grant

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approve": approve,
            }
        )
        if grant is not UNSET:
            field_dict["grant"] = grant
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approve = d.pop("approve")

        grant = d.pop("grant", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        training_decision_in = cls(
            approve=approve,
            grant=grant,
            reason=reason,
        )

        return training_decision_in
