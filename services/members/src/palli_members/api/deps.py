from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import DB  # noqa: F401  (re-exported for the routes)
from palli_members.settings import MembersSettings


async def settings(request: Request) -> MembersSettings:  # async: a plain def hops to a worker thread per request
    return request.app.state.runtime.settings


Settings = Annotated[MembersSettings, Depends(settings)]
