from typing import Literal

ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0 = Literal[
    "cancelled", "delivered", "failed", "pending", "sending"
]

LIST_DELIVERIES_V1_WEBHOOKS_ENDPOINTS_ENDPOINT_ID_DELIVERIES_GET_STATE_TYPE_0_VALUES: set[
    ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0
] = {
    "cancelled",
    "delivered",
    "failed",
    "pending",
    "sending",
}


def check_list_deliveries_v1_webhooks_endpoints_endpoint_id_deliveries_get_state_type_0(
    value: str,
) -> ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0:
    if value in LIST_DELIVERIES_V1_WEBHOOKS_ENDPOINTS_ENDPOINT_ID_DELIVERIES_GET_STATE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERIES_V1_WEBHOOKS_ENDPOINTS_ENDPOINT_ID_DELIVERIES_GET_STATE_TYPE_0_VALUES!r}"
    )
