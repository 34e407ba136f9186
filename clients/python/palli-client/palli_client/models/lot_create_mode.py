from typing import Literal

LotCreateMode = Literal["advance", "consignment", "purchase"]

LOT_CREATE_MODE_VALUES: set[LotCreateMode] = {
    "advance",
    "consignment",
    "purchase",
}


def check_lot_create_mode(value: str) -> LotCreateMode:
    if value in LOT_CREATE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOT_CREATE_MODE_VALUES!r}")
