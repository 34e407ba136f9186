from typing import Literal

BookChangeOutAction = Literal["create", "update"]

BOOK_CHANGE_OUT_ACTION_VALUES: set[BookChangeOutAction] = {
    "create",
    "update",
}


def check_book_change_out_action(value: str) -> BookChangeOutAction:
    if value in BOOK_CHANGE_OUT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOK_CHANGE_OUT_ACTION_VALUES!r}")
