from typing import Literal

BookChangeOutTarget = Literal["account", "posting_rule"]

BOOK_CHANGE_OUT_TARGET_VALUES: set[BookChangeOutTarget] = {
    "account",
    "posting_rule",
}


def check_book_change_out_target(value: str) -> BookChangeOutTarget:
    if value in BOOK_CHANGE_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOK_CHANGE_OUT_TARGET_VALUES!r}")
