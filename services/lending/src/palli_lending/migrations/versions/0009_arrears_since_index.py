"""The arrears list's index keyed on `arrears_since` instead of `days_past_due`, and loans' pages
30% free (PostgreSQL fillfactor 70), so that close of business can update a loan HOT: the new row
version on the same page and none of the loans' six indexes touched.

Every close moves an overdue loan's days past due on by one. While an index held `days_past_due`
(in its key and its predicate), each of those updates wrote a new entry in all six indexes. The
list's order is the same: days past due are the closed day less `arrears_since`, one day for every
loan, so the longest overdue come first either way. `arrears_since` changes only when a loan falls
into or out of arrears.

The fillfactor applies to pages written from now on; `VACUUM FULL loans` (an exclusive lock) or
pg_repack rewrites the rows already there. SQLite has no such setting.

Revision ID: 0009
Revises: 0008
"""

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ACTIVE_IN_ARREARS = "status = 'active' AND arrears_since IS NOT NULL"
_OLD = "status = 'active' AND days_past_due > 0"


def upgrade() -> None:
    op.drop_index("ix_loans_arrears", table_name="loans")
    op.create_index("ix_loans_arrears", "loans", ["branch_id", "arrears_since", "id"],
                    postgresql_where=sa.text(_ACTIVE_IN_ARREARS), sqlite_where=sa.text(_ACTIVE_IN_ARREARS))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE loans SET (fillfactor = 70)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE loans RESET (fillfactor)")
    op.drop_index("ix_loans_arrears", table_name="loans")
    op.create_index("ix_loans_arrears", "loans", ["branch_id", sa.text("days_past_due DESC"), "id"],
                    postgresql_where=sa.text(_OLD), sqlite_where=sa.text(_OLD))
