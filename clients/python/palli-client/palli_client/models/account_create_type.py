from typing import Literal

AccountCreateType = Literal["asset", "equity", "expense", "income", "liability"]

ACCOUNT_CREATE_TYPE_VALUES: set[AccountCreateType] = {
    "asset",
    "equity",
    "expense",
    "income",
    "liability",
}


def check_account_create_type(value: str) -> AccountCreateType:
    if value in ACCOUNT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_CREATE_TYPE_VALUES!r}")
