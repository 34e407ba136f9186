from typing import Literal

PreviewInFrequency = Literal["at_end", "fortnightly", "monthly", "weekly"]

PREVIEW_IN_FREQUENCY_VALUES: set[PreviewInFrequency] = {
    "at_end",
    "fortnightly",
    "monthly",
    "weekly",
}


def check_preview_in_frequency(value: str) -> PreviewInFrequency:
    if value in PREVIEW_IN_FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREVIEW_IN_FREQUENCY_VALUES!r}")
