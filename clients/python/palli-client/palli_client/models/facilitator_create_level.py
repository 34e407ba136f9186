from typing import Literal

FacilitatorCreateLevel = Literal["facilitator", "master"]

FACILITATOR_CREATE_LEVEL_VALUES: set[FacilitatorCreateLevel] = {
    "facilitator",
    "master",
}


def check_facilitator_create_level(value: str) -> FacilitatorCreateLevel:
    if value in FACILITATOR_CREATE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FACILITATOR_CREATE_LEVEL_VALUES!r}")
