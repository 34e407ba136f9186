from typing import Literal

SavingsProductCreateKind = Literal["compulsory", "dps", "fixed_deposit", "voluntary"]

SAVINGS_PRODUCT_CREATE_KIND_VALUES: set[SavingsProductCreateKind] = {
    "compulsory",
    "dps",
    "fixed_deposit",
    "voluntary",
}


def check_savings_product_create_kind(value: str) -> SavingsProductCreateKind:
    if value in SAVINGS_PRODUCT_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVINGS_PRODUCT_CREATE_KIND_VALUES!r}")
