from typing import Annotated

from fastapi import Depends, Request

from palli_common.db import Database
from palli_lending.settings import LendingSettings


def database(request: Request) -> Database:
    return request.app.state.runtime.db


def settings(request: Request) -> LendingSettings:
    return request.app.state.runtime.settings


DB = Annotated[Database, Depends(database)]
Settings = Annotated[LendingSettings, Depends(settings)]
