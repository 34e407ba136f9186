from typing import Literal

NotificationsPreviewInLanguage = Literal["bn", "en"]

NOTIFICATIONS_PREVIEW_IN_LANGUAGE_VALUES: set[NotificationsPreviewInLanguage] = {
    "bn",
    "en",
}


def check_notifications_preview_in_language(value: str) -> NotificationsPreviewInLanguage:
    if value in NOTIFICATIONS_PREVIEW_IN_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATIONS_PREVIEW_IN_LANGUAGE_VALUES!r}")
