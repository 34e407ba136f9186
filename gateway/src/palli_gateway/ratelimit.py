"""Rate limits per caller address, per principal (user or client id) and on the token endpoint.

Built on the `limits` library's asyncio API. Storage is `memory://` for the embedded default (one
process, counters lost on restart) or Redis (`redis://host:6379/0` or `async+redis://...`) when
several gateway replicas must share the counters.
"""

from __future__ import annotations

import logging
import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string
from redis.asyncio import ConnectionPool

from palli_common.errors import DomainError

log = logging.getLogger("palli.gateway.ratelimit")

# After a storage failure, skip the limiter this long before trying Redis again, so an outage
# costs one failed round trip per few seconds instead of one per request.
OUTAGE_RETRY_SECONDS = 5.0
# Redis answers in well under a millisecond; a stalled one must not stall every request.
REDIS_TIMEOUT_SECONDS = 0.5


class RateLimited(DomainError):
    status = 429
    title = "Too many requests"
    type_slug = "too-many-requests"

    def __init__(self, retry_after: int, *, scope: str):
        self.retry_after = max(1, int(retry_after))
        super().__init__(
            f"too many requests for this {scope}; retry in {self.retry_after} s",
            headers={"Retry-After": str(self.retry_after)},
        )


def _redis_url(uri: str) -> str | None:
    """`redis://`, `rediss://` and their `async+` forms -> the plain URL redis-py takes; else None."""
    plain = uri.removeprefix("async+")
    return plain if plain.split("://", 1)[0] in ("redis", "rediss") else None


class RateLimiter:
    """`await limiter.check(address=..., principal=...)` raises RateLimited when over a limit.

    Strategy: moving window. It keeps one timestamp per hit (at most `limit` per key, and our
    limits are hundreds per minute, so a few KB per busy key) and in return is exact: no burst
    at a window boundary (matters for the token endpoint, which throttles password guessing) and
    the reset time it reports is the moment the oldest hit leaves the window, so Retry-After is
    true. The sliding-window counter is cheaper (two counters per key) but approximate, and its
    reported reset time can come before a hit is allowed again, so a client honouring
    Retry-After would be refused a second time.

    Outage policy: fail OPEN. When the storage (Redis) is unreachable or errors, requests pass
    and a warning is logged once per outage: limits protect the platform from abuse, and losing
    them briefly is better than a Redis outage taking every API down with it.
    """

    def __init__(
        self,
        storage_uri: str,
        *,
        per_address: str,
        per_principal: str,
        token_endpoint: str,
        key_prefix: str = "palli-gateway",  # Redis key namespace; tests use a random one
    ):
        self._pool: ConnectionPool | None = None
        self._storage = self._make_storage(storage_uri, key_prefix)
        self._limiter = MovingWindowRateLimiter(self._storage)
        self._per_address: RateLimitItem = parse(per_address)
        self._per_principal: RateLimitItem = parse(per_principal)
        self._token_endpoint: RateLimitItem = parse(token_endpoint)
        self._outage_until = 0.0  # time.monotonic() before which the storage is not tried
        self._in_outage = False

    def _make_storage(self, uri: str, key_prefix: str) -> Storage:
        if uri.removeprefix("async+").split("://", 1)[0] == "memory":
            return storage_from_string("async+memory://")  # type: ignore[return-value]
        url = _redis_url(uri)
        if url is None:
            raise ValueError(f"rate limit storage {uri!r}: use memory:// or redis://host:6379/0")
        # Our own pool, so aclose() can close it; redis-py because coredis is not installed.
        self._pool = ConnectionPool.from_url(
            url, socket_connect_timeout=REDIS_TIMEOUT_SECONDS, socket_timeout=REDIS_TIMEOUT_SECONDS
        )
        return storage_from_string(  # type: ignore[return-value]
            "async+" + url, implementation="redispy", key_prefix=key_prefix, wrap_exceptions=True, connection_pool=self._pool
        )

    async def check(self, *, address: str, principal: str | None, token_endpoint: bool = False) -> None:
        """Count one request; raise RateLimited if it exceeds a limit.

        The address always counts: against the token-endpoint limit (its own, stricter counter)
        on the token endpoint, else against the general per-address limit. The principal counts
        too when known. The first limit exceeded refuses the request; a refused hit is not counted
        against that limit, so hammering does not push the reset time further out.
        """
        # (counter, limit, identifier, what the refusal names)
        checks = [("token", self._token_endpoint, address, "address on the token endpoint") if token_endpoint
                  else ("address", self._per_address, address, "address")]
        if principal:
            checks.append(("principal", self._per_principal, principal, "caller"))
        if time.monotonic() < self._outage_until:
            return
        refused: RateLimited | None = None
        try:
            for counter, item, ident, label in checks:
                if not await self._limiter.hit(item, counter, ident):
                    stats = await self._limiter.get_window_stats(item, counter, ident)
                    refused = RateLimited(math.ceil(stats.reset_time - time.time()), scope=label)
                    break
        except (StorageError, ConnectionError, TimeoutError) as exc:
            self._outage_until = time.monotonic() + OUTAGE_RETRY_SECONDS
            if not self._in_outage:
                self._in_outage = True
                log.warning("rate limit storage unavailable, limits are off until it answers: %s", exc)
            return
        if self._in_outage:
            self._in_outage = False
            log.warning("rate limit storage answers again, limits are back on")
        if refused is not None:
            raise refused

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()
        # The memory storage runs a background expiry task; do not leave it pending.
        timer = getattr(self._storage, "timer", None)
        if timer is not None and not timer.done():
            timer.cancel()
