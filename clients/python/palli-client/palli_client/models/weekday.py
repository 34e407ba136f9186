from typing import Literal

Weekday = Literal["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"]

WEEKDAY_VALUES: set[Weekday] = {
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
}


def check_weekday(value: str) -> Weekday:
    if value in WEEKDAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEEKDAY_VALUES!r}")
