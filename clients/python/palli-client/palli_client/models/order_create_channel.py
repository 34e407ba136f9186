from typing import Literal

OrderCreateChannel = Literal["online", "partner"]

ORDER_CREATE_CHANNEL_VALUES: set[OrderCreateChannel] = {
    "online",
    "partner",
}


def check_order_create_channel(value: str) -> OrderCreateChannel:
    if value in ORDER_CREATE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_CREATE_CHANNEL_VALUES!r}")
