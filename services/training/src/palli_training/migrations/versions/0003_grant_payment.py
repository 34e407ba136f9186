"""A project's micro-grant payment: when, how (cash, mobile wallet, or into a team member's
voluntary savings) and to whom; paid once.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("training_projects") as batch:
        batch.add_column(sa.Column("grant_paid_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("grant_channel", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("grant_reference", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("grant_payee_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("training_projects") as batch:
        for column in ("grant_payee_id", "grant_reference", "grant_channel", "grant_paid_on"):
            batch.drop_column(column)
