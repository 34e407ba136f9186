"""default loan products and classification buckets

Revision ID: 0002
Revises: 0001

The products a new Palli starts with (admins change or deactivate them through /v1/loan-products)
and the loan classification buckets close of business uses (changed by SQL for now). Ids are
fixed, so every installation and every test refers to the same products. Rows that are already
there (same id, code or bucket name) are left as they are, so running this over data someone
loaded by hand does not fail; the downgrade removes only these ids and buckets.

Every product stays within the 24% declining-balance rate cap at its max rate (tests validate
each row with palli_lending.domain.products). Money is in poisha; rates are percent a year.
"""
from datetime import UTC, datetime
from decimal import Decimal
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

TAKA = 100  # poisha
SEEDED_AT = datetime(2026, 1, 1, tzinfo=UTC)
DEFAULT_RULES = {
    "genders": None, "max_active_loans": 1, "member_statuses": ["active"], "group_statuses": ["active"],
    "min_compulsory_savings": None, "required_training": None,
}


def _product(id_: str, code: str, name: str, name_bn: str, **rules) -> dict:
    row = {
        "id": uuid.UUID(id_), "code": code, "name": name, "name_bn": name_bn,
        "amortisation": "equal_installments", "term_months": None, "grace_on_principal": 0, "grace_on_interest": 0,
        "min_days_to_first": 15, "installment_multiple": None, "prepayment_interest": "accrued",
        "active": True, "version": 1, "created_at": SEEDED_AT, "updated_at": SEEDED_AT,
    }
    eligibility = {**DEFAULT_RULES, **rules.pop("eligibility", {})}
    row.update(rules, eligibility=eligibility)
    return row


PRODUCTS = [
    # One year of weekly samity installments, interest flat on the principal: 12% flat costs
    # about 22% a year on a declining balance, within the cap. Installments in whole taka.
    _product(
        "1e4d0000-0000-4000-8000-000000000001", "GEN-MC", "General microcredit", "সাধারণ ঋণ",
        interest_method="flat", frequencies=["weekly"], min_amount=5_000 * TAKA, max_amount=100_000 * TAKA,
        min_installments=46, max_installments=52, min_rate=Decimal("10.00"), default_rate=Decimal("12.00"),
        max_rate=Decimal("12.00"), installment_multiple=1 * TAKA,
    ),
    # Micro-enterprise: 1 to 3 years (12-36 monthly or 52-156 weekly installments), up to 10 lakh taka.
    _product(
        "1e4d0000-0000-4000-8000-000000000002", "ME", "Micro-enterprise loan", "ক্ষুদ্র উদ্যোক্তা ঋণ",
        interest_method="declining_balance", frequencies=["weekly", "monthly"], min_amount=30_000 * TAKA,
        max_amount=1_000_000 * TAKA, min_installments=12, max_installments=156, min_rate=Decimal("20.00"),
        default_rate=Decimal("24.00"), max_rate=Decimal("24.00"),
    ),
    # Women entrepreneurs: a reduced rate, for women members only.
    _product(
        "1e4d0000-0000-4000-8000-000000000003", "WE", "Women entrepreneur loan", "নারী উদ্যোক্তা ঋণ",
        interest_method="declining_balance", frequencies=["weekly", "monthly"], min_amount=10_000 * TAKA,
        max_amount=500_000 * TAKA, min_installments=12, max_installments=104, min_rate=Decimal("16.00"),
        default_rate=Decimal("20.00"), max_rate=Decimal("20.00"), eligibility={"genders": ["female"]},
    ),
    # Agriculture: principal and interest in one installment after the harvest, 6 or 9 months.
    _product(
        "1e4d0000-0000-4000-8000-000000000004", "AGRI", "Agricultural livelihood loan", "কৃষি ঋণ",
        interest_method="declining_balance", frequencies=["at_end"], term_months=[6, 9], min_amount=5_000 * TAKA,
        max_amount=200_000 * TAKA, min_installments=1, max_installments=1, min_rate=Decimal("16.00"),
        default_rate=Decimal("20.00"), max_rate=Decimal("20.00"),
    ),
    # Housing: 1 to 5 years, monthly.
    _product(
        "1e4d0000-0000-4000-8000-000000000005", "HOUSING", "Housing loan", "গৃহ ঋণ",
        interest_method="declining_balance", frequencies=["monthly"], min_amount=50_000 * TAKA,
        max_amount=800_000 * TAKA, min_installments=12, max_installments=60, min_rate=Decimal("9.00"),
        default_rate=Decimal("12.00"), max_rate=Decimal("15.00"),
    ),
    # The government's COVID-19 stimulus for cottage, micro and small enterprises: 4% to the
    # borrower (up to 9% where the subsidy does not apply), a 3-month moratorium on principal.
    _product(
        "1e4d0000-0000-4000-8000-000000000006", "COVID-SME", "COVID-19 stimulus SME loan", "কোভিড প্রণোদনা ঋণ",
        interest_method="declining_balance", frequencies=["monthly"], min_amount=50_000 * TAKA,
        max_amount=1_000_000 * TAKA, min_installments=12, max_installments=36, min_rate=Decimal("4.00"),
        default_rate=Decimal("4.00"), max_rate=Decimal("9.00"), grace_on_principal=3,
    ),
]

BUCKETS = [  # loan classification by days past due, and the provision each needs
    {"name": "standard", "min_days_past_due": 0, "provision_percent": Decimal("1.00")},
    {"name": "watchful", "min_days_past_due": 30, "provision_percent": Decimal("5.00")},
    {"name": "substandard", "min_days_past_due": 60, "provision_percent": Decimal("20.00")},
    {"name": "doubtful", "min_days_past_due": 180, "provision_percent": Decimal("50.00")},
    {"name": "bad", "min_days_past_due": 360, "provision_percent": Decimal("100.00")},
]

# Lightweight tables as they stand at this revision (not the live models, which may move on).
loan_products = sa.table(
    "loan_products",
    sa.column("id", sa.Uuid()), sa.column("code", sa.String()), sa.column("name", sa.String()),
    sa.column("name_bn", sa.String()), sa.column("interest_method", sa.String()), sa.column("amortisation", sa.String()),
    sa.column("frequencies", sa.JSON()), sa.column("min_amount", sa.BigInteger()), sa.column("max_amount", sa.BigInteger()),
    sa.column("min_installments", sa.Integer()), sa.column("max_installments", sa.Integer()),
    sa.column("term_months", sa.JSON()), sa.column("min_rate", sa.Numeric(6, 2)), sa.column("max_rate", sa.Numeric(6, 2)),
    sa.column("default_rate", sa.Numeric(6, 2)), sa.column("grace_on_principal", sa.Integer()),
    sa.column("grace_on_interest", sa.Integer()), sa.column("min_days_to_first", sa.Integer()),
    sa.column("installment_multiple", sa.BigInteger()), sa.column("prepayment_interest", sa.String()),
    sa.column("eligibility", sa.JSON()), sa.column("active", sa.Boolean()), sa.column("version", sa.Integer()),
    sa.column("created_at", UTCDateTime()), sa.column("updated_at", UTCDateTime()),
)
classification_buckets = sa.table(
    "classification_buckets",
    sa.column("name", sa.String()), sa.column("min_days_past_due", sa.Integer()),
    sa.column("provision_percent", sa.Numeric(5, 2)),
)


def upgrade() -> None:
    """Insert the default products and buckets that are not there yet."""
    bind = op.get_bind()
    taken = bind.execute(sa.select(loan_products.c.id, loan_products.c.code)).all()
    ids, codes = {row.id for row in taken}, {row.code for row in taken}
    products = [p for p in PRODUCTS if p["id"] not in ids and p["code"] not in codes]
    if products:
        op.bulk_insert(loan_products, products)
    names = set(bind.execute(sa.select(classification_buckets.c.name)).scalars())
    buckets = [b for b in BUCKETS if b["name"] not in names]
    if buckets:
        op.bulk_insert(classification_buckets, buckets)


def downgrade() -> None:
    """Remove the default products (unless loans refer to them) and the buckets."""
    bind = op.get_bind()
    loans = sa.table("loans", sa.column("product_id", sa.Uuid()))
    ids = [p["id"] for p in PRODUCTS]
    used = set(bind.execute(sa.select(loans.c.product_id).where(loans.c.product_id.in_(ids)).distinct()).scalars())
    unused = [i for i in ids if i not in used]
    if unused:
        op.execute(loan_products.delete().where(loan_products.c.id.in_(unused)))
    op.execute(classification_buckets.delete().where(classification_buckets.c.name.in_([b["name"] for b in BUCKETS])))
