from typing import Literal

StockV1MarketplaceReportsStockGetFormatType0 = Literal["csv", "json"]

STOCK_V1_MARKETPLACE_REPORTS_STOCK_GET_FORMAT_TYPE_0_VALUES: set[StockV1MarketplaceReportsStockGetFormatType0] = {
    "csv",
    "json",
}


def check_stock_v1_marketplace_reports_stock_get_format_type_0(
    value: str,
) -> StockV1MarketplaceReportsStockGetFormatType0:
    if value in STOCK_V1_MARKETPLACE_REPORTS_STOCK_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOCK_V1_MARKETPLACE_REPORTS_STOCK_GET_FORMAT_TYPE_0_VALUES!r}"
    )
