from alembic import context
from sqlmodel import SQLModel

from palli_common.migrations import run_env
from palli_webhooks.adapters import tables  # noqa: F401  (registers the tables)

run_env(context, SQLModel.metadata)
