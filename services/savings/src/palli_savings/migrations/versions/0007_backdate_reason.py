"""Back-dating: why a transaction was dated beyond the window (a manager's entry from the paper
register), kept on the transaction as on its event.

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("savings_transactions") as batch:
        batch.add_column(sa.Column("backdate_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("savings_transactions") as batch:
        batch.drop_column("backdate_reason")
