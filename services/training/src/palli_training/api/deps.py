from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_training.settings import TrainingSettings


async def settings(request: Request) -> TrainingSettings:  # async: a plain def hops to a worker thread per request
    return request.app.state.runtime.settings


Settings = Annotated[TrainingSettings, Depends(settings)]
