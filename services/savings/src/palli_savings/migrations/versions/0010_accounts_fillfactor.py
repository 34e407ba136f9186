"""Half of every savings_accounts page left free (PostgreSQL fillfactor 50), so that a balance
change is a HOT update: the new row version goes on the same page and none of the table's five
indexes is touched. With full pages (the default, 100) the interest job's 1,000,000 updates each
wrote a new entry in every index, the member index at random places; at 50 about 95% of them are
HOT (bench/savings.py), as are deposits and withdrawals, whose columns no index holds. The interest
job updates every row of a page in one transaction, so a page needs room for a second version of
each of its rows: hence 50, not 90. Costs: the table is up to twice as large.

It applies to pages written from now on; `VACUUM FULL savings_accounts` (an exclusive lock) or
pg_repack rewrites the rows already there. SQLite has no such setting.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE savings_accounts SET (fillfactor = 50)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE savings_accounts RESET (fillfactor)")
