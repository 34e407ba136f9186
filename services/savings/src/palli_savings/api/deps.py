from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_savings.settings import SavingsSettings


def settings(request: Request) -> SavingsSettings:
    return request.app.state.runtime.settings


Settings = Annotated[SavingsSettings, Depends(settings)]
