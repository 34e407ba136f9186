"""chart of accounts and posting rules

Revision ID: 0002
Revises: 0001

The chart of accounts a new Palli starts with (a microfinance institution's: cash, the loan
portfolio per product, member savings, service charge income, ...) and the rules that post every
`lending.loan` event. Accountants change both through /v1/ledger/accounts and /v1/ledger/posting-rules.
Ids are derived from the code (accounts) or the event type and channel (rules), so every
installation refers to the same rows. Rows already there (same code, or same event type and
channel) are left as they are; the downgrade removes only rows nothing has posted to.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEEDED_AT = datetime(2026, 1, 1, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")
PRODUCT_CODES = ("GEN-MC", "ME", "WE", "AGRI", "HOUSING", "COVID-SME")  # lending's seeded products

# code, name, name_bn, type, parent, header, contra
CHART = [
    ("1000", "Assets", "সম্পদ", "asset", None, True, False),
    ("1100", "Cash and cash equivalents", "নগদ ও নগদ সমতুল্য", "asset", "1000", True, False),
    ("1110", "Cash in hand", "হাতে নগদ", "asset", "1100", False, False),
    ("1120", "Cash at bank", "ব্যাংকে জমা", "asset", "1100", False, False),
    ("1130", "Mobile wallet clearing (bKash, Nagad, Rocket)", "মোবাইল ওয়ালেট ক্লিয়ারিং (বিকাশ, নগদ, রকেট)", "asset", "1100", False, False),
    ("1300", "Loans to members", "সদস্যদের ঋণ", "asset", "1000", True, False),
    ("1310", "Loan portfolio", "ঋণ পোর্টফোলিও", "asset", "1300", True, False),
    *[(f"1310-{pc}", f"Loan portfolio — {pc}", f"ঋণ পোর্টফোলিও — {pc}", "asset", "1310", False, False) for pc in PRODUCT_CODES],
    ("1390", "Provision for loan losses", "ঋণ ক্ষতি সঞ্চিতি", "asset", "1300", False, True),
    ("1410", "Interest receivable on loans", "ঋণের প্রাপ্য সার্ভিস চার্জ", "asset", "1000", False, False),
    ("2000", "Liabilities", "দায়", "liability", None, True, False),
    ("2100", "Member savings", "সদস্য সঞ্চয়", "liability", "2000", True, False),
    ("2110", "Compulsory weekly savings", "বাধ্যতামূলক সাপ্তাহিক সঞ্চয়", "liability", "2100", False, False),
    ("2120", "Voluntary savings", "স্বেচ্ছা সঞ্চয়", "liability", "2100", False, False),
    ("2130", "Monthly deposit scheme (DPS)", "মাসিক সঞ্চয় প্রকল্প (ডিপিএস)", "liability", "2100", False, False),
    ("2140", "Fixed deposits", "স্থায়ী আমানত", "liability", "2100", False, False),
    ("2210", "Interest payable on savings", "সঞ্চয়ের প্রদেয় মুনাফা", "liability", "2000", False, False),
    ("2310", "Marketplace payables to producers", "উৎপাদকদের প্রদেয় (বাজার)", "liability", "2000", False, False),
    ("2410", "Borrowings (PKSF and banks)", "গৃহীত ঋণ (পিকেএসএফ ও ব্যাংক)", "liability", "2000", False, False),
    ("3000", "Equity", "মূলধন", "equity", None, True, False),
    ("3100", "Capital fund", "মূলধন তহবিল", "equity", "3000", False, False),
    ("3200", "Retained surplus", "সঞ্চিত উদ্বৃত্ত", "equity", "3000", False, False),
    ("4000", "Income", "আয়", "income", None, True, False),
    ("4110", "Service charge (interest) income on loans", "সার্ভিস চার্জ আয়", "income", "4000", False, False),
    ("4120", "Penalty (late fee) income", "বিলম্ব ফি আয়", "income", "4000", False, False),
    ("4130", "Fee income", "ফি আয়", "income", "4000", False, False),
    ("4140", "Marketplace commission income", "বাজার কমিশন আয়", "income", "4000", False, False),
    ("5000", "Expenses", "ব্যয়", "expense", None, True, False),
    ("5110", "Interest expense on savings", "সঞ্চয়ের মুনাফা ব্যয়", "expense", "5000", False, False),
    ("5120", "Loan-loss provision expense", "ঋণ ক্ষতি সঞ্চিতি ব্যয়", "expense", "5000", False, False),
    ("5130", "Loan write-off expense", "ঋণ অবলোপন ব্যয়", "expense", "5000", False, False),
    ("5210", "Salaries and allowances", "বেতন ও ভাতা", "expense", "5000", False, False),
    ("5220", "Office rent and utilities", "অফিস ভাড়া ও ইউটিলিটি", "expense", "5000", False, False),
    ("5230", "Training and member development", "প্রশিক্ষণ ও সদস্য উন্নয়ন", "expense", "5000", False, False),
]

LOAN = "lending.loan."
CHANNEL_ACCOUNTS = {"cash": "1110", "mobile_wallet": "1130", "savings": "2120"}
PORTFOLIO = "1310-{product_code}"


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


def _rules() -> list[tuple[str, str | None, str, list[dict]]]:
    """(event type, channel, description, lines)."""
    rules = []
    for channel, account in CHANNEL_ACCOUNTS.items():
        via = channel.replace("_", " ")
        rules.append((LOAN + "disbursed", channel, f"Loan paid out by {via}",
                      [_line("debit", PORTFOLIO, "principal"), _line("credit", account, "principal")]))
        collected = [_line("debit", account, "amount"), _line("credit", PORTFOLIO, "principal"),
                     _line("credit", "4110", "interest"), _line("credit", "4120", "penalty")]
        rules.append((LOAN + "repayment_received", channel, f"Repayment received by {via}", collected))
        rules.append((LOAN + "prepaid", channel, f"Loan prepaid by {via}", collected))
        rules.append((LOAN + "repayment_reversed", channel, f"Repayment by {via} reversed", [
            _line("debit", PORTFOLIO, "principal"), _line("debit", "4110", "interest"), _line("debit", "4120", "penalty"),
            _line("credit", account, "amount"),
        ]))
    # interest is income only when received, so a write-off takes only the principal off the books
    rules.append((LOAN + "written_off", None, "Loan written off: outstanding principal to write-off expense",
                  [_line("debit", "5130", "principal"), _line("credit", PORTFOLIO, "principal")]))
    for event in ("applied", "approved", "rejected", "withdrawn", "closed", "write_off_requested", "overdue",
                  "classification_changed"):
        rules.append((LOAN + event, None, f"No posting: a loan {event.replace('_', ' ')} moves no money", []))
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


def upgrade() -> None:
    """Insert the accounts and rules that are not there yet."""
    bind = op.get_bind()
    stamp = {"version": 1, "created_by": "migration 0002", "created_at": SEEDED_AT, "updated_at": SEEDED_AT}
    codes = set(bind.execute(sa.select(accounts.c.code)).scalars())
    rows = [
        {"id": uuid.uuid5(NAMESPACE, f"account:{code}"), "code": code, "name": name, "name_bn": name_bn, "type": type_,
         "parent_code": parent, "is_header": header, "contra": contra, "active": True, "description": None, **stamp}
        for code, name, name_bn, type_, parent, header, contra in CHART if code not in codes
    ]
    if rows:
        op.bulk_insert(accounts, rows)
    taken = {(r.event_type, r.channel) for r in bind.execute(sa.select(posting_rules.c.event_type, posting_rules.c.channel))}
    rules = [
        {"id": _rule_id(event_type, channel), "event_type": event_type, "channel": channel, "description": description,
         "lines": lines, "active": True, **stamp}
        for event_type, channel, description, lines in _rules() if (event_type, channel) not in taken
    ]
    if rules:
        op.bulk_insert(posting_rules, rules)


def downgrade() -> None:
    """Remove the seeded rules and accounts that nothing has posted through."""
    bind = op.get_bind()
    rule_ids = [_rule_id(event_type, channel) for event_type, channel, _, _ in _rules()]
    used_rules = set(bind.execute(sa.select(journal_entries.c.rule_id).where(journal_entries.c.rule_id.in_(rule_ids)).distinct()).scalars())
    op.execute(posting_rules.delete().where(posting_rules.c.id.in_([i for i in rule_ids if i not in used_rules])))
    codes = [row[0] for row in CHART]
    used = set(bind.execute(sa.select(journal_lines.c.account_code).where(journal_lines.c.account_code.in_(codes)).distinct()).scalars())
    parents, keep = {row[0]: row[4] for row in CHART}, set(used)
    for code in used:  # and the headers above them
        while (code := parents.get(code)) is not None:
            keep.add(code)
    op.execute(accounts.delete().where(accounts.c.id.in_([uuid.uuid5(NAMESPACE, f"account:{c}") for c in codes if c not in keep])))
