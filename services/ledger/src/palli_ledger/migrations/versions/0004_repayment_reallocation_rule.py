"""repayment reallocation rule

Revision ID: 0004
Revises: 0003

Seeds the (any channel) rule for lending.loan.repayment_reallocated: a reversal re-spread a
repayment that still stands, so the same money now pays a different mix. More principal and less
interest books Dr 4110 / Cr 1310-{product_code}; the reverse books Dr 1310-{product_code} / Cr
4110; penalty likewise against 4120. Each direction is its own amount (domain/reallocation.py),
so no line is negative. The downgrade removes the rule unless something was posted through it.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEEDED_AT = datetime(2026, 12, 5, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")  # 0002's: the seeded rules' ids
EVENT_TYPE = "lending.loan.repayment_reallocated"
RULE_ID = uuid.uuid5(NAMESPACE, f"rule:{EVENT_TYPE}:*")
PORTFOLIO = "1310-{product_code}"


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


LINES = [
    _line("debit", PORTFOLIO, "principal_removed"), _line("credit", PORTFOLIO, "principal_added"),
    _line("debit", "4110", "interest_removed"), _line("credit", "4110", "interest_added"),
    _line("debit", "4120", "penalty_removed"), _line("credit", "4120", "penalty_added"),
]

posting_rules = sa.table(
    "posting_rules",
    sa.column("id", sa.Uuid()), sa.column("event_type", sa.String()), sa.column("channel", sa.String()),
    sa.column("description", sa.String()), sa.column("lines", sa.JSON()), sa.column("active", sa.Boolean()),
    sa.column("version", sa.Integer()), sa.column("created_by", sa.String()), sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
journal_entries = sa.table("journal_entries", sa.column("rule_id", sa.Uuid()))


def upgrade() -> None:
    bind = op.get_bind()
    taken = bind.execute(sa.select(posting_rules.c.id).where(posting_rules.c.event_type == EVENT_TYPE,
                                                             posting_rules.c.channel.is_(None))).first()
    if taken is None:  # an accountant may have added one already
        op.bulk_insert(posting_rules, [{
            "id": RULE_ID, "event_type": EVENT_TYPE, "channel": None,
            "description": "Repayment re-spread after a reversal: principal, interest and penalty corrected",
            "lines": LINES, "active": True, "version": 1, "created_by": "migration 0004", "created_at": SEEDED_AT,
            "updated_at": SEEDED_AT,
        }])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.select(journal_entries.c.rule_id).where(journal_entries.c.rule_id == RULE_ID).limit(1)).first() is None:
        op.execute(posting_rules.delete().where(posting_rules.c.id == RULE_ID))
