from typing import Literal

AttendanceRecordStatus = Literal["absent", "excused", "late", "present"]

ATTENDANCE_RECORD_STATUS_VALUES: set[AttendanceRecordStatus] = {
    "absent",
    "excused",
    "late",
    "present",
}


def check_attendance_record_status(value: str) -> AttendanceRecordStatus:
    if value in ATTENDANCE_RECORD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTENDANCE_RECORD_STATUS_VALUES!r}")
