"""The chart of accounts: opening accounts, changing them (If-Match), reads. Writes are applied
by an approved book change (service/book_changes.py), inside its transaction.

An account that has postings keeps its type (its balance would change sides in every report);
deactivating one stops new postings to it (rules naming it are refused at posting time)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.concurrency import check_version
from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.ids import uuid7
from palli_common.pagination import PageParams
from palli_ledger.adapters.tables import Account, JournalLine
from palli_ledger.domain.accounts import base_code, check_parent, check_type
from palli_ledger.service.common import now

EDITABLE = ("name", "name_bn", "description", "active", "type", "contra")
NULLABLE = {"name_bn", "description"}


async def load_account(session: AsyncSession, code: str, *, lock: bool = False, expected_version: int | None = None) -> Account:
    query = select(Account).where(Account.code == code)
    if lock:
        query = query.with_for_update()
    account = (await session.scalars(query)).first()
    if account is None:
        raise NotFound(f"no account with code {code}")
    check_version(account.version, expected_version)
    return account


async def get_account(db: Database, code: str) -> Account:
    async with db.sessions() as s:
        return await load_account(s, code)


async def list_accounts(
    db: Database, params: PageParams, *, type: str | None = None, active: bool | None = None, parent_code: str | None = None,
    is_header: bool | None = None,
) -> list[Account]:
    """By code (the chart's natural order); limit+1 rows for make_page."""
    query = select(Account)
    for column, value in ((Account.type, type), (Account.active, active), (Account.parent_code, parent_code), (Account.is_header, is_header)):
        if value is not None:
            query = query.where(column == value)
    if params.after:
        query = query.where(Account.code > str(params.after[0]))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(Account.code).limit(params.limit + 1))).all())


async def _has_postings(session: AsyncSession, code: str) -> bool:
    return (await session.scalars(select(JournalLine.id).where(JournalLine.account_code == code).limit(1))).first() is not None


async def open_account(session: AsyncSession, values: dict, *, actor: str) -> Account:
    """values: code, name, name_bn, type, parent_code, is_header, contra, description. Flushed, not committed."""
    values = dict(values)
    check_type(values["type"])
    code = values["code"]
    if values.get("parent_code") is None and "-" in code:
        values["parent_code"] = base_code(code)  # 1310-NEW sits under 1310
    if (await session.scalars(select(Account.id).where(Account.code == code))).first() is not None:
        raise Conflict(f"an account with code {code} exists", field="code")
    if values.get("parent_code") is not None:
        parent = (await session.scalars(select(Account).where(Account.code == values["parent_code"]))).first()
        if parent is None:
            raise ValidationFailed(f"no account with code {values['parent_code']} to be the parent", field="parent_code")
        check_parent(parent, values["type"])
    stamp = now()
    account = Account(id=uuid7(), **values, active=True, version=1, created_by=actor, created_at=stamp, updated_at=stamp)
    session.add(account)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create with the same code
        raise Conflict(f"an account with code {code} exists", field="code") from exc
    return account


async def change_account(session: AsyncSession, code: str, changes: dict, *, expected_version: int | None) -> Account:
    """Flushed, not committed."""
    empty = [key for key, value in changes.items() if value is None and key not in NULLABLE]
    if empty:
        raise ValidationFailed(f"{empty[0]} cannot be empty", field=empty[0])
    s = session
    account = await load_account(s, code, lock=True, expected_version=expected_version)
    retyped = "type" in changes and changes["type"] != account.type
    if retyped:
        check_type(changes["type"])
    if (retyped or ("contra" in changes and changes["contra"] != account.contra)) and await _has_postings(s, code):
        raise Conflict(f"{code} has postings, so its type and contra flag stay as they are; open a new account instead",
                       field="type" if retyped else "contra")
    if retyped and account.parent_code is not None:
        parent = (await s.scalars(select(Account).where(Account.code == account.parent_code))).first()
        try:
            check_parent(parent, changes["type"])
        except ValidationFailed as exc:
            raise ValidationFailed(exc.detail, field="type") from None
    if retyped and account.is_header:
        child = (await s.scalars(select(Account.code).where(Account.parent_code == code).limit(1))).first()
        if child is not None:
            raise Conflict(f"{code} has sub-accounts (such as {child}) of its type; it keeps its type", field="type")
    for key, value in changes.items():
        setattr(account, key, value)
    account.version += 1
    account.updated_at = now()
    await s.flush()
    return account
