"""Back-dating: the reason a transaction was dated beyond the window, and the date of each loan's
latest standing money transaction (a payment may not be dated before it), filled for existing loans.

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("loan_transactions") as batch:
        batch.add_column(sa.Column("backdate_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("loans") as batch:
        batch.add_column(sa.Column("last_money_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE loans SET last_money_on = (SELECT max(t.\"on\") FROM loan_transactions t WHERE t.loan_id = loans.id "
        "AND t.kind IN ('disbursement', 'repayment', 'prepayment') AND NOT t.reversed)"
    )


def downgrade() -> None:
    with op.batch_alter_table("loans") as batch:
        batch.drop_column("last_money_on")
    with op.batch_alter_table("loan_transactions") as batch:
        batch.drop_column("backdate_reason")
