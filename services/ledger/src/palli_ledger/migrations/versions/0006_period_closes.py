"""Period close: months an accountant closed per branch (or head office), and the date an event
asked for when its month was closed and its entry went to the first open day.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from palli_common.tables import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("journal_entries", sa.Column("original_posted_on", sa.Date(), nullable=True))
    op.create_table(
        "period_closes",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("debit_total", sa.BigInteger(), nullable=False),
        sa.Column("closed_by", sa.String(100), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=False),
        sa.Column("reopened_by", sa.String(100), nullable=True),
        sa.Column("reopened_at", UTCDateTime(), nullable=True),
        sa.Column("reopen_reason", sa.String(500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    where = sa.text("status = 'closed'")
    op.create_index("uq_period_closes_standing", "period_closes", ["scope", "month"], unique=True,
                    postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    op.drop_index("uq_period_closes_standing", table_name="period_closes")
    op.drop_table("period_closes")
    with op.batch_alter_table("journal_entries") as batch:  # SQLite rebuilds the table
        batch.drop_column("original_posted_on")
