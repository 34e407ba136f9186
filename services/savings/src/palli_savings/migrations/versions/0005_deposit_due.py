"""What a member is expected to bring each meeting (`deposit_due`, poisha): a product's default
(general savings: 50.00 a week) and each account's own, shown on the collection sheet.

Revision ID: 0005
Revises: 0004
"""

import uuid

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

GS = "5a000000-0000-4000-8000-000000000001"


def upgrade() -> None:
    with op.batch_alter_table("savings_products") as batch:
        batch.add_column(sa.Column("deposit_due", sa.BigInteger(), nullable=False, server_default="0"))
    with op.batch_alter_table("savings_accounts") as batch:
        batch.add_column(sa.Column("deposit_due", sa.BigInteger(), nullable=False, server_default="0"))
    products = sa.table("savings_products", sa.column("id", sa.Uuid()), sa.column("deposit_due", sa.BigInteger()))
    op.execute(products.update().where(products.c.id == uuid.UUID(GS)).values(deposit_due=5000))


def downgrade() -> None:
    with op.batch_alter_table("savings_accounts") as batch:
        batch.drop_column("deposit_due")
    with op.batch_alter_table("savings_products") as batch:
        batch.drop_column("deposit_due")
