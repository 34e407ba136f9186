from typing import Literal

EndpointOutStatus = Literal["active", "deleted"]

ENDPOINT_OUT_STATUS_VALUES: set[EndpointOutStatus] = {
    "active",
    "deleted",
}


def check_endpoint_out_status(value: str) -> EndpointOutStatus:
    if value in ENDPOINT_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENDPOINT_OUT_STATUS_VALUES!r}")
