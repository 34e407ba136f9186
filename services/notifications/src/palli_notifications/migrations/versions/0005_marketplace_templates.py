"""Default templates, Bangla and English, for what the marketplace pays a producer: an advance on
her order, and a payout for her sales (what was paid, where it went, the sales it settles and what
it recovered of her advances; `{paid_to}` and `{recovery}` are phrases in her language, see
domain/templates.py).

Written out here (not imported), like 0002. Admins change them through
PUT /v1/notifications/templates/{event_type}/{language}.

Revision ID: 0005
Revises: 0004
"""
from datetime import UTC, datetime
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TEMPLATES = {
    "marketplace.advance.paid": (
        "প্রিয় {name}, {on} তারিখে আপনার অর্ডারের অগ্রিম {amount} {paid_to} পরিশোধ করা হয়েছে; পরের বিক্রির পাওনা থেকে তা কাটা হবে। পল্লী",
        "Dear {name}, an advance of {amount} on your order was paid {paid_to} on {on}; it will be recovered from your sales. Palli",
    ),
    "marketplace.payout.paid": (
        "প্রিয় {name}, {on} তারিখে পণ্যের পাওনা থেকে {amount} {paid_to} পরিশোধ করা হয়েছে। বিক্রি {sales}টি।{recovery} পল্লী",
        "Dear {name}, {amount} for your goods was paid {paid_to} on {on}. Sales: {sales}.{recovery} Palli",
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
         "updated_by": "migration 0005"}
        for event_type, bodies in TEMPLATES.items()
        for language, body in zip(("bn", "en"), bodies)
    ])


def downgrade() -> None:
    op.execute(templates.delete().where(templates.c.updated_by == "migration 0005"))
