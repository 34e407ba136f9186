from typing import Literal

BookChangeOutStatus = Literal["applied", "pending", "rejected"]

BOOK_CHANGE_OUT_STATUS_VALUES: set[BookChangeOutStatus] = {
    "applied",
    "pending",
    "rejected",
}


def check_book_change_out_status(value: str) -> BookChangeOutStatus:
    if value in BOOK_CHANGE_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOK_CHANGE_OUT_STATUS_VALUES!r}")
