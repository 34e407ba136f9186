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
from limits.aio.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter
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


class LocalCounters(Storage):
    """Fixed-window counters in this process's memory, O(1) per hit. The `limits` memory storage
    starts a task per hit that walks every key (and a thread hop per moving-window key), which
    costs more than the rest of the limiter once many callers are counted. Expired windows are
    dropped lazily, and all of them at most once per `sweep_seconds`."""

    STORAGE_SCHEME = ["palli+local"]

    def __init__(self, sweep_seconds: float = 10.0) -> None:
        super().__init__()
        self._counts: dict[str, list[float]] = {}  # key -> [window end (epoch s), hits]
        self._sweep_seconds = sweep_seconds
        self._next_sweep = time.time() + sweep_seconds

    @property
    def base_exceptions(self) -> type[Exception]:
        return ValueError

    async def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        if now >= self._next_sweep:
            self._counts = {k: c for k, c in self._counts.items() if c[0] > now}
            self._next_sweep = now + self._sweep_seconds
        counter = self._counts.get(key)
        if counter is None or counter[0] <= now:
            counter = self._counts[key] = [now + expiry, 0]
        counter[1] += amount
        return int(counter[1])

    async def get(self, key: str) -> int:
        counter = self._counts.get(key)
        return int(counter[1]) if counter is not None and counter[0] > time.time() else 0

    async def get_expiry(self, key: str) -> float:
        counter = self._counts.get(key)
        return counter[0] if counter is not None and counter[0] > time.time() else time.time()

    async def check(self) -> bool:
        return True

    async def reset(self) -> int | None:
        count = len(self._counts)
        self._counts.clear()
        return count

    async def clear(self, key: str) -> None:
        self._counts.pop(key, None)


class RateLimiter:
    """`await limiter.check(address=..., principal=...)` raises RateLimited when over a limit.

    Strategies: the token endpoint, which throttles password guessing, has a moving window. It
    keeps one timestamp per hit (at most `limit` per key: 20 a minute) and in return is exact: no
    burst at a window boundary, and the reset time it reports is the moment the oldest hit leaves
    the window, so Retry-After is true. Every other request counts against fixed windows: one
    counter per key, one increment per hit (a moving window cost a list scan per hit, on every
    request). A fixed window lets a caller send up to twice its limit across a window boundary,
    which is fine for limits that guard capacity, not secrets; its reset time is the window's end,
    when the count starts again, so Retry-After is true here too. (The sliding-window counter is
    as cheap but approximate, and its reset time can come before a hit is allowed again, so a
    client honouring Retry-After would be refused a second time.)

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
        local = isinstance(self._storage, LocalCounters)
        self._token_storage = storage_from_string("async+memory://") if local else self._storage
        self._limiter = FixedWindowRateLimiter(self._storage)
        self._token_limiter = MovingWindowRateLimiter(self._token_storage)  # type: ignore[arg-type]
        self._per_address: RateLimitItem = parse(per_address)
        self._per_principal: RateLimitItem = parse(per_principal)
        self._token_endpoint: RateLimitItem = parse(token_endpoint)
        self._outage_until = 0.0  # time.monotonic() before which the storage is not tried
        self._in_outage = False

    def _make_storage(self, uri: str, key_prefix: str) -> Storage:
        if uri.removeprefix("async+").split("://", 1)[0] == "memory":
            return LocalCounters()
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
        too when known. The first limit exceeded refuses the request; hammering does not push the
        reset time further out (a moving window does not count a refused hit, a fixed window's end
        does not move).
        """
        # (strategy, counter, limit, identifier, what the refusal names)
        checks = [(self._token_limiter, "token", self._token_endpoint, address, "address on the token endpoint") if token_endpoint
                  else (self._limiter, "address-fixed", self._per_address, address, "address")]
        if principal:  # "-fixed": a Redis key of another strategy's type (a moving window's list) would be an error
            checks.append((self._limiter, "principal-fixed", self._per_principal, principal, "caller"))
        if time.monotonic() < self._outage_until:
            return
        refused: RateLimited | None = None
        try:
            for limiter, counter, item, ident, label in checks:
                if not await limiter.hit(item, counter, ident):
                    stats = await limiter.get_window_stats(item, counter, ident)
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
        timer = getattr(self._token_storage, "timer", None)
        if timer is not None and not timer.done():
            timer.cancel()
