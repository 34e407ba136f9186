"""Default templates, Bangla and English, for the savings events members are told about: a
deposit, a withdrawal and an interest credit, each with the balance after it.

Written out here (not imported), like 0002. Admins change them through
PUT /v1/notifications/templates/{event_type}/{language}.

Revision ID: 0003
Revises: 0002
"""
from datetime import UTC, datetime
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TEMPLATES = {
    "savings.account.deposit_received": (
        "প্রিয় {name}, {on} তারিখে আপনার সঞ্চয় হিসাব {account}-এ {amount} জমা হয়েছে। স্থিতি {balance}। পল্লী",
        "Dear {name}, {amount} was deposited to your savings account {account} on {on}. Balance: {balance}. Palli",
    ),
    "savings.account.withdrawal_paid": (
        "প্রিয় {name}, {on} তারিখে আপনার সঞ্চয় হিসাব {account} থেকে {amount} উত্তোলন হয়েছে। স্থিতি {balance}। পল্লী",
        "Dear {name}, {amount} was withdrawn from your savings account {account} on {on}. Balance: {balance}. Palli",
    ),
    "savings.account.interest_posted": (
        "প্রিয় {name}, আপনার সঞ্চয় হিসাব {account}-এ {on} পর্যন্ত মুনাফা {amount} যোগ হয়েছে। স্থিতি {balance}। পল্লী",
        "Dear {name}, interest of {amount} to {on} was added to your savings account {account}. Balance: {balance}. Palli",
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
         "updated_by": "migration 0003"}
        for event_type, bodies in TEMPLATES.items()
        for language, body in zip(("bn", "en"), bodies)
    ])


def downgrade() -> None:
    op.execute(templates.delete().where(templates.c.updated_by == "migration 0003"))
