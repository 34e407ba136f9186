"""Progress reports on a running social action project, with evidence references.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_project_updates",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("project_id", sa.Uuid(), sa.ForeignKey("training_projects.id"), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=True),
        sa.Column("reported_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_training_project_updates_project", "training_project_updates", ["project_id", "on"])


def downgrade() -> None:
    op.drop_index("ix_training_project_updates_project", table_name="training_project_updates")
    op.drop_table("training_project_updates")
