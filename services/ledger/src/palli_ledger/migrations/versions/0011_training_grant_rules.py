"""training grant posting rules

Revision ID: 0011
Revises: 0010

A social action project's micro-grant (`training.project.grant_paid`) is a training and member
development expense: Dr 5230, Cr the channel's account (cash 1110, mobile wallet 1130, or 2120
when it is paid into the team member's voluntary savings, whose own deposit event, channel
`grant`, then posts nothing). A project approved or completed moves no money.

The downgrade removes the rules unless something was posted through them.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEEDED_AT = datetime(2026, 12, 7, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")  # 0002's: the seeded rules' ids
CHANNEL_ACCOUNTS = {"cash": "1110", "mobile_wallet": "1130", "savings": "2120"}


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


def _rules() -> list[tuple[str, str | None, str, list[dict]]]:
    rules = [("training.project.grant_paid", channel, f"Social action project grant paid by {channel.replace('_', ' ')}",
              [_line("debit", "5230", "amount"), _line("credit", account, "amount")]) for channel, account in CHANNEL_ACCOUNTS.items()]
    rules += [("training.project.approved", None, "No posting: a project approved moves no money", []),
              ("training.project.completed", None, "No posting: a project completed moves no money", []),
              ("savings.account.deposit_received", "grant", "No posting: a grant paid into savings is booked with training's event", [])]
    return rules


posting_rules = sa.table(
    "posting_rules",
    sa.column("id", sa.Uuid()), sa.column("event_type", sa.String()), sa.column("channel", sa.String()),
    sa.column("description", sa.String()), sa.column("lines", sa.JSON()), sa.column("active", sa.Boolean()),
    sa.column("version", sa.Integer()), sa.column("created_by", sa.String()), sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
journal_entries = sa.table("journal_entries", sa.column("rule_id", sa.Uuid()))


def _rule_id(event_type: str, channel: str | None) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"rule:{event_type}:{channel or '*'}")


def upgrade() -> None:
    bind = op.get_bind()
    taken = {(r.event_type, r.channel) for r in bind.execute(sa.select(posting_rules.c.event_type, posting_rules.c.channel))}
    rows = [
        {"id": _rule_id(event_type, channel), "event_type": event_type, "channel": channel, "description": description,
         "lines": lines, "active": True, "version": 1, "created_by": "migration 0011", "created_at": SEEDED_AT, "updated_at": SEEDED_AT}
        for event_type, channel, description, lines in _rules() if (event_type, channel) not in taken
    ]
    if rows:
        op.bulk_insert(posting_rules, rows)


def downgrade() -> None:
    bind = op.get_bind()
    ids = [_rule_id(event_type, channel) for event_type, channel, _, _ in _rules()]
    used = set(bind.execute(sa.select(journal_entries.c.rule_id).where(journal_entries.c.rule_id.in_(ids)).distinct()).scalars())
    op.execute(posting_rules.delete().where(posting_rules.c.id.in_([i for i in ids if i not in used])))
