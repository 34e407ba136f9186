"""The checks every request passes before it reaches a route, in order: the permission table
(404/405 for routes it does not list), rate limits (429), the bearer token (401), the caller's
role or scope (403), the body size (413) and `Idempotency-Key` (replay, 409, 422); then one
audit row. Paths outside /v1 (docs, health, JWKS) pass straight through. The gateway's own /v1
routes go on to its FastAPI app; every other /v1 route to `proxied`, an ASGI app that forwards
it to its service, so a proxied request never pays for FastAPI's routing, Request and Response."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from opentelemetry import trace
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from palli_common import context
from palli_common.errors import DomainError, Forbidden, NotFound, Unauthorized
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.metrics import ROUTE_KEY
from palli_common.problems import domain_problem
from palli_gateway import permissions
from palli_gateway.audit import AuditWriter
from palli_gateway.auth.revocations import Revocations
from palli_gateway.auth.tokens import Tokens
from palli_gateway.idempotency import IdempotencyStore, StoredResponse, fingerprint, validate_key
from palli_gateway.proxy import BodyTooLarge
from palli_gateway.ratelimit import RateLimiter

TOKEN_PATH = "/v1/auth/token"
OWN_PREFIXES = ("/v1/auth/", "/v1/audit")  # served by the gateway itself, not proxied


class MethodNotAllowed(DomainError):
    status = 405
    title = "Method not allowed"
    type_slug = "method-not-allowed"


@dataclass
class Guards:
    tokens: Tokens
    revocations: Revocations
    limiter: RateLimiter
    idempotency: IdempotencyStore
    audit: AuditWriter
    max_body_bytes: int


def _header(scope: Scope, name: bytes) -> str | None:
    return next((v.decode("latin-1") for k, v in scope["headers"] if k == name), None)


def _bearer(scope: Scope) -> str:
    scheme, _, token = (_header(scope, b"authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        exc = Unauthorized("send an access token from POST /v1/auth/token as `Authorization: Bearer <token>`")
        exc.headers = {"WWW-Authenticate": 'Bearer realm="palli"'}
        raise exc
    return token.strip()


async def _buffered(receive: Receive) -> Receive:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return receive
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

    return replay


class FrontDoor:
    def __init__(self, app: ASGIApp, guards: Guards, proxied: ASGIApp):
        self.app = app
        self.proxied = proxied
        self.g = guards

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        own = path.startswith(OWN_PREFIXES) or not path.startswith("/v1/")  # the JWKS, for one
        if method == "OPTIONS" and own:  # CORS answered preflights already; a proxied path's OPTIONS is a 405
            await self.app(scope, receive, send)
            return
        rule, path_known = permissions.match(method, path)
        if rule is None and not path.startswith("/v1/"):
            await self.app(scope, receive, send)  # docs, openapi.json, health
            return
        started = time.perf_counter()
        if rule is not None:
            scope[ROUTE_KEY] = rule.path  # /metrics labels a proxied request by the table's template too
        if rule is not None and (span := trace.get_current_span()).is_recording():
            span.update_name(f"{method} {rule.path}")  # the permission table's template, not /v1/{path}
            span.set_attribute("http.route", rule.path)
        status = {"code": 500}
        identity: Identity | None = None

        async def send_tracking(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            if rule is None:
                raise MethodNotAllowed(f"{method} is not allowed on {path}") if path_known else NotFound(f"no route {path}")
            identity = await self._admit(scope, rule)
            receive = self._limit_body(scope, receive)
            if own and _header(scope, b"content-length") is None:
                # the gateway's own routes parse bodies with FastAPI, which would turn an overflow into a 400
                receive = await _buffered(receive)
            target = self.app if own else self.proxied
            key = _header(scope, b"idempotency-key")
            if method == "POST" and key is not None and rule.idempotent and identity is not None:
                await self._idempotent(target, scope, receive, send_tracking, identity, key)
            else:
                await target(scope, receive, send_tracking)
        except DomainError as exc:
            await self._problem(scope, receive, send_tracking, exc)
        finally:
            if rule is not None:
                self._audit(scope, rule, scope.get("state", {}).get("identity"), status["code"], started)

    async def _admit(self, scope: Scope, rule: permissions.Rule) -> Identity | None:
        address = (scope.get("client") or ("unknown", 0))[0]
        if rule.public:
            await self.g.limiter.check(address=address, principal=None, token_endpoint=rule.path == TOKEN_PATH)
            return None
        try:
            claims, identity = await self.g.tokens.verify(_bearer(scope))
            if await self.g.revocations.is_revoked(claims):  # every time: a verified token is cached, its revocation is not
                exc = Unauthorized("this access token was revoked (signed out or account disabled)")
                exc.headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
                raise exc
        except Unauthorized:
            await self.g.limiter.check(address=address, principal=None)  # bad tokens count against the address
            raise
        state = scope.setdefault("state", {})
        state["identity"], state["claims"] = identity, claims  # set before the checks below, so refusals are audited by name
        await self.g.limiter.check(address=address, principal=identity.subject)
        if not rule.allows(identity.kind, identity.roles, identity.scopes):
            who = f"scopes {' '.join(sorted(identity.scopes)) or '(none)'}" if identity.kind == "partner" else f"roles {', '.join(sorted(identity.roles))}"
            raise Forbidden(f"{rule.method} {rule.path} is not allowed for {who}")
        return identity

    def _limit_body(self, scope: Scope, receive: Receive) -> Receive:
        limit = self.g.max_body_bytes
        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            raise BodyTooLarge(f"the request body is over the limit of {limit} bytes")
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(f"the request body is over the limit of {limit} bytes")
            return message

        return counted

    async def _idempotent(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send, identity: Identity, raw_key: str) -> None:
        """Stripe's semantics: the same key and body replay the first response for 24 hours."""
        key = validate_key(raw_key)
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        principal = identity.subject
        stored = await self.g.idempotency.begin(principal, key, fingerprint(scope["method"], scope["path"], scope["query_string"], body))
        if stored is not None:
            headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in stored.headers] + [(b"idempotent-replayed", b"true")]
            await send({"type": "http.response.start", "status": stored.status_code, "headers": headers})
            await send({"type": "http.response.body", "body": stored.body})
            return

        sent = False

        async def replay_body() -> Message:
            nonlocal sent
            if sent:
                return await receive()  # waits for the disconnect, as a real receive would
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        start: dict = {}
        out: list[bytes] = []
        settled = False

        async def settle() -> None:
            """Store (or release) the key before the client sees the end of the response, so a
            retry that follows it is always answered from the store."""
            nonlocal settled
            settled = True
            code = start.get("status", 500)
            # Only a success is the key's answer, as in the services (they keep a key only beside a 2xx
            # effect). A refusal changed nothing, so a retry with the same key runs again and may pass
            # once its cause is gone (a member savings has not heard of yet, a twin still in progress
            # with Retry-After); kept, it would be replayed for the key's whole lifetime. Safe after a
            # 502/504 too only because money routes keep the key with their effect (the service replays
            # a committed request instead of acting again): this store is a cache, not the truth.
            if not 200 <= code < 300:
                await self.g.idempotency.release(principal, key)
                return
            skip = (b"x-request-id", b"date", b"server")
            keep = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", []) if k.lower() not in skip]
            await self.g.idempotency.complete(principal, key, StoredResponse(status_code=code, headers=keep, body=b"".join(out)))

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                out.append(message.get("body", b""))
                if not message.get("more_body"):
                    await settle()
            await send(message)

        try:
            await app(scope, replay_body, capture)
        except BaseException:
            if not settled:
                await self.g.idempotency.release(principal, key)
            raise
        if not settled:
            await settle()

    async def _problem(self, scope: Scope, receive: Receive, send: Send, exc: DomainError) -> None:
        await domain_problem(exc, scope["path"])(scope, receive, send)

    def _audit(self, scope: Scope, rule: permissions.Rule, identity: Identity | None, status: int, started: float) -> None:
        state = scope.get("state", {})  # the token route names who tried to sign in
        self.g.audit.record({  # the audit_log table's columns
            "id": uuid7(), "at": datetime.now(UTC), "subject": identity.subject if identity else state.get("audit_subject"),
            "username": identity.username if identity else state.get("audit_username"),
            "client_id": identity.partner if identity else state.get("audit_client"),
            "method": scope["method"], "route": rule.path, "path": scope["path"][:500], "status": status,
            "request_id": context.correlation_id.get() or "", "address": (scope.get("client") or (None, 0))[0],
            "duration_ms": round((time.perf_counter() - started) * 1000, 3),
        })
