"""savings posting rules

Revision ID: 0008
Revises: 0007

Seeds the rules for every `savings.account` event. The member-savings account (2110 compulsory,
2120 voluntary, 2130 DPS, 2140 fixed deposit) is `{savings_account}`, which the ledger picks by
the event's product kind (domain/rules.py DERIVED_ACCOUNTS):

- a deposit by cash, mobile wallet or bank: Dr 1110 / 1130 / 1120, Cr the savings account;
- a deposit through a loan disbursed to savings posts nothing here: lending's disbursement
  (channel savings) already booked Dr loan portfolio / Cr 2120, and savings credits only a
  voluntary account that way;
- a withdrawal: Dr the savings account, Cr the channel's cash account; one that repays a loan
  (channel loan_repayment) posts nothing here: lending's repayment (channel savings) books Dr 2120,
  and a repayment lending refused (lending.loan.repayment_refused) and its refund were never booked;
- interest posted: Dr 5110 interest expense, Cr the savings account;
- opening, holds, releases, interest adjustments (paid with the next posting) and a meeting's deposit
  the account refused (the cash goes back to the member) move no money.

The downgrade removes the rules unless something was posted through them.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEEDED_AT = datetime(2026, 12, 6, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")  # 0002's: the seeded rules' ids
SAVINGS = "savings.account."
MEMBER_SAVINGS = "{savings_account}"
CHANNEL_ACCOUNTS = {"cash": "1110", "mobile_wallet": "1130", "bank": "1120"}


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


def _rules() -> list[tuple[str, str | None, str, list[dict]]]:
    rules = []
    for channel, account in CHANNEL_ACCOUNTS.items():
        via = channel.replace("_", " ")
        rules.append((SAVINGS + "deposit_received", channel, f"Savings deposit by {via}",
                      [_line("debit", account, "amount"), _line("credit", MEMBER_SAVINGS, "amount")]))
        rules.append((SAVINGS + "withdrawal_paid", channel, f"Savings withdrawal paid by {via}",
                      [_line("debit", MEMBER_SAVINGS, "amount"), _line("credit", account, "amount")]))
    rules.append((SAVINGS + "deposit_received", "loan_disbursement",
                  "No posting: a loan disbursed to savings was booked to 2120 with the disbursement", []))
    rules.append((SAVINGS + "withdrawal_paid", "loan_repayment",
                  "No posting: a loan repaid from savings is booked Dr 2120 with lending's repayment", []))
    rules.append((SAVINGS + "deposit_received", "repayment_refund",
                  "No posting: a repayment from savings lending refused was never booked", []))
    rules.append(("lending.loan.repayment_refused", None, "No posting: a refused repayment from savings was never booked", []))
    rules.append((SAVINGS + "interest_posted", None, "Interest credited to members' savings",
                  [_line("debit", "5110", "amount"), _line("credit", MEMBER_SAVINGS, "amount")]))
    for event in ("opened", "amount_held", "hold_released", "interest_adjusted", "deposit_refused"):
        rules.append((SAVINGS + event, None, f"No posting: savings {event.replace('_', ' ')} moves no money", []))
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
         "lines": lines, "active": True, "version": 1, "created_by": "migration 0008", "created_at": SEEDED_AT, "updated_at": SEEDED_AT}
        for event_type, channel, description, lines in _rules() if (event_type, channel) not in taken
    ]
    if rows:
        op.bulk_insert(posting_rules, rows)


def downgrade() -> None:
    bind = op.get_bind()
    ids = [_rule_id(event_type, channel) for event_type, channel, _, _ in _rules()]
    used = set(bind.execute(sa.select(journal_entries.c.rule_id).where(journal_entries.c.rule_id.in_(ids)).distinct()).scalars())
    op.execute(posting_rules.delete().where(posting_rules.c.id.in_([i for i in ids if i not in used])))
