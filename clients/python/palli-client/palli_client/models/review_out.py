from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_out_scores import ReviewOutScores


T = TypeVar("T", bound="ReviewOut")


@_attrs_define
class ReviewOut:
    """
    Attributes:
        reviewer (str):
        scores (ReviewOutScores):
        total (int):
        recommend (bool):
        comment (None | str):
    """

    reviewer: str
    scores: ReviewOutScores
    total: int
    recommend: bool
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reviewer = self.reviewer

        scores = self.scores.to_dict()

        total = self.total

        recommend = self.recommend

        comment: None | str
        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reviewer": reviewer,
                "scores": scores,
                "total": total,
                "recommend": recommend,
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_out_scores import ReviewOutScores  # noqa: PLC0415

        d = dict(src_dict)
        reviewer = d.pop("reviewer")

        scores = ReviewOutScores.from_dict(d.pop("scores"))

        total = d.pop("total")

        recommend = d.pop("recommend")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        review_out = cls(
            reviewer=reviewer,
            scores=scores,
            total=total,
            recommend=recommend,
            comment=comment,
        )

        review_out.additional_properties = d
        return review_out

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
