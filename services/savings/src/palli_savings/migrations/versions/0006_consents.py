"""A member's recorded consent for money taken from her savings to repay a loan (`savings_consents`):
how she gave it (signature, thumbprint, SMS code, witnessed), the paper's reference, who recorded it.

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "savings_consents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), sa.ForeignKey("savings_accounts.id"), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("loan_id", sa.Uuid(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("witness", sa.String(length=120), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_savings_consents_account", "savings_consents", ["account_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_savings_consents_account", table_name="savings_consents")
    op.drop_table("savings_consents")
