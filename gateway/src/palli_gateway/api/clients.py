"""Partner organisations' OAuth2 clients, managed by admins (auditors read). Secrets are shown
once and stored as hashes; rotation adds a secret and lets the old ones run out, so a partner
switches without downtime."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Response, status
from sqlalchemy import delete, select, update

from palli_common.concurrency import IfMatch, check_version, set_etag
from palli_common.errors import NotFound
from palli_common.pagination import Page, PageQuery, make_page
from palli_gateway.api.schemas import ClientCreate, ClientOut, ClientUpdate, ClientWithSecret, NewSecretOut, SecretOut, SecretRotate
from palli_gateway.auth.grants import new_client_secret, sha256
from palli_gateway.runtime import Caller, GatewayDep
from palli_gateway.tables import Client, ClientSecret

router = APIRouter(prefix="/v1/auth/clients", tags=["administration"])


async def _secrets(session, client_ids: list[str]) -> dict[str, list[ClientSecret]]:  # noqa: ANN001
    rows = (await session.execute(select(ClientSecret).where(ClientSecret.client_id.in_(client_ids)).order_by(ClientSecret.created_at))).scalars()
    out: dict[str, list[ClientSecret]] = {}
    for row in rows:
        out.setdefault(row.client_id, []).append(row)
    return out


def client_out(client: Client, secret_rows: list[ClientSecret]) -> ClientOut:
    now = datetime.now(UTC)
    live = [SecretOut.model_validate(s.model_dump()) for s in secret_rows if s.expires_at is None or s.expires_at > now]
    return ClientOut(client_id=client.id, secrets=live, **client.model_dump(exclude={"id"}))


async def _get(session, client_id: str, *, lock: bool = False) -> Client:  # noqa: ANN001
    query = select(Client).where(Client.id == client_id)
    client = (await session.execute(query.with_for_update() if lock else query)).scalar_one_or_none()
    if client is None:
        raise NotFound(f"no client {client_id}")
    return client


def _secret_row(client_id: str, value: str) -> ClientSecret:
    return ClientSecret(id=uuid.uuid4(), client_id=client_id, secret_hash=sha256(value), hint=value[-4:], created_at=datetime.now(UTC))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ClientWithSecret, summary="Register a partner client (the secret is shown once)")
async def create_client(body: ClientCreate, gw: GatewayDep, _: Caller, response: Response):
    now = datetime.now(UTC)
    client = Client(
        id="pc_" + secrets.token_hex(8), name=body.name, scopes=body.scopes,
        branch_ids=None if body.branch_ids is None else sorted({str(b) for b in body.branch_ids}), created_at=now, updated_at=now,
    )
    value = new_client_secret()
    row = _secret_row(client.id, value)
    async with gw.db.sessions() as session:
        session.add(client)
        await session.flush()
        session.add(row)
        await session.commit()
    response.headers["Cache-Control"] = "no-store"
    set_etag(response, client.version)
    return ClientWithSecret(client_secret=value, **client_out(client, [row]).model_dump())


@router.get("", response_model=Page[ClientOut], summary="List partner clients")
async def list_clients(gw: GatewayDep, _: Caller, page: PageQuery, active: bool | None = None):
    query = select(Client).order_by(Client.id).limit(page.limit + 1)
    if page.after:
        query = query.where(Client.id > str(page.after[0]))
    if active is not None:
        query = query.where(Client.active.is_(active))
    async with gw.db.sessions() as session:
        rows = list((await session.execute(query)).scalars())
        by_client = await _secrets(session, [c.id for c in rows])
    return make_page(rows, page, lambda c: [c.id], lambda c: client_out(c, by_client.get(c.id, [])))


@router.get("/{client_id}", response_model=ClientOut, summary="A partner client and its live secrets (hints only)")
async def get_client(client_id: str, gw: GatewayDep, _: Caller, response: Response):
    async with gw.db.sessions() as session:
        client = await _get(session, client_id)
        rows = (await _secrets(session, [client.id])).get(client.id, [])
    set_etag(response, client.version)
    return client_out(client, rows)


@router.patch("/{client_id}", response_model=ClientOut, summary="Change name, scopes or branches; disable or enable")
async def update_client(client_id: str, body: ClientUpdate, gw: GatewayDep, _: Caller, if_match: IfMatch, response: Response):
    changes = body.model_dump(exclude_unset=True)
    if changes.pop("all_branches", None):
        changes["branch_ids"] = None
    elif changes.get("branch_ids") is not None:
        changes["branch_ids"] = sorted({str(b) for b in changes["branch_ids"]})
    async with gw.db.sessions() as session:
        client = await _get(session, client_id, lock=True)
        check_version(client.version, if_match)
        for name, value in changes.items():
            setattr(client, name, value)
        client.version += 1
        client.updated_at = datetime.now(UTC)
        if changes:  # issued tokens carry scopes and branches: they must not outlive the change
            await gw.revocations.revoke(session, f"sub:{client.id}")
        await session.commit()
        rows = (await _secrets(session, [client.id])).get(client.id, [])
    set_etag(response, client.version)
    return client_out(client, rows)


@router.post("/{client_id}/secrets", status_code=status.HTTP_201_CREATED, response_model=NewSecretOut,
             summary="Rotate: add a new secret; the current ones keep working for `previous_valid_hours`")
async def rotate_secret(client_id: str, gw: GatewayDep, _: Caller, response: Response, body: SecretRotate | None = None):
    body = body or SecretRotate()
    now = datetime.now(UTC)
    until = now + timedelta(hours=body.previous_valid_hours)
    value = new_client_secret()
    async with gw.db.sessions() as session:
        await _get(session, client_id, lock=True)
        await session.execute(
            update(ClientSecret).where(ClientSecret.client_id == client_id)
            .where((ClientSecret.expires_at.is_(None)) | (ClientSecret.expires_at > until)).values(expires_at=until)
        )
        row = _secret_row(client_id, value)
        session.add(row)
        await session.commit()
    response.headers["Cache-Control"] = "no-store"
    return NewSecretOut(client_id=client_id, secret_id=row.id, client_secret=value, previous_secrets_expire_at=until)


@router.delete("/{client_id}/secrets/{secret_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Revoke one secret now")
async def revoke_secret(client_id: str, secret_id: uuid.UUID, gw: GatewayDep, _: Caller) -> Response:
    async with gw.db.sessions() as session:
        await _get(session, client_id, lock=True)
        deleted = await session.execute(delete(ClientSecret).where(ClientSecret.client_id == client_id, ClientSecret.id == secret_id))
        if deleted.rowcount == 0:
            raise NotFound(f"client {client_id} has no secret {secret_id}")
        await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
