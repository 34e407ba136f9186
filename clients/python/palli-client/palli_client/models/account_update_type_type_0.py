from typing import Literal

AccountUpdateTypeType0 = Literal["asset", "equity", "expense", "income", "liability"]

ACCOUNT_UPDATE_TYPE_TYPE_0_VALUES: set[AccountUpdateTypeType0] = {
    "asset",
    "equity",
    "expense",
    "income",
    "liability",
}


def check_account_update_type_type_0(value: str) -> AccountUpdateTypeType0:
    if value in ACCOUNT_UPDATE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_UPDATE_TYPE_TYPE_0_VALUES!r}")
