"""Default templates, Bangla and English, for every loan event members are told about.

The texts are written out here (not imported), so this migration does the same thing whatever later
code says. Admins change them through PUT /v1/notifications/templates/{event_type}/{language}.

Revision ID: 0002
Revises: 0001
"""
from datetime import UTC, datetime
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TEMPLATES = {
    "lending.loan.disbursed": (
        "প্রিয় {name}, আপনার {loan_principal} ঋণ {on} তারিখে বিতরণ করা হয়েছে। কিস্তি {installment_amount}, প্রথম কিস্তি {first_due_on}। পল্লী",
        "Dear {name}, your loan of {loan_principal} was disbursed on {on}. Instalment {installment_amount}, first due {first_due_on}. Palli",
    ),
    "lending.loan.repayment_received": (
        "প্রিয় {name}, {on} তারিখে আপনার {amount} জমা হয়েছে। ঋণের বাকি {outstanding}। ধন্যবাদ, পল্লী",
        "Dear {name}, we received {amount} on {on}. Loan balance: {outstanding}. Thank you, Palli",
    ),
    "lending.loan.repayment_reversed": (
        "প্রিয় {name}, {on} তারিখের {amount} জমা বাতিল করা হয়েছে। ঋণের বাকি {outstanding}। প্রশ্ন থাকলে শাখায় যোগাযোগ করুন। পল্লী",
        "Dear {name}, a payment of {amount} was reversed on {on}. Loan balance: {outstanding}. Questions? Please contact your branch. Palli",
    ),
    "lending.loan.prepaid": (
        "প্রিয় {name}, {on} তারিখে {amount} জমা দিয়ে আপনি ঋণ আগাম পরিশোধ করেছেন। ধন্যবাদ, পল্লী",
        "Dear {name}, you repaid your loan early with {amount} on {on}. Thank you, Palli",
    ),
    "lending.loan.closed": (
        "প্রিয় {name}, আপনার {loan_principal} ঋণ {on} তারিখে সম্পূর্ণ পরিশোধ হয়েছে। ধন্যবাদ, পল্লী",
        "Dear {name}, your loan of {loan_principal} is fully repaid as of {on}. Thank you, Palli",
    ),
    "lending.loan.overdue": (
        "প্রিয় {name}, আপনার ঋণের {overdue} কিস্তি {days_past_due} দিন বকেয়া। অনুগ্রহ করে দ্রুত পরিশোধ করুন। পল্লী",
        "Dear {name}, {overdue} of your loan is {days_past_due} days overdue. Please pay at your next meeting. Palli",
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
         "updated_by": "migration 0002"}
        for event_type, bodies in TEMPLATES.items()
        for language, body in zip(("bn", "en"), bodies)
    ])


def downgrade() -> None:
    op.execute(templates.delete().where(templates.c.updated_by == "migration 0002"))
