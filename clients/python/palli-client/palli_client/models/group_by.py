from typing import Literal

GroupBy = Literal["branch", "field_officer", "portfolio", "product"]

GROUP_BY_VALUES: set[GroupBy] = {
    "branch",
    "field_officer",
    "portfolio",
    "product",
}


def check_group_by(value: str) -> GroupBy:
    if value in GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_BY_VALUES!r}")
