"""Loan products: creation, changes (If-Match), activation, reads; and a member's eligibility
for a product, for the loan application."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from palli_common.concurrency import check_version
from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.ids import uuid7
from palli_common.pagination import PageParams
from palli_lending.adapters.tables import GroupCopy, Loan, LoanProduct, MemberCopy, SavingsCopy, CredentialCopy
from palli_lending.api.products_schemas import ProductCreate, ProductUpdate
from palli_lending.domain import eligibility as rules
from palli_lending.domain.products import Policy, validate
from palli_lending.settings import LendingSettings

OPEN_LOAN_STATUSES = ("applied", "approved", "active")  # a member's loans that count against max_active_loans

# every column a product's rules live in (what domain/products.py checks)
RULE_FIELDS = (
    "interest_method", "amortisation", "frequencies", "min_amount", "max_amount", "min_installments", "max_installments",
    "term_months", "min_loan_months", "max_loan_months", "min_rate", "max_rate", "default_rate", "grace_on_principal", "grace_on_interest", "min_days_to_first",
    "installment_multiple", "prepayment_interest",
)
EDITABLE = ("name", "name_bn", *RULE_FIELDS, "eligibility")
NULLABLE = {"name_bn", "term_months", "installment_multiple", "min_loan_months", "max_loan_months"}  # null clears these; nothing else may be null
DUPLICATE_CODE_MARKERS = ("loan_products_code_key", "loan_products.code")  # PostgreSQL, SQLite


def policy(settings: LendingSettings) -> Policy:
    return Policy(rate_cap_percent=settings.rate_cap_percent, min_days_to_first=settings.min_days_to_first_installment)


async def check_product(values: dict[str, Any], settings: LendingSettings) -> None:
    """domain/products.validate, off the event loop: the cap check generates a schedule for every
    installment count the product allows (a fraction of a second, more for very long products)."""
    await asyncio.to_thread(validate, values, policy(settings))


def now() -> datetime:
    return datetime.now(UTC)


def _stored(values: dict[str, Any]) -> dict[str, Any]:
    """API values -> column values (enums to their strings, eligibility to its JSON)."""
    out = {}
    for key, value in values.items():
        if key == "frequencies" and value is not None:
            value = [getattr(f, "value", f) for f in value]
        elif key == "eligibility" and value is not None:
            value = value.stored() if hasattr(value, "stored") else value
        out[key] = getattr(value, "value", value)
    return out


def _values(row: LoanProduct) -> dict[str, Any]:
    return {key: getattr(row, key) for key in (*EDITABLE, "code")}


def _duplicate(code: str) -> Conflict:
    return Conflict(f"a loan product with code {code} exists", field="code")


async def _commit(uow, code: str) -> None:  # noqa: ANN001
    try:
        await uow.commit()
    except IntegrityError as exc:  # a concurrent create with the same code
        if any(marker in str(exc.orig) for marker in DUPLICATE_CODE_MARKERS):
            raise _duplicate(code) from exc
        raise


# --- reads ------------------------------------------------------------------------------------

async def load_product(
    session: AsyncSession, product_id: uuid.UUID, *, field: str | None = None, lock: bool = False,
    expected_version: int | None = None,
) -> LoanProduct:
    """The product, or 404 (or a 422 naming `field` when the id came in a request body); with
    `lock`, row-locked (PostgreSQL FOR UPDATE); with `expected_version` (If-Match), 412 when stale."""
    query = select(LoanProduct).where(LoanProduct.id == product_id)
    if lock:
        query = query.with_for_update()
    product = (await session.scalars(query)).first()
    if product is None:
        if field:
            raise ValidationFailed(f"no loan product with id {product_id}", field=field)
        raise NotFound(f"no loan product with id {product_id}")
    check_version(product.version, expected_version)
    return product


async def get_product(db: Database, product_id: uuid.UUID) -> LoanProduct:
    async with db.sessions() as s:
        return await load_product(s, product_id)


async def list_products(db: Database, params: PageParams, *, active: bool | None = None) -> list[LoanProduct]:
    """By code; fetched with limit+1 for `make_page` (the cursor is the last code seen)."""
    query = select(LoanProduct)
    if active is not None:
        query = query.where(LoanProduct.active == active)
    if params.after:
        query = query.where(LoanProduct.code > str(params.after[0]))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(LoanProduct.code).limit(params.limit + 1))).all())


# --- changes ----------------------------------------------------------------------------------

async def create_product(db: Database, cmd: ProductCreate, *, settings: LendingSettings) -> LoanProduct:
    values = _stored(cmd.model_dump(exclude={"eligibility"}))
    values["eligibility"] = cmd.eligibility.stored()
    if values["min_days_to_first"] is None:
        values["min_days_to_first"] = settings.min_days_to_first_installment
    await check_product(values, settings)
    async with db.uow() as uow:
        existing = (await uow.session.scalars(select(LoanProduct.id).where(LoanProduct.code == cmd.code))).first()
        if existing is not None:
            raise _duplicate(cmd.code)
        stamp = now()
        product = LoanProduct(id=uuid7(), **values, active=True, version=1, created_at=stamp, updated_at=stamp)
        uow.session.add(product)
        await _commit(uow, cmd.code)
    return product


async def update_product(
    db: Database, product_id: uuid.UUID, cmd: ProductUpdate, *, settings: LendingSettings, expected_version: int | None = None,
) -> LoanProduct:
    """Change the fields sent; the product as a whole must still be valid (cap included). Loans
    already made keep their own rate, frequency and installments."""
    changes = cmd.model_dump(exclude_unset=True)
    empty = [key for key, value in changes.items() if value is None and key not in NULLABLE]
    if empty:
        error = ValidationFailed("; ".join(f"{key} cannot be empty" for key in empty), field=empty[0])
        error.errors = [(key, f"{key} cannot be empty") for key in empty]
        raise error
    changes = _stored({key: getattr(cmd, key) if key == "eligibility" else value for key, value in changes.items()})
    async with db.uow() as uow:
        product = await load_product(uow.session, product_id, lock=True, expected_version=expected_version)
        merged = {**_values(product), **changes}
        await check_product(merged, settings)
        for key, value in changes.items():
            setattr(product, key, value)
        product.version += 1
        product.updated_at = now()
        await uow.commit()
    return product


async def set_active(db: Database, product_id: uuid.UUID, active: bool, *, expected_version: int | None = None) -> LoanProduct:
    """Deactivate: no new applications (loans made under it run on). Activate: offered again."""
    async with db.uow() as uow:
        product = await load_product(uow.session, product_id, lock=True, expected_version=expected_version)
        if product.active == active:
            raise Conflict(f"the product is already {'active' if active else 'inactive'}", field="active")
        product.active = active
        product.version += 1
        product.updated_at = now()
        await uow.commit()
    return product


# --- eligibility ------------------------------------------------------------------------------

async def open_loan_count(session: AsyncSession, member_id: uuid.UUID) -> int:
    query = select(func.count()).select_from(Loan).where(Loan.member_id == member_id, Loan.status.in_(OPEN_LOAN_STATUSES))
    return await session.scalar(query) or 0


async def eligibility(session: AsyncSession, product: LoanProduct, member_id: uuid.UUID) -> list[tuple[str, str]]:
    """Why the member may not borrow under the product ([] = eligible), from lending's copies of
    the member, the group, her savings accounts and her training credentials (kept from members,
    savings and training events) and her open loans (applied, approved, active)."""
    member = await session.get(MemberCopy, member_id)
    group = await session.get(GroupCopy, member.group_id) if member is not None else None
    active = await open_loan_count(session, member_id)
    compulsory = (await session.scalars(select(SavingsCopy.balance).where(
        SavingsCopy.member_id == member_id, SavingsCopy.kind == "compulsory", SavingsCopy.status != "closed"))).all()
    facts: dict[str, Any] = {"compulsory_savings": sum(compulsory)} if compulsory else {}
    facts["trainings"] = set((await session.scalars(select(CredentialCopy.programme_code).where(
        CredentialCopy.member_id == member_id, CredentialCopy.status == "issued"))).all())
    return rules.check(product.eligibility, member, group, active, facts=facts)
