from typing import Literal

EndpointCreatedOwnerKind = Literal["partner", "staff"]

ENDPOINT_CREATED_OWNER_KIND_VALUES: set[EndpointCreatedOwnerKind] = {
    "partner",
    "staff",
}


def check_endpoint_created_owner_kind(value: str) -> EndpointCreatedOwnerKind:
    if value in ENDPOINT_CREATED_OWNER_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENDPOINT_CREATED_OWNER_KIND_VALUES!r}")
