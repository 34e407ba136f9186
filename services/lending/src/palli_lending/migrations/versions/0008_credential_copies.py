"""Lending's copies of members' training credentials (`credential_copies`), from
`training.credential` events: the `required_training` rule.

Revision ID: 0008
Revises: 0007
"""

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credential_copies",
        sa.Column("credential_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("programme_code", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("aggregate_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("credential_id"),
    )
    op.create_index("ix_credential_copies_member", "credential_copies", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_credential_copies_member", table_name="credential_copies")
    op.drop_table("credential_copies")
