"""Interest: effective-dated rates per product (`savings_product_rates`, seeded from each product's
rate), what each account has had posted (`savings_interest_postings`: one row per account and
period, never changed; back-dated money adds an `adjustment` row), and on the account the last
posted day and the sub-poisha remainder carried to the next posting.

On PostgreSQL the posting job is set-based SQL (adapters/interest_sql.py); it makes its rows' ids
with savings_uuid7().

Revision ID: 0004
Revises: 0003
"""

from datetime import UTC, date, datetime

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SINCE = date(2000, 1, 1)  # seeded products' opening rate applies to all history

FUNCTIONS = [
    # UUIDv7 (RFC 9562) for rows the posting job writes in bulk: ms time, version 7, random rest
    """CREATE FUNCTION savings_uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
         SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
                substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
                52, 1), 53, 1), 'hex')::uuid $$""",
]


def upgrade() -> None:
    rates = op.create_table(
        "savings_product_rates",
        sa.Column("product_id", sa.Uuid(), sa.ForeignKey("savings_products.id"), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("annual_rate", sa.Numeric(6, 2), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("product_id", "effective_from"),
    )
    products = sa.table("savings_products", sa.column("id", sa.Uuid()), sa.column("annual_rate", sa.Numeric(6, 2)))
    stamp = datetime.now(UTC)
    for product_id, rate in op.get_bind().execute(sa.select(products.c.id, products.c.annual_rate)).all():
        op.bulk_insert(rates, [dict(product_id=product_id, effective_from=SINCE, annual_rate=rate, created_by="migration", created_at=stamp)])
    op.create_table(
        "savings_interest_postings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), sa.ForeignKey("savings_accounts.id"), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),  # posting | adjustment
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("interest", sa.Numeric(24, 9), nullable=False),  # unrounded, as computed
        sa.Column("carried_in", sa.Numeric(24, 9), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),  # poisha credited (0: nothing moved)
        sa.Column("carry_out", sa.Numeric(24, 9), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("caused_by", sa.Uuid(), nullable=True),  # an adjustment's back-dated transaction
        sa.Column("created_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # a period is posted once, whoever runs the job and however often
    op.create_index("uq_savings_interest_posted", "savings_interest_postings", ["account_id", "period_end"], unique=True,
                    postgresql_where=sa.text("kind = 'posting'"), sqlite_where=sa.text("kind = 'posting'"))
    op.create_index("ix_savings_interest_account", "savings_interest_postings", ["account_id", "period_end"])
    with op.batch_alter_table("savings_accounts") as batch:
        batch.add_column(sa.Column("interest_posted_to", sa.Date(), nullable=True))
        batch.add_column(sa.Column("interest_carry", sa.Numeric(24, 9), nullable=False, server_default="0"))
    op.create_index("ix_savings_transactions_account_on", "savings_transactions", ["account_id", "on", "id"])
    if op.get_bind().dialect.name == "postgresql":
        for ddl in FUNCTIONS:
            op.execute(ddl)
        # room on each page, so the posting job's balance updates are HOT (no index entry per update)
        op.execute("ALTER TABLE savings_accounts SET (fillfactor = 85)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION savings_uuid7()")
    op.drop_index("ix_savings_transactions_account_on", table_name="savings_transactions")
    with op.batch_alter_table("savings_accounts") as batch:
        batch.drop_column("interest_carry")
        batch.drop_column("interest_posted_to")
    op.drop_index("ix_savings_interest_account", table_name="savings_interest_postings")
    op.drop_index("uq_savings_interest_posted", table_name="savings_interest_postings")
    op.drop_table("savings_interest_postings")
    op.drop_table("savings_product_rates")
