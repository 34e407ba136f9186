"""The first admin: created from ADMIN_USERNAME and ADMIN_PASSWORD when no active admin exists."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import structlog
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_gateway.tables import User

log = structlog.get_logger(__name__)


async def ensure_first_admin(gw) -> None:  # noqa: ANN001
    if await gw.grants.count_admins() > 0:
        return
    s = gw.settings
    if not s.admin_username or s.admin_password is None:
        log.warning("no_admin", hint="set ADMIN_USERNAME and ADMIN_PASSWORD to create the first admin")
        return
    now = datetime.now(UTC)
    username = s.admin_username.strip().lower()
    async with gw.db.sessions() as session:
        existing = (await session.execute(select(User).where(User.username == username))).scalar_one_or_none()
        if existing is not None:  # e.g. an admin who was disabled: bring the account back as admin
            existing.roles = sorted(set(existing.roles) | {"admin"})
            existing.active, existing.version, existing.updated_at = True, existing.version + 1, now
        else:
            session.add(User(
                id=uuid.uuid4(), username=username, full_name="Administrator", roles=["admin"], branch_id=None,
                password_hash=await gw.passwords.hash(s.admin_password.get_secret_value()), created_at=now, updated_at=now,
            ))
        try:
            await session.commit()
        except IntegrityError:  # another replica created it first
            return
    log.info("first_admin_created", username=username)
