from typing import Literal

SavingsProductCreateInterestMethod = Literal["average_daily_balance", "daily_balance"]

SAVINGS_PRODUCT_CREATE_INTEREST_METHOD_VALUES: set[SavingsProductCreateInterestMethod] = {
    "average_daily_balance",
    "daily_balance",
}


def check_savings_product_create_interest_method(value: str) -> SavingsProductCreateInterestMethod:
    if value in SAVINGS_PRODUCT_CREATE_INTEREST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVINGS_PRODUCT_CREATE_INTEREST_METHOD_VALUES!r}")
