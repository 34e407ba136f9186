from typing import Literal

GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage = Literal["bn", "en"]

GET_TEMPLATE_V1_NOTIFICATIONS_TEMPLATES_EVENT_TYPE_LANGUAGE_GET_LANGUAGE_VALUES: set[
    GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage
] = {
    "bn",
    "en",
}


def check_get_template_v1_notifications_templates_event_type_language_get_language(
    value: str,
) -> GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage:
    if value in GET_TEMPLATE_V1_NOTIFICATIONS_TEMPLATES_EVENT_TYPE_LANGUAGE_GET_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TEMPLATE_V1_NOTIFICATIONS_TEMPLATES_EVENT_TYPE_LANGUAGE_GET_LANGUAGE_VALUES!r}"
    )
