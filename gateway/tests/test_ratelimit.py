"""Rate limits on the embedded memory storage and on a real Redis; fail-open when Redis is down."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from fastapi import FastAPI, Request

from palli_common.problems import install_problem_handlers
from palli_common.testing.broker import free_port
from palli_gateway import ratelimit
from palli_gateway.ratelimit import RateLimited, RateLimiter

MakeLimiter = Callable[..., RateLimiter]


@pytest.fixture(params=["memory", "redis"])
async def make_limiter(request: pytest.FixtureRequest) -> AsyncIterator[MakeLimiter]:
    """`make_limiter(per_address=..., ...)` on this parameter's storage; Redis keys get a fresh prefix."""
    uri = "memory://" if request.param == "memory" else request.getfixturevalue("redis_url")
    prefix = f"palli-test-{uuid.uuid4().hex[:12]}"
    made: list[RateLimiter] = []

    def make(per_address: str = "100/second", per_principal: str = "100/second", token_endpoint: str = "100/second") -> RateLimiter:
        limiter = RateLimiter(uri, per_address=per_address, per_principal=per_principal, token_endpoint=token_endpoint, key_prefix=prefix)
        made.append(limiter)
        return limiter

    yield make
    for limiter in made:
        await limiter.aclose()


async def refused(limiter: RateLimiter, **kwargs: object) -> RateLimited:
    with pytest.raises(RateLimited) as err:
        await limiter.check(**kwargs)  # type: ignore[arg-type]
    return err.value


async def test_trips_after_the_limit_and_recovers_after_the_window(make_limiter: MakeLimiter):
    limiter = make_limiter(per_address="3/second")
    for _ in range(3):
        await limiter.check(address="10.0.0.1", principal=None)
    err = await refused(limiter, address="10.0.0.1", principal=None)
    assert err.status == 429 and err.retry_after == 1 and err.headers == {"Retry-After": "1"}
    await refused(limiter, address="10.0.0.1", principal=None)  # still refused; refusals are not counted

    await asyncio.sleep(err.retry_after)  # honouring Retry-After is enough
    for _ in range(3):
        await limiter.check(address="10.0.0.1", principal=None)
    await refused(limiter, address="10.0.0.1", principal=None)


async def test_addresses_and_principals_are_counted_independently(make_limiter: MakeLimiter):
    limiter = make_limiter(per_address="2/minute", per_principal="3/minute")
    await limiter.check(address="10.0.0.1", principal=None)
    await limiter.check(address="10.0.0.1", principal=None)
    await refused(limiter, address="10.0.0.1", principal=None)
    await limiter.check(address="10.0.0.2", principal=None)  # another address has its own count

    # a principal is counted across addresses, and independently of other principals
    await limiter.check(address="10.0.1.1", principal="user-a")
    await limiter.check(address="10.0.1.2", principal="user-a")
    await limiter.check(address="10.0.1.3", principal="user-a")
    err = await refused(limiter, address="10.0.1.4", principal="user-a")
    assert "caller" in err.detail and 55 <= err.retry_after <= 60
    await limiter.check(address="10.0.1.4", principal="user-b")

    # the address limit still applies to a known principal
    await refused(limiter, address="10.0.0.1", principal="user-c")


async def test_token_endpoint_has_its_own_stricter_limit(make_limiter: MakeLimiter):
    limiter = make_limiter(per_address="100/minute", token_endpoint="2/minute")
    await limiter.check(address="10.0.0.1", principal=None, token_endpoint=True)
    await limiter.check(address="10.0.0.1", principal=None, token_endpoint=True)
    err = await refused(limiter, address="10.0.0.1", principal=None, token_endpoint=True)
    assert "token endpoint" in err.detail and 55 <= err.retry_after <= 60
    await limiter.check(address="10.0.0.2", principal=None, token_endpoint=True)  # per address
    await limiter.check(address="10.0.0.1", principal=None)  # the rest of the API is not affected


async def test_the_token_endpoint_window_moves_the_others_are_fixed(make_limiter: MakeLimiter):
    """Two hits, 0.6 s apart, under 2 a second; 0.5 s later the fixed window has started again, so
    two more pass; the moving window still holds the second hit, so only one more passes."""
    limiter = make_limiter(per_address="2/second", token_endpoint="2/second")
    for token_endpoint in (False, True):
        await limiter.check(address="10.0.0.1", principal=None, token_endpoint=token_endpoint)
    await asyncio.sleep(0.6)
    for token_endpoint in (False, True):
        await limiter.check(address="10.0.0.1", principal=None, token_endpoint=token_endpoint)
    await asyncio.sleep(0.5)
    await limiter.check(address="10.0.0.1", principal=None)
    await limiter.check(address="10.0.0.1", principal=None)
    await limiter.check(address="10.0.0.1", principal=None, token_endpoint=True)
    err = await refused(limiter, address="10.0.0.1", principal=None, token_endpoint=True)
    assert err.retry_after == 1  # when the second hit leaves the window


async def test_local_counters_forget_ended_windows():
    counters = ratelimit.LocalCounters(sweep_seconds=0.2)
    assert await counters.incr("a", 0.1) == 1 and await counters.incr("a", 0.1) == 2
    await counters.incr("b", 60)
    await asyncio.sleep(0.25)
    assert await counters.get("a") == 0 and await counters.incr("a", 0.1) == 1  # a new window; the sweep ran on this hit
    await asyncio.sleep(0.25)
    await counters.incr("b", 60)
    assert set(counters._counts) == {"b"} and await counters.get("b") == 2


async def test_refusal_is_a_429_problem_with_retry_after(make_limiter: MakeLimiter):
    limiter = make_limiter(per_address="1/minute")
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/v1/things")
    async def things(request: Request) -> dict:
        await limiter.check(address=request.client.host, principal=None)  # type: ignore[union-attr]
        return {}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        assert (await client.get("/v1/things")).status_code == 200
        r = await client.get("/v1/things")
    assert r.status_code == 429 and r.headers["content-type"] == "application/problem+json"
    assert 55 <= int(r.headers["retry-after"]) <= 60
    assert r.json()["type"].endswith("/too-many-requests") and r.json()["title"] == "Too many requests"


async def test_fails_open_with_one_warning_when_redis_is_unreachable(caplog: pytest.LogCaptureFixture, monkeypatch):
    monkeypatch.setattr(ratelimit, "OUTAGE_RETRY_SECONDS", 0.0)  # try Redis on every request
    limiter = RateLimiter(f"redis://127.0.0.1:{free_port()}/0", per_address="1/minute", per_principal="1/minute", token_endpoint="1/minute")
    try:
        with caplog.at_level(logging.WARNING, logger="palli.gateway.ratelimit"):
            for _ in range(5):  # over every limit, yet every request passes
                await limiter.check(address="10.0.0.1", principal="user-a")
                await limiter.check(address="10.0.0.1", principal=None, token_endpoint=True)
    finally:
        await limiter.aclose()
    warnings = [r for r in caplog.records if r.name == "palli.gateway.ratelimit"]
    assert len(warnings) == 1 and "unavailable" in warnings[0].getMessage()


async def test_outage_skips_the_storage_for_a_while(monkeypatch):
    limiter = RateLimiter(f"redis://127.0.0.1:{free_port()}/0", per_address="1/minute", per_principal="1/minute", token_endpoint="1/minute")
    calls = 0
    real_hit = limiter._limiter.hit

    async def counting_hit(*args: object, **kwargs: object) -> bool:
        nonlocal calls
        calls += 1
        return await real_hit(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(limiter._limiter, "hit", counting_hit)
    try:
        for _ in range(10):
            await limiter.check(address="10.0.0.1", principal=None)
    finally:
        await limiter.aclose()
    assert calls == 1  # one failed round trip, then the limiter stays off for OUTAGE_RETRY_SECONDS


@pytest.mark.parametrize("uri", ["memcached://127.0.0.1:11211", "postgres://x"])
def test_unknown_storage_is_refused(uri: str):
    with pytest.raises(ValueError, match="memory:// or redis://"):
        RateLimiter(uri, per_address="1/second", per_principal="1/second", token_endpoint="1/second")


@pytest.mark.parametrize("uri", ["memory://", "async+memory://", "redis://127.0.0.1:6379/15", "async+redis://127.0.0.1:6379/15"])
async def test_accepted_storage_notations(uri: str):
    limiter = RateLimiter(uri, per_address="1/second", per_principal="1/second", token_endpoint="1/second")
    await limiter.aclose()
