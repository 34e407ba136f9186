"""How long a product's loans may run, in months, whatever the frequency: ME runs 1 to 3 years,
weekly (52-156 installments) or monthly (12-36), which one installment range cannot say.

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

WINDOWS = {  # seeded product id -> (shortest, longest) months
    "1e4d0000-0000-4000-8000-000000000002": (12, 36),  # ME: 1-3 years
    "1e4d0000-0000-4000-8000-000000000003": (12, 24),  # WE
    "1e4d0000-0000-4000-8000-000000000005": (12, 60),  # HOUSING: up to 5 years
    "1e4d0000-0000-4000-8000-000000000006": (12, 36),  # COVID-SME
}


def upgrade() -> None:
    with op.batch_alter_table("loan_products") as batch:
        batch.add_column(sa.Column("min_loan_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("max_loan_months", sa.Integer(), nullable=True))
    products = sa.table("loan_products", sa.column("id", sa.Uuid()), sa.column("min_loan_months", sa.Integer()),
                        sa.column("max_loan_months", sa.Integer()))
    import uuid

    for product_id, (shortest, longest) in WINDOWS.items():
        op.execute(products.update().where(products.c.id == uuid.UUID(product_id))
                   .values(min_loan_months=shortest, max_loan_months=longest))


def downgrade() -> None:
    with op.batch_alter_table("loan_products") as batch:
        batch.drop_column("max_loan_months")
        batch.drop_column("min_loan_months")
