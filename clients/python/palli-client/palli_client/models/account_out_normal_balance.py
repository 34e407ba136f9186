from typing import Literal

AccountOutNormalBalance = Literal["credit", "debit"]

ACCOUNT_OUT_NORMAL_BALANCE_VALUES: set[AccountOutNormalBalance] = {
    "credit",
    "debit",
}


def check_account_out_normal_balance(value: str) -> AccountOutNormalBalance:
    if value in ACCOUNT_OUT_NORMAL_BALANCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_OUT_NORMAL_BALANCE_VALUES!r}")
