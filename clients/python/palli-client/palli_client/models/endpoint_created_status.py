from typing import Literal

EndpointCreatedStatus = Literal["active", "deleted"]

ENDPOINT_CREATED_STATUS_VALUES: set[EndpointCreatedStatus] = {
    "active",
    "deleted",
}


def check_endpoint_created_status(value: str) -> EndpointCreatedStatus:
    if value in ENDPOINT_CREATED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENDPOINT_CREATED_STATUS_VALUES!r}")
