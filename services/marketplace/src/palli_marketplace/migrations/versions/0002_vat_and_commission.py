"""VAT rates by product category and the outlets' commission, as data (effective-dated): change
them through the data, never the code. Seeded from 2026-01-01: fresh farm produce, dairy and
eggs, fish 0%; processed food and textiles (nakshi kantha, gamchha, saree) 5%; handicrafts
(bamboo, cane, jute, pottery) 7.5%; commission 10% (fresh and dairy 8%).

Revision ID: 0002
Revises: 0001
"""

import uuid
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NAMESPACE = uuid.UUID("7b000000-0000-4000-8000-000000000000")
SINCE = date(2026, 1, 1)
CATEGORIES = {  # category: (VAT %, commission %)
    "fresh_produce": ("0.00", "8.00"), "dairy_eggs": ("0.00", "8.00"), "fish": ("0.00", "8.00"),
    "processed_food": ("5.00", "10.00"), "textile": ("5.00", "10.00"), "handicraft": ("7.50", "10.00"),
}
vat = sa.table("market_vat_rates", sa.column("category", sa.String()), sa.column("effective_from", sa.Date()), sa.column("rate", sa.Numeric()))
rules = sa.table("market_commission_rules", sa.column("id", sa.Uuid()), sa.column("category", sa.String()), sa.column("producer_id", sa.Uuid()),
                 sa.column("effective_from", sa.Date()), sa.column("percent", sa.Numeric()))


def upgrade() -> None:
    op.bulk_insert(vat, [dict(category=c, effective_from=SINCE, rate=Decimal(v)) for c, (v, _) in CATEGORIES.items()])
    op.bulk_insert(rules, [dict(id=uuid.uuid5(NAMESPACE, f"commission:{c}"), category=c, producer_id=None, effective_from=SINCE,
                                percent=Decimal(k)) for c, (_, k) in CATEGORIES.items()])


def downgrade() -> None:
    op.execute(rules.delete().where(rules.c.id.in_([uuid.uuid5(NAMESPACE, f"commission:{c}") for c in CATEGORIES])))
    op.execute(vat.delete().where(vat.c.effective_from == SINCE))
