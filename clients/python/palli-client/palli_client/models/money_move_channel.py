from typing import Literal

MoneyMoveChannel = Literal["bank", "cash", "mobile_wallet"]

MONEY_MOVE_CHANNEL_VALUES: set[MoneyMoveChannel] = {
    "bank",
    "cash",
    "mobile_wallet",
}


def check_money_move_channel(value: str) -> MoneyMoveChannel:
    if value in MONEY_MOVE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MONEY_MOVE_CHANNEL_VALUES!r}")
