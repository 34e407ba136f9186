from typing import Literal

SalesV1MarketplaceReportsSalesGetGroupBy = Literal["day", "outlet", "producer", "product"]

SALES_V1_MARKETPLACE_REPORTS_SALES_GET_GROUP_BY_VALUES: set[SalesV1MarketplaceReportsSalesGetGroupBy] = {
    "day",
    "outlet",
    "producer",
    "product",
}


def check_sales_v1_marketplace_reports_sales_get_group_by(value: str) -> SalesV1MarketplaceReportsSalesGetGroupBy:
    if value in SALES_V1_MARKETPLACE_REPORTS_SALES_GET_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_V1_MARKETPLACE_REPORTS_SALES_GET_GROUP_BY_VALUES!r}"
    )
