"""Partners' endpoints: registering one (its URL and the event types it may see), listing, deleting,
rotating its secret. A partner sees only its own endpoints (another's is 404, not 403: nothing is
said about what exists); admins see and manage all. Non-admin staff have no business here."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import func, select, update

from palli_common.clock import now as clock
from palli_common.db import Database
from palli_common.errors import Conflict, FieldErrors, Forbidden, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.pagination import PageParams
from palli_webhooks.adapters.secrets import SecretBox
from palli_webhooks.adapters.tables import WebhookDelivery, WebhookEndpoint
from palli_webhooks.domain import catalogue
from palli_webhooks.domain.signing import new_secret
from palli_webhooks.settings import WebhooksSettings

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def owner_of(who: Identity) -> tuple[str, str]:
    """(owner, kind): a partner's client id, or a staff member's subject."""
    if who.kind == "partner":
        return who.partner or who.subject, "partner"
    return who.subject, "staff"


def require_manager(who: Identity, *, read: bool = False) -> None:
    """Partners manage their own endpoints; staff need admin (or auditor, to read)."""
    if who.kind == "partner":
        return
    allowed = {"admin", "auditor"} if read else {"admin"}
    if not who.roles & allowed:
        raise Forbidden("webhook endpoints are managed by partners and admins")


def check_url(url: str, settings: WebhooksSettings) -> str:
    """An https URL on a public host; http only to this machine when WEBHOOKS_ALLOW_LOCAL_HTTP is on.
    Literal private, link-local and reserved addresses are refused: a partner's endpoint must not
    make this service call into the platform's own network."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises on a port that is not a number in range
    except ValueError as exc:
        raise ValidationFailed(f"url is not a valid URL: {exc}", field="url") from exc
    if parts.scheme not in ("https", "http") or not host:
        raise ValidationFailed("url must be an https:// URL with a host", field="url")
    if parts.username or parts.password:
        raise ValidationFailed("url must not carry a user name or password", field="url")
    if parts.fragment:
        raise ValidationFailed("url must not have a #fragment", field="url")
    local = host in LOCAL_HOSTS
    if parts.scheme == "http" and not (local and settings.allow_local_http):
        raise ValidationFailed("url must be https (plain http is allowed only to localhost in development)", field="url")
    if local:
        if not settings.allow_local_http:
            raise ValidationFailed("url must be on a public host, not this machine", field="url")
        return url
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if host.endswith((".localhost", ".local", ".internal")) or "." not in host:
            raise ValidationFailed("url must be on a public host", field="url") from None
        return url
    if not address.is_global:
        raise ValidationFailed("url must not be a private, loopback, link-local or reserved address", field="url")
    return url


def check_event_types(requested: Sequence[str], who: Identity) -> list[str]:
    """The subscription's entries, each a catalogue type or family the caller may see; 422 naming
    `event_types.<i>` for an unknown one, 403 naming it for one outside the partner's scopes."""
    kept: list[str] = []
    with FieldErrors() as check:
        for i, entry in enumerate(requested):
            check(_known, entry, i)
    for i, entry in enumerate(requested):
        if who.kind == "partner":
            lacking = [t for t in catalogue.expand(entry) if not catalogue.allowed(t, who.scopes)]
            if lacking:
                needed = sorted({s for t in lacking for s in catalogue.EVENT_TYPES[t]})
                error = Forbidden(f"event_types.{i}: {entry} needs scope {' or '.join(needed)}", field=f"event_types.{i}",
                                  extra={"required_scopes": needed})
                raise error
        if entry not in kept:
            kept.append(entry)
    return kept


def _known(entry: str, i: int) -> None:
    if not catalogue.expand(entry):
        raise ValidationFailed(f"event_types.{i}: {entry!r} is not an event type partners can subscribe to "
                               "(GET /v1/webhooks/event-types lists them)", field=f"event_types.{i}")


async def refresh_scope(db: Database, who: Identity) -> None:
    """Keep a partner's endpoints on the scopes and branches its latest token says (the gateway may
    have changed them): fan-out filters with these."""
    if who.kind != "partner":
        return
    owner, _ = owner_of(who)
    scopes = sorted(who.scopes)
    branches = None if who.branch_ids is None else sorted(str(b) for b in who.branch_ids)
    async with db.uow() as uow:
        rows = (await uow.session.scalars(
            select(WebhookEndpoint).where(WebhookEndpoint.owner == owner, WebhookEndpoint.status == "active"))).all()
        changed = False
        for row in rows:
            if row.scopes != scopes or row.branch_ids != branches:
                row.scopes, row.branch_ids, row.updated_at, changed = scopes, branches, clock(), True
        if changed:
            await uow.commit()


async def create_endpoint(db: Database, who: Identity, settings: WebhooksSettings, box: SecretBox, *, url: str,
                          event_types: list[str], description: str | None) -> tuple[WebhookEndpoint, str]:
    require_manager(who)
    url = check_url(url, settings)
    kept = check_event_types(event_types, who)
    owner, kind = owner_of(who)
    await refresh_scope(db, who)
    secret, at = new_secret(), clock()
    async with db.uow() as uow:
        count = await uow.session.scalar(select(func.count()).select_from(WebhookEndpoint).where(
            WebhookEndpoint.owner == owner, WebhookEndpoint.status == "active"))
        if count >= settings.max_endpoints_per_owner:
            raise Conflict(f"at most {settings.max_endpoints_per_owner} endpoints per partner; delete one first")
        endpoint = WebhookEndpoint(
            id=uuid7(), owner=owner, owner_kind=kind, url=url, description=description, event_types=kept,
            scopes=sorted(who.scopes), branch_ids=None if who.branch_ids is None else sorted(str(b) for b in who.branch_ids),
            status="active", secret=box.seal(secret), created_by=who.subject, created_at=at, updated_at=at,
        )
        uow.session.add(endpoint)
        await uow.commit()
    return endpoint, secret


async def get_endpoint(db: Database, who: Identity, endpoint_id: uuid.UUID, *, read: bool = True,
                       include_deleted: bool = True) -> WebhookEndpoint:
    require_manager(who, read=read)
    async with db.sessions() as s:
        endpoint = await s.get(WebhookEndpoint, endpoint_id)
    return _visible(endpoint, who, endpoint_id, include_deleted=include_deleted)


def _visible(endpoint: WebhookEndpoint | None, who: Identity, endpoint_id: uuid.UUID, *, include_deleted: bool) -> WebhookEndpoint:
    if endpoint is None or (who.kind == "partner" and endpoint.owner != owner_of(who)[0]):
        raise NotFound(f"no webhook endpoint {endpoint_id}")
    if not include_deleted and endpoint.status != "active":
        raise NotFound(f"webhook endpoint {endpoint_id} was deleted")
    return endpoint


async def list_endpoints(db: Database, who: Identity, page: PageParams, *, owner: str | None,
                         include_deleted: bool) -> list[WebhookEndpoint]:
    require_manager(who, read=True)
    await refresh_scope(db, who)
    query = select(WebhookEndpoint)
    if who.kind == "partner":
        query = query.where(WebhookEndpoint.owner == owner_of(who)[0])
    elif owner is not None:
        query = query.where(WebhookEndpoint.owner == owner)
    if not include_deleted:
        query = query.where(WebhookEndpoint.status == "active")
    if page.after:
        query = query.where(WebhookEndpoint.id < _uuid(page.after[0]))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(WebhookEndpoint.id.desc()).limit(page.limit + 1))).all())


def _uuid(value: object) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from exc


async def delete_endpoint(db: Database, who: Identity, endpoint_id: uuid.UUID) -> None:
    """Deleted for good: nothing more is queued for it and what was waiting is cancelled. Its log stays."""
    require_manager(who)
    at = clock()
    async with db.uow() as uow:
        endpoint = (await uow.session.scalars(
            select(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id).with_for_update())).first()
        endpoint = _visible(endpoint, who, endpoint_id, include_deleted=False)
        endpoint.status, endpoint.deleted_at, endpoint.updated_at = "deleted", at, at
        await uow.session.execute(
            update(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id, WebhookDelivery.state.in_(("pending", "sending")))
            .values(state="cancelled", next_attempt_at=None, sending_until=None, last_error="the endpoint was deleted"))
        await uow.commit()


async def rotate_secret(db: Database, who: Identity, settings: WebhooksSettings, box: SecretBox,
                        endpoint_id: uuid.UUID) -> tuple[WebhookEndpoint, str]:
    """A new secret, returned once. The one it replaces keeps signing beside it (two v1 signatures)
    for the grace period, so the partner can deploy the new one without missing a delivery. Rotating
    again within the grace period drops the oldest at once: at most two secrets sign."""
    require_manager(who)
    await refresh_scope(db, who)
    secret, at = new_secret(), clock()
    async with db.uow() as uow:
        endpoint = (await uow.session.scalars(
            select(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id).with_for_update())).first()
        endpoint = _visible(endpoint, who, endpoint_id, include_deleted=False)
        if settings.secret_grace_seconds > 0:
            endpoint.previous_secret = endpoint.secret
            endpoint.previous_secret_expires_at = at + timedelta(seconds=settings.secret_grace_seconds)
        else:
            endpoint.previous_secret, endpoint.previous_secret_expires_at = None, None
        endpoint.secret, endpoint.secret_rotated_at, endpoint.updated_at = box.seal(secret), at, at
        await uow.commit()
    return endpoint, secret


def live_secrets(endpoint: WebhookEndpoint, box: SecretBox, at: datetime) -> list[str]:
    """The secrets that sign a delivery sent at `at`: the current one, then the previous one in its grace period."""
    out = [box.open(endpoint.secret)]
    if endpoint.previous_secret and endpoint.previous_secret_expires_at and endpoint.previous_secret_expires_at > at:
        out.append(box.open(endpoint.previous_secret))
    return out
