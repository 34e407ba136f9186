from typing import Literal

Frequency = Literal["at_end", "fortnightly", "monthly", "weekly"]

FREQUENCY_VALUES: set[Frequency] = {
    "at_end",
    "fortnightly",
    "monthly",
    "weekly",
}


def check_frequency(value: str) -> Frequency:
    if value in FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FREQUENCY_VALUES!r}")
