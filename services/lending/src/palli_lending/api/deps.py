from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_lending.settings import LendingSettings


def settings(request: Request) -> LendingSettings:
    return request.app.state.runtime.settings


Settings = Annotated[LendingSettings, Depends(settings)]
