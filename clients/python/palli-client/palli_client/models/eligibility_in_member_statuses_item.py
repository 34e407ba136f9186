from typing import Literal

EligibilityInMemberStatusesItem = Literal["active", "applicant", "dormant"]

ELIGIBILITY_IN_MEMBER_STATUSES_ITEM_VALUES: set[EligibilityInMemberStatusesItem] = {
    "active",
    "applicant",
    "dormant",
}


def check_eligibility_in_member_statuses_item(value: str) -> EligibilityInMemberStatusesItem:
    if value in ELIGIBILITY_IN_MEMBER_STATUSES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELIGIBILITY_IN_MEMBER_STATUSES_ITEM_VALUES!r}")
