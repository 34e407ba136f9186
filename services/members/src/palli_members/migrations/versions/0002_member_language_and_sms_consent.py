"""Members' messaging preferences for the notifications service: `language` ("bn" | "en") and
`sms_consent`. Members registered before this gave their consent on the registration form and
read Bangla, so existing rows take the server defaults bn / true.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("language", sa.String(length=2), nullable=False, server_default="bn"))
        batch.add_column(sa.Column("sms_consent", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("sms_consent")
        batch.drop_column("language")
