"""Assessments: a participant's score in her cohort's final assessment, a completion rule where the
programme asks for one (the livelihood courses: 60 of 100).

Revision ID: 0004
Revises: 0003
"""

import uuid

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NAMESPACE = uuid.UUID("7a000000-0000-4000-8000-000000000000")
LIVELIHOOD = [uuid.uuid5(NAMESPACE, f"programme:{code}") for code in ("LIVE-DAIRY", "LIVE-GOAT", "LIVE-POULTRY")]
programmes = sa.table("training_programmes", sa.column("id", sa.Uuid()), sa.column("rule", sa.JSON()))


def upgrade() -> None:
    op.create_table(
        "training_assessments",
        sa.Column("cohort_id", sa.Uuid(), sa.ForeignKey("training_cohorts.id"), primary_key=True),
        sa.Column("participant_id", sa.Uuid(), sa.ForeignKey("training_participants.id"), primary_key=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("assessed_by", sa.String(length=64), nullable=False),
        sa.Column("assessed_at", palli_common.tables.UTCDateTime(timezone=True), nullable=False),
    )
    op.execute(programmes.update().where(programmes.c.id.in_(LIVELIHOOD)).values(rule={"min_attendance_percent": 80,
                                                                                        "min_assessment_score": 60}))


def downgrade() -> None:
    op.execute(programmes.update().where(programmes.c.id.in_(LIVELIHOOD)).values(rule={"min_attendance_percent": 80}))
    op.drop_table("training_assessments")
