from alembic import context

from palli_common.migrations import run_env
from palli_members.adapters import tables  # noqa: F401  (registers the tables)
from sqlmodel import SQLModel

run_env(context, SQLModel.metadata)
