from typing import Literal

LineInChannel = Literal["cash", "mobile_wallet", "savings"]

LINE_IN_CHANNEL_VALUES: set[LineInChannel] = {
    "cash",
    "mobile_wallet",
    "savings",
}


def check_line_in_channel(value: str) -> LineInChannel:
    if value in LINE_IN_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINE_IN_CHANNEL_VALUES!r}")
