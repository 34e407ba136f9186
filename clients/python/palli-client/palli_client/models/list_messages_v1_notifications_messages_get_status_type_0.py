from typing import Literal

ListMessagesV1NotificationsMessagesGetStatusType0 = Literal[
    "delivered", "failed", "held", "queued", "sending", "sent", "suppressed"
]

LIST_MESSAGES_V1_NOTIFICATIONS_MESSAGES_GET_STATUS_TYPE_0_VALUES: set[
    ListMessagesV1NotificationsMessagesGetStatusType0
] = {
    "delivered",
    "failed",
    "held",
    "queued",
    "sending",
    "sent",
    "suppressed",
}


def check_list_messages_v1_notifications_messages_get_status_type_0(
    value: str,
) -> ListMessagesV1NotificationsMessagesGetStatusType0:
    if value in LIST_MESSAGES_V1_NOTIFICATIONS_MESSAGES_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MESSAGES_V1_NOTIFICATIONS_MESSAGES_GET_STATUS_TYPE_0_VALUES!r}"
    )
