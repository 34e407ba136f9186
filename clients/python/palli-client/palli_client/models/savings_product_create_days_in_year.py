from typing import Literal

SavingsProductCreateDaysInYear = Literal[360, 365]

SAVINGS_PRODUCT_CREATE_DAYS_IN_YEAR_VALUES: set[SavingsProductCreateDaysInYear] = {
    360,
    365,
}


def check_savings_product_create_days_in_year(value: int) -> SavingsProductCreateDaysInYear:
    if value in SAVINGS_PRODUCT_CREATE_DAYS_IN_YEAR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVINGS_PRODUCT_CREATE_DAYS_IN_YEAR_VALUES!r}")
