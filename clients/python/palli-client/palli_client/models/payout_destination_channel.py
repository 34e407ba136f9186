from typing import Literal

PayoutDestinationChannel = Literal["cash", "mobile_wallet", "savings"]

PAYOUT_DESTINATION_CHANNEL_VALUES: set[PayoutDestinationChannel] = {
    "cash",
    "mobile_wallet",
    "savings",
}


def check_payout_destination_channel(value: str) -> PayoutDestinationChannel:
    if value in PAYOUT_DESTINATION_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYOUT_DESTINATION_CHANNEL_VALUES!r}")
