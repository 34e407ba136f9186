from typing import Literal

FulfilmentChannel = Literal["bangla_qr", "bank", "bkash", "cash", "nagad"]

FULFILMENT_CHANNEL_VALUES: set[FulfilmentChannel] = {
    "bangla_qr",
    "bank",
    "bkash",
    "cash",
    "nagad",
}


def check_fulfilment_channel(value: str) -> FulfilmentChannel:
    if value in FULFILMENT_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FULFILMENT_CHANNEL_VALUES!r}")
