from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_savings.settings import SavingsSettings


async def settings(request: Request) -> SavingsSettings:  # async: a plain def hops to a worker thread per request
    return request.app.state.runtime.settings


Settings = Annotated[SavingsSettings, Depends(settings)]
