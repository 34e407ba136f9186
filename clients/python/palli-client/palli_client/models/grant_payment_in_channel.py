from typing import Literal

GrantPaymentInChannel = Literal["cash", "mobile_wallet", "savings"]

GRANT_PAYMENT_IN_CHANNEL_VALUES: set[GrantPaymentInChannel] = {
    "cash",
    "mobile_wallet",
    "savings",
}


def check_grant_payment_in_channel(value: str) -> GrantPaymentInChannel:
    if value in GRANT_PAYMENT_IN_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GRANT_PAYMENT_IN_CHANNEL_VALUES!r}")
