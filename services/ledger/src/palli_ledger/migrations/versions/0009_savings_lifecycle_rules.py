"""savings lifecycle posting rules: transfers, blocking, closure, term deposits

Revision ID: 0009
Revises: 0008

- a transfer between a member's accounts (`transferred_out`): Dr the account it leaves
  (`{savings_account}`), Cr the one it goes to (`{to_savings_account}`, by the event's `to_kind`);
  its other half (`transferred_in`) is booked with it and posts nothing;
- a closure paid out by cash, mobile wallet or bank: Dr the savings account, Cr the channel's cash
  account; paid into another of her accounts (channel transfer): Dr the account, Cr the other one;
  a closure with nothing left posts nothing (zero lines are skipped);
- a term closed before maturity gives back part of its interest (`interest_reversed`): Dr the
  savings account, Cr 5110 interest expense;
- blocking and unblocking, a DPS suspended or resumed, a term matured or renewed, an account
  inactive, dormant or reactivated move no money
  (a maturity paid out is its `closed` event).

The downgrade removes the rules unless something was posted through them.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEEDED_AT = datetime(2026, 12, 7, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")  # 0002's: the seeded rules' ids
SAVINGS = "savings.account."
MEMBER_SAVINGS, OTHER_SAVINGS = "{savings_account}", "{to_savings_account}"
CHANNEL_ACCOUNTS = {"cash": "1110", "mobile_wallet": "1130", "bank": "1120"}


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


def _rules() -> list[tuple[str, str | None, str, list[dict]]]:
    between = [_line("debit", MEMBER_SAVINGS, "amount"), _line("credit", OTHER_SAVINGS, "amount")]
    rules = [(SAVINGS + "transferred_out", "transfer", "Transfer between a member's savings accounts", between),
             (SAVINGS + "transferred_in", "transfer", "No posting: booked with the transfer out", []),
             (SAVINGS + "closed", "transfer", "Savings account closed, paid into another of her accounts", between)]
    for channel, account in CHANNEL_ACCOUNTS.items():
        rules.append((SAVINGS + "closed", channel, f"Savings account closed, paid out by {channel.replace('_', ' ')}",
                      [_line("debit", MEMBER_SAVINGS, "amount"), _line("credit", account, "amount")]))
    rules.append((SAVINGS + "interest_reversed", None, "Interest given back by a term closed before maturity",
                  [_line("debit", MEMBER_SAVINGS, "amount"), _line("credit", "5110", "amount")]))
    for event in ("blocked", "unblocked", "dps_suspended", "dps_resumed", "matured", "renewed", "inactive", "dormant", "reactivated"):
        rules.append((SAVINGS + event, None, f"No posting: savings account {event.replace('_', ' ')} moves no money", []))
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
         "lines": lines, "active": True, "version": 1, "created_by": "migration 0009", "created_at": SEEDED_AT, "updated_at": SEEDED_AT}
        for event_type, channel, description, lines in _rules() if (event_type, channel) not in taken
    ]
    if rows:
        op.bulk_insert(posting_rules, rows)


def downgrade() -> None:
    bind = op.get_bind()
    ids = [_rule_id(event_type, channel) for event_type, channel, _, _ in _rules()]
    used = set(bind.execute(sa.select(journal_entries.c.rule_id).where(journal_entries.c.rule_id.in_(ids)).distinct()).scalars())
    op.execute(posting_rules.delete().where(posting_rules.c.id.in_([i for i in ids if i not in used])))
