from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_lending.settings import LendingSettings


async def settings(request: Request) -> LendingSettings:  # async: a plain def runs in a worker thread per request
    return request.app.state.runtime.settings


Settings = Annotated[LendingSettings, Depends(settings)]
