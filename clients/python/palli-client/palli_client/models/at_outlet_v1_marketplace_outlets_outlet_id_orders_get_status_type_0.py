from typing import Literal

AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0 = Literal["cancelled", "expired", "fulfilled", "reserved"]

AT_OUTLET_V1_MARKETPLACE_OUTLETS_OUTLET_ID_ORDERS_GET_STATUS_TYPE_0_VALUES: set[
    AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0
] = {
    "cancelled",
    "expired",
    "fulfilled",
    "reserved",
}


def check_at_outlet_v1_marketplace_outlets_outlet_id_orders_get_status_type_0(
    value: str,
) -> AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0:
    if value in AT_OUTLET_V1_MARKETPLACE_OUTLETS_OUTLET_ID_ORDERS_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AT_OUTLET_V1_MARKETPLACE_OUTLETS_OUTLET_ID_ORDERS_GET_STATUS_TYPE_0_VALUES!r}"
    )
