from typing import Annotated

from fastapi import Depends, Request

from palli_common.app import ServiceRuntime
from palli_common.db import Database
from palli_members.settings import MembersSettings


def runtime(request: Request) -> ServiceRuntime:
    return request.app.state.runtime


def database(request: Request) -> Database:
    return request.app.state.runtime.db


def settings(request: Request) -> MembersSettings:
    return request.app.state.runtime.settings


DB = Annotated[Database, Depends(database)]
Settings = Annotated[MembersSettings, Depends(settings)]
