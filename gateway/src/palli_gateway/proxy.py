"""Reverse proxy from the gateway to the services, at the ASGI level: one pooled aiohttp client,
streamed bodies both ways.

aiohttp, not httpx: its C parser and leaner client cost about a tenth of the CPU per request
(httpx's models and httpcore's pool were a third of the gateway's time per proxied request).
Upstream failures become DomainErrors, answered as problem+json by the front door: a service that
cannot be reached is a 502 at once, one that stops answering in time is a 504.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from urllib.parse import quote

import aiohttp
from opentelemetry import propagate
from starlette.types import Receive, Scope, Send
from yarl import URL

from palli_common.errors import DomainError
from palli_gateway.settings import Upstream

log = logging.getLogger("palli.gateway.proxy")

RawHeaders = list[tuple[bytes, bytes]]

# RFC 9110 7.6.1: these describe one connection, not the message, so they never cross the proxy.
HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te", b"trailer", b"transfer-encoding", b"upgrade"}
)
# The client's credentials are for the gateway (it sends its own Authorization); Host and framing are per hop;
# the X-Forwarded-* set is rebuilt below so a client cannot spoof it; trace context is the gateway's own.
NOT_FORWARDED = frozenset(
    {b"host", b"content-length", b"authorization", b"cookie", b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host",
     b"traceparent", b"tracestate"}
)
# The gateway's own server adds Date and Server; passing the service's too would send them twice.
NOT_RETURNED = frozenset({b"date", b"server"})
# aiohttp adds these unless told not to; a proxy passes the client's own or none (Accept-Encoding
# would make the service compress what we pass through raw).
NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")


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


def _hop_by_hop(raw: RawHeaders) -> frozenset[bytes]:
    """The fixed hop-by-hop set plus every header the Connection header names."""
    named = {token.strip().lower() for name, value in raw if name == b"connection" for token in value.split(b",")}
    return HOP_BY_HOP | named if named else HOP_BY_HOP


def _request_headers(scope: Scope, extra: dict[str, str]) -> list[tuple[str, str]]:
    raw = scope["headers"]  # ASGI servers give lower-case names
    drop = _hop_by_hop(raw) | NOT_FORWARDED | {name.encode("latin-1") for name in extra}
    out = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw if k not in drop]
    chain = [v.decode("latin-1") for k, v in raw if k == b"x-forwarded-for"]
    if scope.get("client"):
        chain.append(scope["client"][0])
    if chain:
        out.append(("x-forwarded-for", ", ".join(chain)))
    out.append(("x-forwarded-proto", scope.get("scheme", "http")))
    if host := next((v for k, v in raw if k == b"host"), None):
        out.append(("x-forwarded-host", host.decode("latin-1")))
    out.extend(extra.items())
    carrier: dict[str, str] = {}
    propagate.inject(carrier)  # so the service's spans join this request's trace (and its sampling decision)
    out.extend(carrier.items())
    return out


def _response_headers(raw: tuple[tuple[bytes, bytes], ...]) -> RawHeaders:
    raw = [(k.lower(), v) for k, v in raw]
    drop = _hop_by_hop(raw) | NOT_RETURNED
    if any(k == b"transfer-encoding" for k, _ in raw):
        drop |= {b"content-length"}  # chunked framing wins over a stray length (RFC 9112 6.3)
    return [(k, v) for k, v in raw if k not in drop]


def _upstream_error(exc: Exception, upstream: Upstream) -> DomainError:
    # A connect timeout is a timeout too, but a service that does not accept is down: 502, not 504.
    if isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError):
        return BadGateway(f"the {upstream.service} service is unreachable")
    if isinstance(exc, TimeoutError):
        return GatewayTimeout(f"the {upstream.service} service did not answer within {upstream.timeout:g} seconds")
    return BadGateway(f"the {upstream.service} service gave no valid answer")


class _Body:
    """The client's request body as an async iterator for aiohttp, at most `limit` bytes (a chunked
    body announces no length to check). aiohttp wraps whatever its body writer raises, so an
    overflow is remembered here and re-raised as the 413 it is."""

    def __init__(self, receive: Receive, limit: int) -> None:
        self.receive = receive
        self.limit = limit
        self.done = False
        self.too_large: BodyTooLarge | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        size = 0
        while not self.done:
            message = await self.receive()
            if message["type"] != "http.request":
                raise ConnectionError("the client went away while sending its body")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                self.too_large = BodyTooLarge(f"the request body exceeds the limit of {self.limit} bytes")
                raise self.too_large
            self.done = not message.get("more_body", False)
            if chunk:
                yield chunk


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


class Proxy:
    """Forwards requests to the upstream that owns their path prefix, through one shared connection pool."""

    def __init__(self, routes: list[Upstream], *, connect_timeout: float = 2.0, max_connections: int = 500) -> None:
        self._routes = sorted(routes, key=lambda r: len(r.prefix.rstrip("/")), reverse=True)  # longest first
        self.connect_timeout = connect_timeout
        self.max_connections = max_connections
        self._client: aiohttp.ClientSession | None = None  # made on first use: it belongs to the running loop

    def _session(self) -> aiohttp.ClientSession:
        if self._client is None or self._client.closed:
            self._client = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self.max_connections,
                    keepalive_timeout=4.0,  # under uvicorn's 5 s keep-alive, so we never reuse a socket it is closing
                    ttl_dns_cache=60,
                ),
                cookie_jar=aiohttp.DummyCookieJar(),  # never keep one user's cookies in the shared client
                auto_decompress=False,  # bodies pass through as the service sent them
                skip_auto_headers=NO_AUTO_HEADERS,
                trust_env=False,  # no proxy or netrc from the environment between gateway and services
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()

    def match(self, path: str) -> Upstream | None:
        """The route with the longest prefix covering `path` on whole segments.

        A path with "." or ".." segments matches nothing: a client library or the service could
        collapse them, so the service would get a different path from the one routed (and authorised) here.
        """
        if "/." in path and any(segment in (".", "..") for segment in path.split("/")):
            return None
        for route in self._routes:
            prefix = route.prefix.rstrip("/")
            if path == prefix or path.startswith(prefix + "/"):
                return route
        return None

    async def forward(self, scope: Scope, receive: Receive, send: Send, upstream: Upstream, *, headers: dict[str, str], max_body: int) -> None:
        """Send the request in `scope` to `upstream` and stream its answer to `send`.

        `headers` are set on the upstream request over the client's own. The client's body is
        streamed on (chunked), at most `max_body` bytes. Raises BadGateway, GatewayTimeout or
        BodyTooLarge before the response starts; a failure mid-body aborts the response.
        """
        # The exact bytes the client sent, so percent-encoding (%2F, %20, +) reaches the service unchanged.
        target = (scope.get("raw_path") or quote(scope["path"]).encode("ascii")).decode("latin-1")
        if query := scope.get("query_string", b""):
            target += "?" + query.decode("latin-1")
        url = URL(upstream.url.rstrip("/") + target, encoded=True)

        declared = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if declared is not None and declared.isdigit() and int(declared) > max_body:  # refused before reading a byte
            raise BodyTooLarge(f"the request body is {int(declared)} bytes; the limit is {max_body}")
        has_body = (declared is not None and declared != b"0") or any(k == b"transfer-encoding" for k, _ in scope["headers"])
        body = _Body(receive, max_body) if has_body else None
        timeout = aiohttp.ClientTimeout(connect=upstream.timeout, sock_connect=self.connect_timeout, sock_read=upstream.timeout)
        try:
            response = await self._session().request(
                scope["method"], url, headers=_request_headers(scope, headers), data=body, timeout=timeout,
                allow_redirects=False,  # a redirect is the client's to follow
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            if body is not None and body.too_large is not None:
                raise body.too_large from None
            log.warning("upstream %s failed: %r", upstream.service, exc)
            raise _upstream_error(exc, upstream) from exc
        try:
            await self._relay(response, receive, send, body_read=body is None or body.done)
        finally:
            response.close() if not response.content.at_eof() else response.release()

    async def _relay(self, response: aiohttp.ClientResponse, receive: Receive, send: Send, *, body_read: bool) -> None:
        """The service's answer as it arrives. A body in one piece (most answers) goes out in one
        message; a longer stream also watches for the client going away, and then drops the upstream."""
        await send({"type": "http.response.start", "status": response.status, "headers": _response_headers(response.raw_headers)})
        content = response.content
        chunk = await content.readany()
        watcher: asyncio.Task | None = None
        try:
            while not content.at_eof():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                if watcher is None and body_read:  # the request body is consumed: receive() now only reports a disconnect
                    watcher = asyncio.ensure_future(_until_disconnect(receive))
                    watcher.add_done_callback(lambda task: task.cancelled() or response.close())
                chunk = await content.readany()
                if watcher is not None and watcher.done():
                    return  # the client is gone: nobody to finish the response for
            await send({"type": "http.response.body", "body": chunk, "more_body": False})
        except aiohttp.ClientError:
            if watcher is not None and watcher.done():
                return
            raise
        finally:
            if watcher is not None and not watcher.done():
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
