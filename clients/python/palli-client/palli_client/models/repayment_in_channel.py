from typing import Literal

RepaymentInChannel = Literal["cash", "mobile_wallet", "savings"]

REPAYMENT_IN_CHANNEL_VALUES: set[RepaymentInChannel] = {
    "cash",
    "mobile_wallet",
    "savings",
}


def check_repayment_in_channel(value: str) -> RepaymentInChannel:
    if value in REPAYMENT_IN_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPAYMENT_IN_CHANNEL_VALUES!r}")
