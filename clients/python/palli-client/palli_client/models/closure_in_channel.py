from typing import Literal

ClosureInChannel = Literal["bank", "cash", "mobile_wallet", "transfer"]

CLOSURE_IN_CHANNEL_VALUES: set[ClosureInChannel] = {
    "bank",
    "cash",
    "mobile_wallet",
    "transfer",
}


def check_closure_in_channel(value: str) -> ClosureInChannel:
    if value in CLOSURE_IN_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLOSURE_IN_CHANNEL_VALUES!r}")
