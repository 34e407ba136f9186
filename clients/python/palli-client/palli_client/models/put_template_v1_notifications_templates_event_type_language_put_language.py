from typing import Literal

PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage = Literal["bn", "en"]

PUT_TEMPLATE_V1_NOTIFICATIONS_TEMPLATES_EVENT_TYPE_LANGUAGE_PUT_LANGUAGE_VALUES: set[
    PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage
] = {
    "bn",
    "en",
}


def check_put_template_v1_notifications_templates_event_type_language_put_language(
    value: str,
) -> PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage:
    if value in PUT_TEMPLATE_V1_NOTIFICATIONS_TEMPLATES_EVENT_TYPE_LANGUAGE_PUT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUT_TEMPLATE_V1_NOTIFICATIONS_TEMPLATES_EVENT_TYPE_LANGUAGE_PUT_LANGUAGE_VALUES!r}"
    )
