from typing import Literal

SavingsProductCreatePostingPeriod = Literal["half_yearly", "monthly", "quarterly", "yearly"]

SAVINGS_PRODUCT_CREATE_POSTING_PERIOD_VALUES: set[SavingsProductCreatePostingPeriod] = {
    "half_yearly",
    "monthly",
    "quarterly",
    "yearly",
}


def check_savings_product_create_posting_period(value: str) -> SavingsProductCreatePostingPeriod:
    if value in SAVINGS_PRODUCT_CREATE_POSTING_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVINGS_PRODUCT_CREATE_POSTING_PERIOD_VALUES!r}")
