from typing import Literal

SaleCreateChannel = Literal["bangla_qr", "bank", "bkash", "cash", "nagad"]

SALE_CREATE_CHANNEL_VALUES: set[SaleCreateChannel] = {
    "bangla_qr",
    "bank",
    "bkash",
    "cash",
    "nagad",
}


def check_sale_create_channel(value: str) -> SaleCreateChannel:
    if value in SALE_CREATE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALE_CREATE_CHANNEL_VALUES!r}")
