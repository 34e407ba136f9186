from typing import Literal

SalesV1MarketplaceReportsSalesGetFormatType0 = Literal["csv", "json"]

SALES_V1_MARKETPLACE_REPORTS_SALES_GET_FORMAT_TYPE_0_VALUES: set[SalesV1MarketplaceReportsSalesGetFormatType0] = {
    "csv",
    "json",
}


def check_sales_v1_marketplace_reports_sales_get_format_type_0(
    value: str,
) -> SalesV1MarketplaceReportsSalesGetFormatType0:
    if value in SALES_V1_MARKETPLACE_REPORTS_SALES_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_V1_MARKETPLACE_REPORTS_SALES_GET_FORMAT_TYPE_0_VALUES!r}"
    )
