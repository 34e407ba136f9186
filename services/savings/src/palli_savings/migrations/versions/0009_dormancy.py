"""Dormancy: a product's days without a deposit or withdrawal of her own before an account is
inactive, then dormant (null: never), and the account's `activity` (null, inactive, dormant).
Seeded: general and voluntary savings inactive after 180 days, dormant after 365.

Revision ID: 0009
Revises: 0008
"""

import uuid

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

GS, VS = uuid.UUID("5a000000-0000-4000-8000-000000000001"), uuid.UUID("5a000000-0000-4000-8000-000000000002")


def upgrade() -> None:
    with op.batch_alter_table("savings_products") as batch:
        batch.add_column(sa.Column("inactive_after_days", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("dormant_after_days", sa.Integer(), nullable=True))
    with op.batch_alter_table("savings_accounts") as batch:
        batch.add_column(sa.Column("activity", sa.String(length=12), nullable=True))
        batch.add_column(sa.Column("last_active_on", sa.Date(), nullable=True))
    products = sa.table("savings_products", sa.column("id", sa.Uuid()), sa.column("inactive_after_days", sa.Integer()),
                        sa.column("dormant_after_days", sa.Integer()))
    op.execute(products.update().where(products.c.id.in_([GS, VS])).values(inactive_after_days=180, dormant_after_days=365))
    accounts = sa.table("savings_accounts", sa.column("last_active_on", sa.Date()), sa.column("opened_on", sa.Date()))
    op.execute(accounts.update().values(last_active_on=accounts.c.opened_on))


def downgrade() -> None:
    with op.batch_alter_table("savings_accounts") as batch:
        batch.drop_column("last_active_on")
        batch.drop_column("activity")
    with op.batch_alter_table("savings_products") as batch:
        batch.drop_column("dormant_after_days")
        batch.drop_column("inactive_after_days")
