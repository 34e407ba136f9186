"""Idempotency keys stored with the effect: one row per (caller, key) of a money POST, written in the
effect's own transaction, with the first answer for replays (palli_common.idempotency).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

from palli_common import idempotency

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    idempotency.create_table(op)


def downgrade() -> None:
    idempotency.drop_table(op)
