from typing import Literal

AdjustmentCreateKind = Literal["markdown", "returned_to_producer", "shrinkage"]

ADJUSTMENT_CREATE_KIND_VALUES: set[AdjustmentCreateKind] = {
    "markdown",
    "returned_to_producer",
    "shrinkage",
}


def check_adjustment_create_kind(value: str) -> AdjustmentCreateKind:
    if value in ADJUSTMENT_CREATE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADJUSTMENT_CREATE_KIND_VALUES!r}")
