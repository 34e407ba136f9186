from typing import Literal

InterestMethod = Literal["declining_balance", "flat"]

INTEREST_METHOD_VALUES: set[InterestMethod] = {
    "declining_balance",
    "flat",
}


def check_interest_method(value: str) -> InterestMethod:
    if value in INTEREST_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEREST_METHOD_VALUES!r}")
