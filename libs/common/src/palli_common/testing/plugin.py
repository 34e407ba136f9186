"""Shared pytest fixtures for every Palli package (registered as the `palli` pytest11 plugin).

- `postgres_admin_url`: a PostgreSQL server: $PALLI_TEST_POSTGRES_URL, else a testcontainers
  PostgreSQL when a Docker engine answers, else the local server at 127.0.0.1:5432.
- `make_database`: creates a fresh database for this test run and drops it afterwards.
- `kafka`: a broker: $KAFKA_BOOTSTRAP_SERVERS, else testcontainers Kafka, else the bundled Tansu.
- `await_event`: wait for an event on a topic matching a predicate.
- `internal_keys`: a gateway key pair and JWKS file; mints the internal identity tokens services need.
- `redis_url`: a Redis server: $PALLI_TEST_REDIS_URL, else a testcontainers Redis when a Docker
  engine answers, else the local server at 127.0.0.1:6379, database 15. Tests share it, so each
  uses its own key prefix.
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from palli_common.testing.broker import LocalBroker, docker_available, provide_broker
from palli_common.testing.events import ReceivedEvent, wait_for_event
from palli_common.testing.identity import InternalKeys

LOCAL_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
LOCAL_REDIS = "redis://127.0.0.1:6379/15"  # database 15: away from anything a local `make up` keeps in 0


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    configured = os.environ.get("PALLI_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    if docker_available():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:16", driver="asyncpg") as pg:
            yield pg.get_connection_url()
        return
    yield LOCAL_POSTGRES


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def _admin(url: str, sql: str) -> None:
    """Run one statement on the server; in a thread, so it works inside async tests too."""
    import asyncpg

    async def run() -> None:
        conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()


@pytest.fixture(scope="session")
def make_database(postgres_admin_url: str) -> Iterator[Callable[[str], str]]:
    """`make_database("members")` -> URL of a new, empty database named palli_test_members_<run>."""
    run = uuid.uuid4().hex[:8]
    created: list[str] = []

    def make(label: str) -> str:
        name = f"palli_test_{label}_{run}_{len(created)}"
        _admin(postgres_admin_url, f'CREATE DATABASE "{name}"')
        created.append(name)
        return _with_database(postgres_admin_url, name)

    yield make
    for name in created:
        try:
            _admin(postgres_admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except Exception:
            pass


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    log = tmp_path_factory.mktemp("broker") / "broker.log"
    broker = provide_broker(log_path=str(log))
    yield broker
    broker.stop()


@dataclass
class EventWaiter:
    bootstrap: str

    async def __call__(
        self, topic: str, predicate: Callable[[ReceivedEvent], bool] = lambda e: True, timeout: float = 15.0
    ) -> ReceivedEvent:
        return await wait_for_event(self.bootstrap, topic, predicate, timeout=timeout)


@pytest.fixture
def await_event(kafka: LocalBroker) -> EventWaiter:
    """`event = await await_event("members.member", lambda e: e.envelope.aggregate_id == id)`."""
    return EventWaiter(kafka.bootstrap)


@pytest.fixture(scope="session")
def internal_keys(tmp_path_factory) -> InternalKeys:
    return InternalKeys(tmp_path_factory.mktemp("internal-keys"))


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    configured = os.environ.get("PALLI_TEST_REDIS_URL")
    if configured:
        yield configured
        return
    if docker_available():
        from testcontainers.community.redis import RedisContainer

        with RedisContainer("redis:7-alpine") as container:
            yield f"redis://{container.get_container_host_ip()}:{container.get_exposed_port(6379)}/0"
        return
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.fail("No Redis for the tests: run scripts/test_env.py, or set PALLI_TEST_REDIS_URL", pytrace=False)
    yield LOCAL_REDIS
