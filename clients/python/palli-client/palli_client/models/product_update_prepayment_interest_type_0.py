from typing import Literal

ProductUpdatePrepaymentInterestType0 = Literal["accrued", "full"]

PRODUCT_UPDATE_PREPAYMENT_INTEREST_TYPE_0_VALUES: set[ProductUpdatePrepaymentInterestType0] = {
    "accrued",
    "full",
}


def check_product_update_prepayment_interest_type_0(value: str) -> ProductUpdatePrepaymentInterestType0:
    if value in PRODUCT_UPDATE_PREPAYMENT_INTEREST_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_UPDATE_PREPAYMENT_INTEREST_TYPE_0_VALUES!r}")
