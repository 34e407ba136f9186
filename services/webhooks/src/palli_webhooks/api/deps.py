from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_webhooks.adapters.secrets import SecretBox
from palli_webhooks.settings import WebhooksSettings


async def settings(request: Request) -> WebhooksSettings:
    return request.app.state.runtime.settings


async def secret_box(request: Request) -> SecretBox:
    return request.app.state.secret_box


Settings = Annotated[WebhooksSettings, Depends(settings)]
Box = Annotated[SecretBox, Depends(secret_box)]
