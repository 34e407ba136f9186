"""Default templates, Bangla and English, for a term deposit's maturity (what it came to) and an
account's closure (what was paid out).

Revision ID: 0004
Revises: 0003
"""
from datetime import UTC, datetime
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TEMPLATES = {
    "savings.account.matured": (
        "প্রিয় {name}, আপনার {product} হিসাব {account} {on} তারিখে মেয়াদপূর্ণ হয়েছে: মুনাফাসহ {amount}। পল্লী",
        "Dear {name}, your {product} account {account} matured on {on} at {amount} with interest. Palli",
    ),
    "savings.account.closed": (
        "প্রিয় {name}, {on} তারিখে আপনার সঞ্চয় হিসাব {account} বন্ধ হয়েছে; আপনাকে {amount} পরিশোধ করা হয়েছে। পল্লী",
        "Dear {name}, your savings account {account} was closed on {on}; {amount} was paid to you. Palli",
    ),
}

templates = sa.table(
    "templates",
    sa.column("event_type", sa.String), sa.column("language", sa.String), sa.column("body", sa.Text),
    sa.column("enabled", sa.Boolean), sa.column("version", sa.Integer),
    sa.column("updated_at", palli_common.tables.UTCDateTime(timezone=True)), sa.column("updated_by", sa.String),
)


def upgrade() -> None:
    at = datetime.now(UTC)
    op.bulk_insert(templates, [
        {"event_type": event_type, "language": language, "body": body, "enabled": True, "version": 1, "updated_at": at,
         "updated_by": "migration 0004"}
        for event_type, bodies in TEMPLATES.items()
        for language, body in zip(("bn", "en"), bodies)
    ])


def downgrade() -> None:
    op.execute(templates.delete().where(templates.c.updated_by == "migration 0004"))
