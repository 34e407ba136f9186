from typing import Literal

GroupStatus = Literal["active", "dissolved", "forming", "suspended"]

GROUP_STATUS_VALUES: set[GroupStatus] = {
    "active",
    "dissolved",
    "forming",
    "suspended",
}


def check_group_status(value: str) -> GroupStatus:
    if value in GROUP_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_STATUS_VALUES!r}")
