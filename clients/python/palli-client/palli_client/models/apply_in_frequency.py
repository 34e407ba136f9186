from typing import Literal

ApplyInFrequency = Literal["at_end", "fortnightly", "monthly", "weekly"]

APPLY_IN_FREQUENCY_VALUES: set[ApplyInFrequency] = {
    "at_end",
    "fortnightly",
    "monthly",
    "weekly",
}


def check_apply_in_frequency(value: str) -> ApplyInFrequency:
    if value in APPLY_IN_FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLY_IN_FREQUENCY_VALUES!r}")
