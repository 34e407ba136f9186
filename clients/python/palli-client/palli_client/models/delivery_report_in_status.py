from typing import Literal

DeliveryReportInStatus = Literal["delivered", "expired", "failed"]

DELIVERY_REPORT_IN_STATUS_VALUES: set[DeliveryReportInStatus] = {
    "delivered",
    "expired",
    "failed",
}


def check_delivery_report_in_status(value: str) -> DeliveryReportInStatus:
    if value in DELIVERY_REPORT_IN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELIVERY_REPORT_IN_STATUS_VALUES!r}")
