"""Term deposits (DPS and fixed deposits): the terms a product offers and its rate chart (by term
and amount, effective-dated), the premature-closure penalty, the DPS missed-installment rules, the
maturity instruction; on an account its term, locked rate, principal, maturity date and projected
maturity amount; and each DPS installment due.

Seeded (the organisation's figures): DPS of 3, 5 or 10 years at 7.00 / 8.00 / 9.00%, suspended
after 2 missed months and closed after 3, premature closure at the rate less 2.00; FDR of 1, 2, 3
or 5 years at 7.50 / 8.00 / 8.50 / 9.00% (0.25 more from 1,00,000.00), locked in 3 months,
premature closure at the rate less 2.00.

Revision ID: 0008
Revises: 0007
"""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

import palli_common.tables

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DPS, FDR = uuid.UUID("5a000000-0000-4000-8000-000000000003"), uuid.UUID("5a000000-0000-4000-8000-000000000004")
SINCE = date(2000, 1, 1)
LAKH = 10_000_000  # 1,00,000.00 taka in poisha
CHART = [(DPS, 36, 0, "7.00"), (DPS, 60, 0, "8.00"), (DPS, 120, 0, "9.00"),
         *[(FDR, term, 0, rate) for term, rate in ((12, "7.50"), (24, "8.00"), (36, "8.50"), (60, "9.00"))],
         *[(FDR, term, LAKH, rate) for term, rate in ((12, "7.75"), (24, "8.25"), (36, "8.75"), (60, "9.25"))]]


def upgrade() -> None:
    with op.batch_alter_table("savings_products") as batch:
        batch.add_column(sa.Column("terms_months", sa.JSON(), nullable=True))  # the terms an account may choose
        batch.add_column(sa.Column("premature_penalty", sa.Numeric(6, 2), nullable=False, server_default="0"))
        batch.add_column(sa.Column("suspend_after_missed", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("close_after_missed", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("maturity_instruction", sa.String(length=30), nullable=True))
    with op.batch_alter_table("savings_accounts") as batch:
        batch.add_column(sa.Column("term_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("term_started_on", sa.Date(), nullable=True))  # opening, or the last renewal
        batch.add_column(sa.Column("annual_rate", sa.Numeric(6, 2), nullable=True))  # locked for the term
        batch.add_column(sa.Column("principal", sa.BigInteger(), nullable=True))  # FD: what the term started with
        batch.add_column(sa.Column("installment", sa.BigInteger(), nullable=True))  # DPS: each month's deposit
        batch.add_column(sa.Column("maturity_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("maturity_amount", sa.BigInteger(), nullable=True))  # projected at opening
        batch.add_column(sa.Column("maturity_instruction", sa.String(length=30), nullable=True))
        batch.add_column(sa.Column("status_reason", sa.String(length=500), nullable=True))
    op.create_index("ix_savings_accounts_maturity", "savings_accounts", ["maturity_on"],
                    postgresql_where=sa.text("maturity_on IS NOT NULL"), sqlite_where=sa.text("maturity_on IS NOT NULL"))
    op.create_table(
        "savings_term_rates",
        sa.Column("product_id", sa.Uuid(), sa.ForeignKey("savings_products.id"), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("min_amount", sa.BigInteger(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("annual_rate", sa.Numeric(6, 2), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("product_id", "term_months", "min_amount", "effective_from"),
    )
    op.create_table(
        "savings_dps_installments",
        sa.Column("account_id", sa.Uuid(), sa.ForeignKey("savings_accounts.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("account_id", "number"),
    )
    products = sa.table("savings_products", sa.column("id", sa.Uuid()), sa.column("terms_months", sa.JSON()),
                        sa.column("premature_penalty", sa.Numeric()), sa.column("suspend_after_missed", sa.Integer()),
                        sa.column("close_after_missed", sa.Integer()), sa.column("maturity_instruction", sa.String()),
                        sa.column("lock_in_days", sa.Integer()), sa.column("min_opening_balance", sa.BigInteger()),
                        sa.column("deposit_due", sa.BigInteger()))
    op.execute(products.update().where(products.c.id == DPS).values(
        terms_months=[36, 60, 120], premature_penalty=Decimal("2.00"), suspend_after_missed=2, close_after_missed=3,
        maturity_instruction="pay_to_voluntary", min_opening_balance=50000, deposit_due=0))
    op.execute(products.update().where(products.c.id == FDR).values(
        terms_months=[12, 24, 36, 60], premature_penalty=Decimal("2.00"), maturity_instruction="renew_principal", lock_in_days=90))
    rates = sa.table("savings_term_rates", sa.column("product_id", sa.Uuid()), sa.column("term_months", sa.Integer()),
                     sa.column("min_amount", sa.BigInteger()), sa.column("effective_from", sa.Date()),
                     sa.column("annual_rate", sa.Numeric()), sa.column("created_by", sa.String()),
                     sa.column("created_at", palli_common.tables.UTCDateTime()))
    stamp = datetime(2026, 12, 7, tzinfo=UTC)
    op.bulk_insert(rates, [dict(product_id=p, term_months=t, min_amount=m, effective_from=SINCE, annual_rate=Decimal(r),
                                created_by="migration 0008", created_at=stamp) for p, t, m, r in CHART])


def downgrade() -> None:
    op.drop_table("savings_dps_installments")
    op.drop_table("savings_term_rates")
    op.drop_index("ix_savings_accounts_maturity", table_name="savings_accounts")
    with op.batch_alter_table("savings_accounts") as batch:
        for column in ("status_reason", "maturity_instruction", "maturity_amount", "maturity_on", "installment", "principal",
                       "annual_rate", "term_started_on", "term_months"):
            batch.drop_column(column)
    with op.batch_alter_table("savings_products") as batch:
        for column in ("maturity_instruction", "close_after_missed", "suspend_after_missed", "premature_penalty", "terms_months"):
            batch.drop_column(column)
