from typing import Literal

MarketplaceProductCreateUnit = Literal["dozen", "kg", "litre", "metre", "piece"]

MARKETPLACE_PRODUCT_CREATE_UNIT_VALUES: set[MarketplaceProductCreateUnit] = {
    "dozen",
    "kg",
    "litre",
    "metre",
    "piece",
}


def check_marketplace_product_create_unit(value: str) -> MarketplaceProductCreateUnit:
    if value in MARKETPLACE_PRODUCT_CREATE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKETPLACE_PRODUCT_CREATE_UNIT_VALUES!r}")
