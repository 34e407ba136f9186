"""Reverse proxy from the gateway to the services: one pooled HTTP client, streamed bodies both ways.

Upstream failures become DomainErrors so the app's problem handler answers them as problem+json:
a service that cannot be reached is a 502 at once, one that stops answering in time is a 504.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import quote

import anyio
import httpx
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from palli_common.errors import DomainError
from palli_gateway.settings import Upstream

log = logging.getLogger("palli.gateway.proxy")

RawHeaders = list[tuple[bytes, bytes]]

# RFC 9110 7.6.1: these describe one connection, not the message, so they never cross the proxy.
HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te", b"trailer", b"transfer-encoding", b"upgrade"}
)
# The client's credentials are for the gateway (it sends its own Authorization); Host and framing are per hop;
# the X-Forwarded-* set is rebuilt below so a client cannot spoof it.
NOT_FORWARDED = frozenset(
    {b"host", b"content-length", b"authorization", b"cookie", b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host"}
)
# The gateway's own server adds Date and Server; passing the service's too would send them twice.
NOT_RETURNED = frozenset({b"date", b"server"})


class BodyTooLarge(DomainError):
    status = 413
    title = "Request body too large"
    type_slug = "body-too-large"


class BadGateway(DomainError):
    status = 502
    title = "Bad gateway"
    type_slug = "bad-gateway"


class GatewayTimeout(DomainError):
    status = 504
    title = "Gateway timeout"
    type_slug = "gateway-timeout"


def _refuse_declared(request: Request, limit: int) -> None:
    """Refuse before reading a byte when the client announces too much."""
    try:
        declared = int(request.headers.get("content-length", "0"))
    except ValueError:
        return  # the server rejects a malformed length; counting below still bounds the body
    if declared > limit:
        raise BodyTooLarge(f"the request body is {declared} bytes; the limit is {limit}")


async def _limited(chunks: AsyncIterator[bytes], limit: int) -> AsyncIterator[bytes]:
    """Pass chunks on until more than `limit` bytes arrive: a chunked body announces no length to check."""
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the request body exceeds the limit of {limit} bytes")
        yield chunk


async def read_body(request: Request, limit: int) -> bytes:
    """Buffer the request body, refusing it with 413 as soon as it is known to exceed `limit`."""
    _refuse_declared(request, limit)
    body = b"".join([chunk async for chunk in _limited(request.stream(), limit)])
    request._body = body  # as Starlette's own body() does, so later body()/stream() calls still see it
    return body


def _hop_by_hop(raw: RawHeaders) -> frozenset[bytes]:
    """The fixed hop-by-hop set plus every header the Connection header names."""
    named = {token.strip().lower() for name, value in raw if name.lower() == b"connection" for token in value.split(b",")}
    return HOP_BY_HOP | named


def _set(headers: RawHeaders, name: str, value: str) -> None:
    key = name.lower().encode("latin-1")
    headers[:] = [(k, v) for k, v in headers if k != key]
    headers.append((key, value.encode("latin-1")))


def _request_headers(request: Request, extra: dict[str, str]) -> RawHeaders:
    raw = [(k.lower(), v) for k, v in request.headers.raw]
    drop = _hop_by_hop(raw) | NOT_FORWARDED
    out = [(k, v) for k, v in raw if k not in drop]
    chain = [v.decode("latin-1") for k, v in raw if k == b"x-forwarded-for"]
    if request.client is not None:
        chain.append(request.client.host)
    if chain:
        _set(out, "x-forwarded-for", ", ".join(chain))
    _set(out, "x-forwarded-proto", request.url.scheme)
    if host := request.headers.get("host"):
        _set(out, "x-forwarded-host", host)
    for name, value in extra.items():
        _set(out, name, value)
    return out


def _response_headers(raw: RawHeaders) -> RawHeaders:
    raw = [(k.lower(), v) for k, v in raw]
    drop = _hop_by_hop(raw) | NOT_RETURNED
    if any(k == b"transfer-encoding" for k, _ in raw):
        drop |= {b"content-length"}  # chunked framing wins over a stray length (RFC 9112 6.3)
    return [(k, v) for k, v in raw if k not in drop]


def _upstream_error(exc: httpx.TransportError, upstream: Upstream) -> DomainError:
    # ConnectTimeout is a TimeoutException too, but a service that does not accept is down: 502, not 504.
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return BadGateway(f"the {upstream.service} service is unreachable")
    if isinstance(exc, httpx.TimeoutException):
        return GatewayTimeout(f"the {upstream.service} service did not answer within {upstream.timeout:g} seconds")
    return BadGateway(f"the {upstream.service} service gave no valid answer")


class _UpstreamResponse(StreamingResponse):
    """Streams the service's body as it arrives and always releases its pooled connection,
    whether the stream ends, fails or the client goes away (Starlette skips `background` on errors)."""

    def __init__(self, upstream: httpx.Response) -> None:
        super().__init__(upstream.aiter_raw(), status_code=upstream.status_code)
        self.raw_headers = _response_headers(upstream.headers.raw)  # a list, so repeated Set-Cookie survive
        self._upstream = upstream

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await self._upstream.aclose()


class Proxy:
    """Forwards requests to the upstream that owns their path prefix, through one shared connection pool."""

    def __init__(self, routes: list[Upstream], *, connect_timeout: float = 2.0, max_connections: int = 500) -> None:
        self._routes = sorted(routes, key=lambda r: len(r.prefix.rstrip("/")), reverse=True)  # longest first
        self.connect_timeout = connect_timeout
        self._client = httpx.AsyncClient(
            trust_env=False,  # no proxy or netrc from the environment between gateway and services
            follow_redirects=False,  # a redirect is the client's to follow
            limits=httpx.Limits(
                max_connections=max_connections,
                max_keepalive_connections=max_connections,
                keepalive_expiry=4.0,  # under uvicorn's 5 s keep-alive, so we never reuse a socket it is closing
            ),
            # Never keep one user's cookies in the shared client.
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    def match(self, path: str) -> Upstream | None:
        """The route with the longest prefix covering `path` on whole segments.

        A path with "." or ".." segments matches nothing: httpx would collapse them, so the service
        would get a different path from the one routed (and authorised) here.
        """
        if any(segment in (".", "..") for segment in path.split("/")):
            return None
        for route in self._routes:
            prefix = route.prefix.rstrip("/")
            if path == prefix or path.startswith(prefix + "/"):
                return route
        return None

    async def forward(
        self, request: Request, upstream: Upstream, *, headers: dict[str, str], body: bytes | None = None, max_body: int
    ) -> Response:
        """Send `request` to `upstream` and stream its answer back.

        `headers` are set on the upstream request over the client's own. `body`, when given, is sent
        as is (already read with `read_body`); otherwise the client's body is streamed, at most `max_body` bytes.
        The returned response holds a pooled connection until it is sent: return it.
        """
        base = httpx.URL(upstream.url)
        # The exact bytes the client sent, so percent-encoding (%2F, %20, +) reaches the service unchanged.
        target = request.scope.get("raw_path") or quote(request.scope["path"]).encode("ascii")
        if query := request.scope.get("query_string", b""):
            target += b"?" + query
        url = base.copy_with(raw_path=base.raw_path.rstrip(b"/") + target)

        content: bytes | AsyncIterator[bytes] | None = body
        if body is None and ("transfer-encoding" in request.headers or request.headers.get("content-length", "0") != "0"):
            _refuse_declared(request, max_body)
            content = _limited(request.stream(), max_body)

        # Built directly, not with client.build_request, which would add the client's default headers
        # (Accept-Encoding would make the service compress what we pass through raw).
        outgoing = httpx.Request(
            request.method,
            url,
            headers=_request_headers(request, headers),
            content=content,
            extensions={"timeout": httpx.Timeout(upstream.timeout, connect=self.connect_timeout).as_dict()},
        )
        try:
            response = await self._client.send(outgoing, stream=True)
        except httpx.TransportError as exc:  # BodyTooLarge from _limited is not one: it passes through as 413
            log.warning("upstream %s failed: %r", upstream.service, exc)
            raise _upstream_error(exc, upstream) from exc
        return _UpstreamResponse(response)
