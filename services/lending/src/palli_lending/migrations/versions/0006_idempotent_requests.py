"""Idempotency keys stored with the effect: one row per (caller, key) of a money POST, written in the
effect's own transaction, with the first answer for replays (palli_common.idempotency).

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from palli_common import idempotency

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    idempotency.create_table(op)


def downgrade() -> None:
    idempotency.drop_table(op)
