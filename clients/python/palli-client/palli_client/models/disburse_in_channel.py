from typing import Literal

DisburseInChannel = Literal["cash", "mobile_wallet", "savings"]

DISBURSE_IN_CHANNEL_VALUES: set[DisburseInChannel] = {
    "cash",
    "mobile_wallet",
    "savings",
}


def check_disburse_in_channel(value: str) -> DisburseInChannel:
    if value in DISBURSE_IN_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISBURSE_IN_CHANNEL_VALUES!r}")
