"""What the running gateway owns; routes reach it as `request.app.state.gateway`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from palli_common.db import Database
from palli_common.errors import Unauthorized
from palli_common.identity import Identity
from palli_gateway.audit import AuditWriter
from palli_gateway.auth.grants import Grants
from palli_gateway.auth.keys import KeyRing
from palli_gateway.auth.passwords import Passwords
from palli_gateway.auth.revocations import Revocations
from palli_gateway.auth.tokens import Tokens
from palli_gateway.idempotency import IdempotencyStore
from palli_gateway.openapi import OpenAPICatalog
from palli_gateway.proxy import Proxy
from palli_gateway.ratelimit import RateLimiter
from palli_gateway.settings import GatewaySettings


@dataclass
class Gateway:
    settings: GatewaySettings
    db: Database
    keys: KeyRing
    tokens: Tokens
    passwords: Passwords
    revocations: Revocations
    grants: Grants
    limiter: RateLimiter
    idempotency: IdempotencyStore
    audit: AuditWriter
    proxy: Proxy
    catalog: OpenAPICatalog


def gateway(request: Request) -> Gateway:
    return request.app.state.gateway


def caller(request: Request) -> Identity:
    identity = getattr(request.state, "identity", None)
    if identity is None:  # FrontDoor admits every route that needs one; this guards against a route missing from the table
        raise Unauthorized("no identity")
    return identity


GatewayDep = Annotated[Gateway, Depends(gateway)]
Caller = Annotated[Identity, Depends(caller)]
