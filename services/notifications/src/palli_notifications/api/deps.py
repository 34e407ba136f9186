from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_notifications.settings import NotificationsSettings


def settings(request: Request) -> NotificationsSettings:
    return request.app.state.runtime.settings


Settings = Annotated[NotificationsSettings, Depends(settings)]
