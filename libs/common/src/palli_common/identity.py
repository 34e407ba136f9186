"""Who is calling: the gateway's internal identity token, verified by every service.

The gateway authenticates staff and partners, then forwards each request with a short-lived
ES256 token (audience `palli-internal`) in `Authorization: Bearer`. Services verify it against
the gateway's public keys (`INTERNAL_JWKS`: a URL such as the gateway's
`/.well-known/jwks.json`, or a JWKS file) and answer 401 without it, so a request that goes
around the gateway gets nothing. Branch scope is the owning service's job: `Identity.check_branch`.

The gateway reuses one token per identity for part of its life, so services keep what they
verified (`TokenCache`) instead of checking the same ES256 signature on every request.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Hashable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

import httpx
import jwt
import structlog
from fastapi import Depends, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from palli_common.errors import Forbidden, Unauthorized
from palli_common.problems import problem

INTERNAL_AUDIENCE = "palli-internal"
ISSUER = "palli-gateway"
ALGORITHM = "ES256"  # the only algorithm accepted; `none`, HS256 and others are refused
INTERNAL_TOKEN_SECONDS = 60
LEEWAY_SECONDS = 5  # clock skew between the gateway and a service

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Identity:
    subject: str  # staff user id, or the partner's client id
    kind: str  # "staff" or "partner"
    roles: frozenset[str]
    scopes: frozenset[str]
    branch_ids: frozenset[uuid.UUID] | None  # None: every branch (head office staff, auditors)
    partner: str | None = None  # client id when a partner organisation calls
    username: str | None = None
    request_id: str | None = None

    @property
    def all_branches(self) -> bool:
        return self.branch_ids is None

    def sees_branch(self, branch_id: uuid.UUID | None) -> bool:
        return self.branch_ids is None or branch_id in self.branch_ids

    def check_branch(self, branch_id: uuid.UUID | None, what: str = "this record") -> None:
        if not self.sees_branch(branch_id):
            raise Forbidden(f"{what} belongs to a branch outside your scope", extra={"branch_id": str(branch_id)})

    def claims(self) -> dict[str, Any]:
        return {
            "sub": self.subject,
            "kind": self.kind,
            "roles": sorted(self.roles),
            "scope": " ".join(sorted(self.scopes)),
            "branches": None if self.branch_ids is None else sorted(str(b) for b in self.branch_ids),
            "partner": self.partner,
            "username": self.username,
            "rid": self.request_id,
        }

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> "Identity":
        try:
            branches = claims.get("branches")
            return cls(
                subject=str(claims["sub"]),
                kind=str(claims["kind"]),
                roles=frozenset(claims.get("roles") or ()),
                scopes=frozenset((claims.get("scope") or "").split()),
                branch_ids=None if branches is None else frozenset(uuid.UUID(b) for b in branches),
                partner=claims.get("partner"),
                username=claims.get("username"),
                request_id=claims.get("rid"),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise Unauthorized("the identity token's claims are malformed") from exc


def sign_internal_token(identity: Identity, private_key: Any, kid: str, *, lifetime: int = INTERNAL_TOKEN_SECONDS) -> str:
    now = int(time.time())
    claims = {**identity.claims(), "iss": ISSUER, "aud": INTERNAL_AUDIENCE, "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, private_key, algorithm=ALGORITHM, headers={"kid": kid})


T = TypeVar("T")


class TokenCache(Generic[T]):
    """What was learnt from a token (its verified claims, or a token signed for an identity), kept
    until `expires` (epoch seconds) and at most `size` entries, so a flood of distinct tokens
    cannot grow it without bound."""

    def __init__(self, size: int = 10_000):
        self.size = size
        self._entries: dict[Hashable, tuple[float, T]] = {}

    def get(self, key: Hashable) -> T | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry[0] <= time.time():
            self._entries.pop(key, None)
            return None
        return entry[1]

    def put(self, key: Hashable, value: T, *, expires: float) -> None:
        if len(self._entries) >= self.size:
            now = time.time()
            self._entries = {k: e for k, e in self._entries.items() if e[0] > now}
            for stale in list(islice(self._entries, max(0, len(self._entries) - self.size // 2))):
                del self._entries[stale]  # still full of live entries: the oldest half goes
        self._entries[key] = (expires, value)

    def __len__(self) -> int:
        return len(self._entries)


class KeySet:
    """The gateway's public keys, loaded from a URL or a file and reloaded when an unknown `kid`
    arrives (key rotation needs no restart); reloads are at most one per `min_reload_seconds`,
    so tokens with made-up kids cannot hammer the gateway."""

    def __init__(self, source: str, *, min_reload_seconds: float = 5.0, max_age_seconds: float = 300.0):
        self.source = source
        self.min_reload_seconds = min_reload_seconds
        self.max_age_seconds = max_age_seconds  # a key withdrawn from the JWKS stops verifying within this
        self._keys: dict[str, Any] = {}
        self._loaded_at = float("-inf")
        self._lock = asyncio.Lock()

    async def _fetch(self) -> dict[str, Any]:
        if self.source.startswith(("http://", "https://")):
            async with httpx.AsyncClient(timeout=5.0) as client:
                response = await client.get(self.source)
                response.raise_for_status()
                return response.json()
        return json.loads(await asyncio.to_thread(Path(self.source).read_text))

    async def _reload(self) -> None:
        async with self._lock:
            if time.monotonic() - self._loaded_at < self.min_reload_seconds:
                return
            self._loaded_at = time.monotonic()
            try:
                document = await self._fetch()
                keys = jwt.PyJWKSet.from_dict(document).keys
            except Exception as exc:  # noqa: BLE001 - an unreachable key source must give 401, not 500
                log.warning("internal_jwks_unavailable", source=self.source, error=str(exc))
                return
            self._keys = {k.key_id: k.key for k in keys if k.key_id and k.algorithm_name == ALGORITHM}

    async def key(self, kid: str) -> Any:
        if kid not in self._keys or time.monotonic() - self._loaded_at > self.max_age_seconds:
            await self._reload()
        if kid not in self._keys:
            raise Unauthorized("the identity token is signed by an unknown key")
        return self._keys[kid]


class InternalTokenVerifier:
    def __init__(self, keys: KeySet, *, audience: str = INTERNAL_AUDIENCE, cache_size: int = 4096):
        self.keys = keys
        self.audience = audience
        self._verified: TokenCache[dict[str, Any]] = TokenCache(cache_size)
        self._identities: TokenCache[Identity] = TokenCache(cache_size)

    @staticmethod
    def _keep_until(claims: dict[str, Any]) -> float:
        # until it expires, and never longer than a gateway token lives, so a key withdrawn from
        # the JWKS stops a longer-lived token within that (the key set itself reloads within max_age)
        return min(claims["exp"] + LEEWAY_SECONDS, time.time() + INTERNAL_TOKEN_SECONDS)

    async def verify(self, token: str) -> dict[str, Any]:
        """The token's claims (do not change them: they are shared with later requests carrying it)."""
        if (claims := self._verified.get(token)) is not None:
            return claims
        claims = await self._decode(token)
        self._verified.put(token, claims, expires=self._keep_until(claims))
        return claims

    async def identity(self, token: str) -> Identity:
        """Who the token names: `Identity.from_claims(await self.verify(token))`, kept as long."""
        if (who := self._identities.get(token)) is not None:
            return who
        claims = await self.verify(token)
        who = Identity.from_claims(claims)
        self._identities.put(token, who, expires=self._keep_until(claims))
        return who

    async def _decode(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as exc:
            raise Unauthorized("the bearer token is not a valid JWT") from exc
        if header.get("alg") != ALGORITHM or not isinstance(header.get("kid"), str):
            raise Unauthorized(f"only {ALGORITHM} tokens with a kid are accepted")
        key = await self.keys.key(header["kid"])
        try:
            return jwt.decode(
                token, key, algorithms=[ALGORITHM], audience=self.audience, issuer=ISSUER, leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "iat", "sub", "aud", "iss"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("the bearer token has expired") from exc
        except jwt.InvalidTokenError as exc:
            raise Unauthorized(f"the bearer token was refused: {exc}") from exc


def acting_for(subject: str) -> Identity:
    """Who an event handler acts as when it moves money or records a fact: the event's actor (or
    the source service), with no roles and every branch (the event was authorised where it began)."""
    return Identity(subject=subject, kind="staff", roles=frozenset(), scopes=frozenset(), branch_ids=None)


def bearer_token(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("this service is reached through the gateway; no identity token was sent")
    return token.strip()


# /metrics: scraped from inside the network (the gateway does not route it)
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"})


class RequireIdentity:
    """Verifies the internal token before routing, so a caller without one gets 401 whatever it
    sends (a route dependency would run only after FastAPI had parsed, and 422'd, a bad body)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        try:
            verifier: InternalTokenVerifier = scope["app"].state.identity_verifier
            identity = await verifier.identity(bearer_token(request))
        except Unauthorized as exc:
            response = problem(401, exc.title, exc.detail, slug=exc.type_slug, instance=scope["path"])
            response.headers["WWW-Authenticate"] = 'Bearer realm="palli-internal"'
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["identity"] = identity
        with structlog.contextvars.bound_contextvars(subject=identity.subject):
            await self.app(scope, receive, send)


async def authenticate(request: Request) -> Identity:
    """Route dependency: the identity RequireIdentity verified (create_service_app installs both)."""
    identity = getattr(request.state, "identity", None)
    if identity is None:
        raise Unauthorized("this service is reached through the gateway; no identity token was sent")
    return identity


CurrentIdentity = Annotated[Identity, Depends(authenticate)]


def in_branches(query: Any, column: Any, who: Identity, requested: uuid.UUID | None = None) -> Any:
    """A list query limited in SQL to the caller's branches (so cursor pages hold only what the
    caller may see), and to `requested`, a branch filter the caller gave: 403 if outside the scope."""
    if requested is not None:
        who.check_branch(requested, f"branch {requested}")
        query = query.where(column == requested)
    if who.branch_ids is not None:
        query = query.where(column.in_(sorted(who.branch_ids)))
    return query
