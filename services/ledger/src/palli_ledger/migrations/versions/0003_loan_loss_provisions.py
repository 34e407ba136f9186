"""loan-loss provisions

Revision ID: 0003
Revises: 0002

Each loan position keeps the provision the ledger holds for it in 1390 (poisha), the version of the
event that last moved it and the loan's classification; existing loans hold nothing. The seeded
rules for classification_changed, written_off and closed move to the derived provision amounts
(domain/provisions.py), but only where an accountant has not edited them since 0002 seeded them
(version still 1); the migration's change makes them version 2, so an API client holding the old
ETag must re-read. The downgrade restores the old lines where a rule is still exactly as this
migration left it.
"""
from datetime import UTC, datetime
from typing import Sequence, Union
import uuid

from alembic import op
import sqlalchemy as sa

from palli_common.tables import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CHANGED_AT = datetime(2026, 12, 1, tzinfo=UTC)
NAMESPACE = uuid.UUID("1ed9e000-0000-4000-8000-000000000000")  # 0002's: the seeded rules' ids
LOAN = "lending.loan."
PORTFOLIO = "1310-{product_code}"


def _line(side: str, account: str, amount: str) -> dict:
    return {"side": side, "account": account, "amount": amount}


def _no_posting(event: str) -> tuple[str, list[dict]]:
    return f"No posting: a loan {event.replace('_', ' ')} moves no money", []


# event type -> ((description, lines) as 0002 seeded them, (description, lines) from now on)
CHANGES = {
    LOAN + "classification_changed": (_no_posting("classification_changed"), (
        "Loan classification changed: provision raised to, or released down to, what the new class requires",
        [_line("debit", "5120", "provision_increase"), _line("credit", "1390", "provision_increase"),
         _line("debit", "1390", "provision_release"), _line("credit", "5120", "provision_release")])),
    LOAN + "written_off": (("Loan written off: outstanding principal to write-off expense",
                            [_line("debit", "5130", "principal"), _line("credit", PORTFOLIO, "principal")]), (
        "Loan written off: its provision absorbs the principal first, the rest to write-off expense",
        [_line("debit", "1390", "provision_used"), _line("debit", "5130", "write_off_loss"),
         _line("credit", PORTFOLIO, "principal"),
         _line("debit", "1390", "provision_release"), _line("credit", "5120", "provision_release")])),
    LOAN + "closed": (_no_posting("closed"), (
        "Loan closed: its provision released",
        [_line("debit", "1390", "provision_release"), _line("credit", "5120", "provision_release")])),
}

posting_rules = sa.table(
    "posting_rules",
    sa.column("id", sa.Uuid()), sa.column("description", sa.String()), sa.column("lines", sa.JSON()),
    sa.column("version", sa.Integer()), sa.column("updated_at", UTCDateTime()),
)


def _rule_id(event_type: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"rule:{event_type}:*")  # 0002's id for the (event type, any channel) rule


def upgrade() -> None:
    with op.batch_alter_table("loan_positions") as batch:
        batch.add_column(sa.Column("provision", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("provision_version", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("classification", sa.String(length=40), nullable=True))
    for event_type, (_, (description, lines)) in CHANGES.items():
        _set_rule(event_type, description, lines, from_version=1, to_version=2)


def downgrade() -> None:
    bind = op.get_bind()
    for event_type, ((description, lines), (_, new_lines)) in CHANGES.items():
        rule = bind.execute(sa.select(posting_rules.c.lines).where(posting_rules.c.id == _rule_id(event_type),
                                                                   posting_rules.c.version == 2)).first()
        if rule is not None and rule.lines == new_lines:  # as upgrade left it (JSON has no = on PostgreSQL: compared here)
            _set_rule(event_type, description, lines, from_version=2, to_version=1)
    with op.batch_alter_table("loan_positions") as batch:
        batch.drop_column("classification")
        batch.drop_column("provision_version")
        batch.drop_column("provision")


def _set_rule(event_type: str, description: str, lines: list[dict], *, from_version: int, to_version: int) -> None:
    """The seeded rule's new lines, only if it is still at `from_version` (no accountant edit since)."""
    op.execute(posting_rules.update()
               .where(posting_rules.c.id == _rule_id(event_type), posting_rules.c.version == from_version)
               .values(description=description, lines=lines, version=to_version, updated_at=CHANGED_AT))
