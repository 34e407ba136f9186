"""Staff accounts, managed by admins (auditors read)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from sqlalchemy import String, cast, select, update
from sqlalchemy.exc import IntegrityError

from palli_common.concurrency import IfMatch, check_version, set_etag
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.pagination import Page, PageQuery, make_page
from palli_gateway.api.schemas import UserCreate, UserOut, UserUpdate
from palli_gateway.auth.principal import ROLES
from palli_gateway.runtime import Caller, GatewayDep
from palli_gateway.tables import RefreshToken, User

router = APIRouter(prefix="/v1/auth/users", tags=["administration"])


def user_out(user: User) -> UserOut:
    return UserOut.model_validate(user.model_dump())


async def _get(session, user_id: uuid.UUID, *, lock: bool = False) -> User:  # noqa: ANN001
    query = select(User).where(User.id == user_id)
    user = (await session.execute(query.with_for_update() if lock else query)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"no user {user_id}")
    return user


@router.post("", status_code=status.HTTP_201_CREATED, response_model=UserOut, summary="Create a staff user")
async def create_user(body: UserCreate, gw: GatewayDep, _: Caller, response: Response):
    now = datetime.now(UTC)
    user = User(
        id=uuid.uuid4(), username=body.username.lower(), full_name=body.full_name, password_hash=await gw.passwords.hash(body.password),
        roles=body.roles, branch_id=body.branch_id, created_at=now, updated_at=now,
    )
    async with gw.db.sessions() as session:
        session.add(user)
        try:
            await session.commit()
        except IntegrityError as exc:
            raise Conflict(f"the username {user.username} is taken", field="username") from exc
    set_etag(response, user.version)
    return user_out(user)


@router.get("", response_model=Page[UserOut], summary="List staff users")
async def list_users(
    gw: GatewayDep, _: Caller, page: PageQuery,
    role: Annotated[str | None, Query(description=f"one of {', '.join(ROLES)}")] = None,
    branch_id: uuid.UUID | None = None, active: bool | None = None,
):
    query = select(User).order_by(User.username).limit(page.limit + 1)
    if page.after:
        query = query.where(User.username > str(page.after[0]))
    if branch_id is not None:
        query = query.where(User.branch_id == branch_id)
    if active is not None:
        query = query.where(User.active.is_(active))
    if role is not None:
        if role not in ROLES:
            raise ValidationFailed(f"role must be one of {', '.join(ROLES)}", field="role")
        # the JSON list's text holds "role" in quotes on PostgreSQL and SQLite alike
        query = query.where(cast(User.roles, String).like(f'%"{role}"%'))
    async with gw.db.sessions() as session:
        rows = list((await session.execute(query)).scalars())
    return make_page(rows, page, lambda u: [u.username], user_out)


@router.get("/{user_id}", response_model=UserOut, summary="A staff user (ETag: its version)")
async def get_user(user_id: uuid.UUID, gw: GatewayDep, _: Caller, response: Response):
    async with gw.db.sessions() as session:
        user = await _get(session, user_id)
    set_etag(response, user.version)
    return user_out(user)


@router.patch("/{user_id}", response_model=UserOut, summary="Change roles, branch, name or password; disable or enable")
async def update_user(user_id: uuid.UUID, body: UserUpdate, gw: GatewayDep, caller: Caller, if_match: IfMatch, response: Response):
    changes = body.model_dump(exclude_unset=True)
    if "password" in changes:
        changes["password_hash"] = await gw.passwords.hash(changes.pop("password"))
    if changes.pop("head_office", None):
        changes["branch_id"] = None
    if changes.get("active") is False and str(user_id) == caller.subject:
        raise Conflict("you cannot disable your own account", field="active")
    now = datetime.now(UTC)
    async with gw.db.sessions() as session:
        user = await _get(session, user_id, lock=True)
        check_version(user.version, if_match)
        cuts_access = any(k in changes for k in ("roles", "branch_id", "password_hash")) or changes.get("active") is False
        for name, value in changes.items():
            setattr(user, name, value)
        user.version += 1
        user.updated_at = now
        if cuts_access:  # tokens carry roles and branch: old ones must not outlive the change
            await gw.revocations.revoke(session, f"sub:{user.id}")
            await session.execute(update(RefreshToken).where(RefreshToken.user_id == user.id, RefreshToken.revoked_at.is_(None)).values(revoked_at=now))
        await session.commit()
    set_etag(response, user.version)
    return user_out(user)


@router.post("/{user_id}/unlock", response_model=UserOut, summary="Clear failed sign-ins and any lock")
async def unlock_user(user_id: uuid.UUID, gw: GatewayDep, _: Caller):
    async with gw.db.sessions() as session:
        user = await _get(session, user_id, lock=True)
        user.failed_logins, user.locked_until = 0, None
        user.version += 1
        user.updated_at = datetime.now(UTC)
        await session.commit()
    return user_out(user)
