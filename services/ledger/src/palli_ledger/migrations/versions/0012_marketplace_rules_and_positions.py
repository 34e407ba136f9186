"""marketplace accounts, posting rules and producer positions

Revision ID: 0012
Revises: 0011

The marketplace's money events (palli_marketplace/contracts/events.py). A producer's goods
(consignment, advance) stay hers until sold, so only her share of a sale is owed to her (2310); a
purchased lot is the outlet's from its acceptance, bought at cost into stock (1510):

- a sale by cash 1110, bKash / Nagad / Bangla QR 1130 or bank 1120: Dr the channel amount; Cr 2320
  VAT, 4140 commission, 2310 her share, 4150 the outlet's own (purchased) sales; Dr 5240 / Cr 1510
  the cost of the purchased units sold. A refund is the exact reverse (units not fit to sell are a
  stock adjustment of their own);
- a purchased lot checked: Dr 1510 / Cr 2310 its value (paid by the payout that follows); its
  shrinkage: Dr 5250 / Cr 1510 at cost. Her lots move no money there;
- an advance: Dr 1420, Cr the channel (savings 2120, mobile wallet 1130, cash 1110); a payout:
  Dr 2310 gross, Cr 1420 what it recovered of her advances, Cr the channel what was paid;
- savings' own deposit of a payout or advance (channel `marketplace`) posts nothing: it is booked
  here, at the producer's branch. Zero amounts are left out, so e.g. a sale with no purchased units
  has no 5240 line.

`marketplace_positions`: what the marketplace last said each producer is owed (the `balances` on
its events, highest version wins), which the marketplace reconciliation checks 2310 against.

The downgrade removes the rules and accounts unless something was posted through them.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEEDED_AT = datetime(2026, 12, 8, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")  # 0002's: the seeded rows' ids
MARKET = "marketplace."

# code, name, name_bn, type, parent (0002's shape: none is a header or contra)
CHART = [
    ("1420", "Advances to producers", "উৎপাদকদের অগ্রিম", "asset", "1000"),
    ("1510", "Marketplace stock (purchased goods)", "বাজারের মজুদ (ক্রয়কৃত পণ্য)", "asset", "1000"),
    ("2320", "VAT payable", "প্রদেয় ভ্যাট", "liability", "2000"),
    ("4150", "Marketplace sales of purchased goods", "ক্রয়কৃত পণ্যের বিক্রয় (বাজার)", "income", "4000"),
    ("5240", "Cost of purchased goods sold", "বিক্রীত ক্রয়কৃত পণ্যের ব্যয়", "expense", "5000"),
    ("5250", "Marketplace shrinkage and write-offs", "বাজারের ঘাটতি ও অবলোপন", "expense", "5000"),
]
SALE_CHANNELS = {"cash": ("1110", "cash"), "bkash": ("1130", "bKash"), "nagad": ("1130", "Nagad"),
                 "bangla_qr": ("1130", "Bangla QR"), "bank": ("1120", "bank")}
PAYOUT_CHANNELS = {"savings": "2120", "mobile_wallet": "1130", "cash": "1110"}
HER_LOTS = ("consignment", "advance")  # the producer's goods: only a purchased lot is the outlet's


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


def _rules() -> list[tuple[str, str | None, str, list[dict]]]:
    rules = []
    for channel, (account, via) in SALE_CHANNELS.items():
        rules.append((MARKET + "sale.recorded", channel, f"Marketplace sale paid by {via}", [
            _line("debit", account, "amount"), _line("credit", "2320", "vat"), _line("credit", "4140", "commission"),
            _line("credit", "2310", "producer_share"), _line("credit", "4150", "owned_sales"),
            _line("debit", "5240", "owned_cost"), _line("credit", "1510", "owned_cost")]))
        rules.append((MARKET + "sale.refunded", channel, f"Marketplace sale refunded by {via}", [
            _line("debit", "2320", "vat"), _line("debit", "4140", "commission"), _line("debit", "2310", "producer_share"),
            _line("debit", "4150", "owned_sales"), _line("credit", account, "amount"),
            _line("debit", "1510", "owned_cost"), _line("credit", "5240", "owned_cost")]))
    rules.append((MARKET + "lot.checked", "purchase", "Purchased lot accepted: bought into stock, owed to the producer",
                  [_line("debit", "1510", "value"), _line("credit", "2310", "value")]))
    rules.append((MARKET + "stock.adjusted", "purchase", "Purchased goods written off at cost",
                  [_line("debit", "5250", "written_off"), _line("credit", "1510", "written_off")]))
    for mode in HER_LOTS:
        rules.append((MARKET + "lot.checked", mode, f"No posting: a {mode} lot is the producer's until sold", []))
        rules.append((MARKET + "stock.adjusted", mode, f"No posting: a {mode} lot's units are the producer's", []))
    for channel, account in PAYOUT_CHANNELS.items():
        via = channel.replace("_", " ")
        rules.append((MARKET + "advance.paid", channel, f"Advance to a producer paid by {via}",
                      [_line("debit", "1420", "amount"), _line("credit", account, "amount")]))
        rules.append((MARKET + "payout.paid", channel, f"Producer payout paid by {via}, less advances recovered", [
            _line("debit", "2310", "gross"), _line("credit", "1420", "advance_recovered"), _line("credit", account, "amount")]))
    rules.append(("savings.account.deposit_received", "marketplace",
                  "No posting: a marketplace payout or advance into savings is booked with the marketplace's event", []))
    return rules


accounts = sa.table(
    "accounts",
    sa.column("id", sa.Uuid()), sa.column("code", sa.String()), sa.column("name", sa.String()),
    sa.column("name_bn", sa.String()), sa.column("type", sa.String()), sa.column("parent_code", sa.String()),
    sa.column("is_header", sa.Boolean()), sa.column("contra", sa.Boolean()), sa.column("active", sa.Boolean()),
    sa.column("description", sa.Text()), sa.column("version", sa.Integer()), sa.column("created_by", sa.String()),
    sa.column("created_at", UTCDateTime()), sa.column("updated_at", UTCDateTime()),
)
posting_rules = sa.table(
    "posting_rules",
    sa.column("id", sa.Uuid()), sa.column("event_type", sa.String()), sa.column("channel", sa.String()),
    sa.column("description", sa.String()), sa.column("lines", sa.JSON()), sa.column("active", sa.Boolean()),
    sa.column("version", sa.Integer()), sa.column("created_by", sa.String()), sa.column("created_at", UTCDateTime()),
    sa.column("updated_at", UTCDateTime()),
)
journal_lines = sa.table("journal_lines", sa.column("account_code", sa.String()))
journal_entries = sa.table("journal_entries", sa.column("rule_id", sa.Uuid()))


def _rule_id(event_type: str, channel: str | None) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"rule:{event_type}:{channel or '*'}")


def _account_id(code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"account:{code}")


def upgrade() -> None:
    bind = op.get_bind()
    stamp = {"version": 1, "created_by": "migration 0012", "created_at": SEEDED_AT, "updated_at": SEEDED_AT}
    codes = set(bind.execute(sa.select(accounts.c.code)).scalars())
    rows = [{"id": _account_id(code), "code": code, "name": name, "name_bn": name_bn, "type": type_, "parent_code": parent,
             "is_header": False, "contra": False, "active": True, "description": None, **stamp}
            for code, name, name_bn, type_, parent in CHART if code not in codes]
    if rows:
        op.bulk_insert(accounts, rows)
    taken = {(r.event_type, r.channel) for r in bind.execute(sa.select(posting_rules.c.event_type, posting_rules.c.channel))}
    rules = [{"id": _rule_id(event_type, channel), "event_type": event_type, "channel": channel, "description": description,
              "lines": lines, "active": True, **stamp}
             for event_type, channel, description, lines in _rules() if (event_type, channel) not in taken]
    if rules:
        op.bulk_insert(posting_rules, rules)
    op.create_table(
        "marketplace_positions",
        sa.Column("producer_id", sa.Uuid(), primary_key=True),
        sa.Column("balance", sa.BigInteger(), nullable=False),  # poisha she is owed; negative if refunds followed her payout
        sa.Column("version", sa.Integer(), nullable=False),  # the marketplace's count of her balance's changes
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table("marketplace_positions")
    ids = [_rule_id(event_type, channel) for event_type, channel, _, _ in _rules()]
    used = set(bind.execute(sa.select(journal_entries.c.rule_id).where(journal_entries.c.rule_id.in_(ids)).distinct()).scalars())
    op.execute(posting_rules.delete().where(posting_rules.c.id.in_([i for i in ids if i not in used])))
    codes = [row[0] for row in CHART]
    posted = set(bind.execute(sa.select(journal_lines.c.account_code).where(journal_lines.c.account_code.in_(codes)).distinct()).scalars())
    op.execute(accounts.delete().where(accounts.c.id.in_([_account_id(c) for c in codes if c not in posted])))
