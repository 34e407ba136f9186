from typing import Literal

EligibilityInGendersType0Item = Literal["female", "male"]

ELIGIBILITY_IN_GENDERS_TYPE_0_ITEM_VALUES: set[EligibilityInGendersType0Item] = {
    "female",
    "male",
}


def check_eligibility_in_genders_type_0_item(value: str) -> EligibilityInGendersType0Item:
    if value in ELIGIBILITY_IN_GENDERS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELIGIBILITY_IN_GENDERS_TYPE_0_ITEM_VALUES!r}")
