"""The audit log, for auditors and admins: who did what, newest first."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select, tuple_

from palli_common.errors import ValidationFailed
from palli_common.pagination import Page, PageQuery, make_page
from palli_gateway.api.schemas import AuditOut
from palli_gateway.runtime import Caller, GatewayDep
from palli_gateway.tables import AuditEntry

router = APIRouter(prefix="/v1/audit", tags=["administration"])


@router.get("", response_model=Page[AuditOut], summary="Search the audit log (newest first)")
async def search_audit(
    gw: GatewayDep, _: Caller, page: PageQuery,
    subject: str | None = None, username: str | None = None, client_id: str | None = None, route: str | None = None,
    method: str | None = None, status: Annotated[int | None, Query(ge=100, le=599)] = None, request_id: str | None = None,
    since: datetime | None = None, until: datetime | None = None,
):
    await gw.audit.flush()  # what just happened is visible at once
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(page.limit + 1)
    if page.after:
        try:
            after = (datetime.fromisoformat(page.after[0]), uuid.UUID(page.after[1]))
        except (ValueError, TypeError, IndexError) as exc:
            raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc
        query = query.where(tuple_(AuditEntry.at, AuditEntry.id) < after)
    filters = {"subject": subject, "username": username and username.lower(), "client_id": client_id, "route": route,
               "method": method and method.upper(), "status": status, "request_id": request_id}
    for name, value in filters.items():
        if value is not None:
            query = query.where(getattr(AuditEntry, name) == value)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    async with gw.db.sessions() as session:
        rows = list((await session.execute(query)).scalars())
    return make_page(rows, page, lambda a: [a.at.isoformat(), str(a.id)], lambda a: AuditOut.model_validate(a.model_dump()))
