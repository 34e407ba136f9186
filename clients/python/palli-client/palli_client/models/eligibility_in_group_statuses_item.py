from typing import Literal

EligibilityInGroupStatusesItem = Literal["active", "forming", "suspended"]

ELIGIBILITY_IN_GROUP_STATUSES_ITEM_VALUES: set[EligibilityInGroupStatusesItem] = {
    "active",
    "forming",
    "suspended",
}


def check_eligibility_in_group_statuses_item(value: str) -> EligibilityInGroupStatusesItem:
    if value in ELIGIBILITY_IN_GROUP_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELIGIBILITY_IN_GROUP_STATUSES_ITEM_VALUES!r}")
