from typing import Literal

ProductCreatePrepaymentInterest = Literal["accrued", "full"]

PRODUCT_CREATE_PREPAYMENT_INTEREST_VALUES: set[ProductCreatePrepaymentInterest] = {
    "accrued",
    "full",
}


def check_product_create_prepayment_interest(value: str) -> ProductCreatePrepaymentInterest:
    if value in PRODUCT_CREATE_PREPAYMENT_INTEREST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_CREATE_PREPAYMENT_INTEREST_VALUES!r}")
