from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_in_scores import ReviewInScores


T = TypeVar("T", bound="ReviewIn")


@_attrs_define
class ReviewIn:
    """
    Attributes:
        scores (ReviewInScores): 1-5 on each of need, feasibility, inclusion, sustainability
        recommend (bool):
        comment (None | str | Unset):
    """

    scores: ReviewInScores
    recommend: bool
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scores = self.scores.to_dict()

        recommend = self.recommend

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scores": scores,
                "recommend": recommend,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_in_scores import ReviewInScores  # noqa: PLC0415

        d = dict(src_dict)
        scores = ReviewInScores.from_dict(d.pop("scores"))

        recommend = d.pop("recommend")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        review_in = cls(
            scores=scores,
            recommend=recommend,
            comment=comment,
        )

        return review_in
