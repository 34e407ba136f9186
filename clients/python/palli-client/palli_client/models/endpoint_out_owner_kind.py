from typing import Literal

EndpointOutOwnerKind = Literal["partner", "staff"]

ENDPOINT_OUT_OWNER_KIND_VALUES: set[EndpointOutOwnerKind] = {
    "partner",
    "staff",
}


def check_endpoint_out_owner_kind(value: str) -> EndpointOutOwnerKind:
    if value in ENDPOINT_OUT_OWNER_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENDPOINT_OUT_OWNER_KIND_VALUES!r}")
