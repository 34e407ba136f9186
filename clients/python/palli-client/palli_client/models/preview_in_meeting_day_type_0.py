from typing import Literal

PreviewInMeetingDayType0 = Literal["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"]

PREVIEW_IN_MEETING_DAY_TYPE_0_VALUES: set[PreviewInMeetingDayType0] = {
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
}


def check_preview_in_meeting_day_type_0(value: str) -> PreviewInMeetingDayType0:
    if value in PREVIEW_IN_MEETING_DAY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREVIEW_IN_MEETING_DAY_TYPE_0_VALUES!r}")
