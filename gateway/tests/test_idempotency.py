"""Idempotency keys on PostgreSQL and on SQLite: claim, replay, mismatch, races, release, expiry."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update
from sqlmodel import SQLModel

from palli_common.db import Database
from palli_common.errors import Conflict, ValidationFailed
from palli_gateway.idempotency import IdempotencyRecord, IdempotencyStore, StoredResponse, fingerprint, validate_key

T = IdempotencyRecord.__table__
FP1 = fingerprint("POST", "/v1/members", b"", b'{"name": "Rahima"}')
FP2 = fingerprint("POST", "/v1/members", b"", b'{"name": "Karima"}')
CREATED = StoredResponse(
    status_code=201,
    headers=[("content-type", "application/json"), ("location", "/v1/members/7"), ("x-note", "a"), ("x-note", "b")],
    body=b'{"id": 7}\x00\xff',  # bytes survive as bytes
)

MakeStore = Callable[..., IdempotencyStore]


async def _create_table(db: Database) -> None:
    async with db.engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.create_all, tables=[T])


@pytest.fixture(scope="session")
def postgres_idempotency_url(make_database) -> str:
    return make_database("gateway_idempotency")


@pytest.fixture(params=["postgresql", "sqlite"])
async def db(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[Database]:
    if request.param == "postgresql":
        database = Database(request.getfixturevalue("postgres_idempotency_url"))
        await _create_table(database)  # once per run (create_all skips an existing table)
        async with database.engine.begin() as conn:
            await conn.execute(delete(T))  # each test starts empty
    else:
        database = Database(f"sqlite+aiosqlite:///{tmp_path}/gateway.db")
        await _create_table(database)
    assert database.engine.dialect.name == request.param
    yield database
    await database.dispose()


@pytest.fixture
def make_store(db: Database) -> MakeStore:
    return lambda **kwargs: IdempotencyStore(db, **kwargs)


async def expire(db: Database, principal: str, key: str) -> None:
    async with db.engine.begin() as conn:
        await conn.execute(
            update(T).where(T.c.principal == principal, T.c.key == key).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )


async def row(db: Database, principal: str, key: str):  # noqa: ANN201
    async with db.engine.connect() as conn:
        return (await conn.execute(select(T).where(T.c.principal == principal, T.c.key == key))).first()


async def test_first_use_proceeds_and_a_retry_replays_the_same_response(make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "k-1", FP1) is None
    await store.complete("user-1", "k-1", CREATED)
    for _ in range(2):
        replay = await store.begin("user-1", "k-1", FP1)
        assert replay == CREATED
        assert replay.headers == CREATED.headers and type(replay.body) is bytes


async def test_same_key_for_a_different_request_is_422_naming_the_header(make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "k-1", FP1) is None
    with pytest.raises(ValidationFailed) as err:  # even while the first is still running
        await store.begin("user-1", "k-1", FP2)
    assert err.value.status == 422 and err.value.field == "Idempotency-Key"
    await store.complete("user-1", "k-1", CREATED)
    with pytest.raises(ValidationFailed) as err:
        await store.begin("user-1", "k-1", FP2)
    assert err.value.field == "Idempotency-Key"


async def test_concurrent_duplicates_one_proceeds_the_rest_409(make_store: MakeStore):
    store = make_store()
    results = await asyncio.gather(*(store.begin("user-1", "k-race", FP1) for _ in range(10)), return_exceptions=True)
    assert results.count(None) == 1
    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(conflicts) == 9 and all(c.status == 409 for c in conflicts), results


async def test_concurrent_takeover_of_an_expired_key_has_one_winner(db: Database, make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "k-race", FP1) is None
    await store.complete("user-1", "k-race", CREATED)
    await expire(db, "user-1", "k-race")
    results = await asyncio.gather(*(store.begin("user-1", "k-race", FP2) for _ in range(10)), return_exceptions=True)
    assert results.count(None) == 1 and sum(isinstance(r, Conflict) for r in results) == 9, results


async def test_release_lets_a_retry_proceed_but_never_forgets_a_response(db: Database, make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "k-1", FP1) is None
    with pytest.raises(Conflict):
        await store.begin("user-1", "k-1", FP1)
    await store.release("user-1", "k-1")  # e.g. the service was down: 502
    assert await row(db, "user-1", "k-1") is None
    assert await store.begin("user-1", "k-1", FP1) is None  # the retry runs

    await store.complete("user-1", "k-1", CREATED)
    await store.release("user-1", "k-1")  # a late release does not drop a stored response
    assert await store.begin("user-1", "k-1", FP1) == CREATED


async def test_complete_after_release_stores_nothing(make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "k-1", FP1) is None
    await store.release("user-1", "k-1")
    await store.complete("user-1", "k-1", CREATED)
    assert await store.begin("user-1", "k-1", FP1) is None


async def test_lease_and_ttl_set_the_expiry(db: Database, make_store: MakeStore):
    store = make_store(ttl_hours=2, in_progress_seconds=60)
    assert await store.begin("user-1", "k-1", FP1) is None
    r = await row(db, "user-1", "k-1")
    assert r.state == "in_progress" and r.expires_at - r.created_at == timedelta(seconds=60)
    assert r.created_at.tzinfo is not None and abs(datetime.now(UTC) - r.created_at) < timedelta(seconds=30)
    await store.complete("user-1", "k-1", CREATED)
    r = await row(db, "user-1", "k-1")
    assert r.state == "done" and r.status_code == 201 and r.expires_at - r.created_at == timedelta(hours=2)


async def test_expired_keys_count_as_absent(db: Database, make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "done", FP1) is None
    await store.complete("user-1", "done", CREATED)
    await expire(db, "user-1", "done")
    assert await store.begin("user-1", "done", FP2) is None  # a new request now owns the key
    r = await row(db, "user-1", "done")
    assert r.fingerprint == FP2 and r.state == "in_progress" and r.response_body is None and r.status_code is None

    # an in-progress key whose gateway died: once its lease runs out a retry may run
    assert await store.begin("user-1", "abandoned", FP1) is None
    await expire(db, "user-1", "abandoned")
    assert await store.begin("user-1", "abandoned", FP1) is None


async def test_purge_removes_only_expired_rows(db: Database, make_store: MakeStore):
    store = make_store()
    for key in ("old-1", "old-2", "live"):
        assert await store.begin("user-1", key, FP1) is None
        await store.complete("user-1", key, CREATED)
    await expire(db, "user-1", "old-1")
    await expire(db, "user-1", "old-2")
    assert await store.purge_expired() == 2
    assert await row(db, "user-1", "old-1") is None and await row(db, "user-1", "old-2") is None
    assert await store.begin("user-1", "live", FP1) == CREATED
    assert await store.purge_expired() == 0


async def test_keys_are_scoped_per_principal(make_store: MakeStore):
    store = make_store()
    assert await store.begin("user-1", "shared", FP1) is None
    await store.complete("user-1", "shared", CREATED)
    assert await store.begin("client-9", "shared", FP2) is None  # no 422: another caller's key space
    with pytest.raises(Conflict):
        await store.begin("client-9", "shared", FP2)
    assert await store.begin("user-1", "shared", FP1) == CREATED


@pytest.mark.parametrize("bad", ["", "x" * 256, "clé", "a\nb", "a\x00", "tab\there", " padded", "padded "])
def test_bad_keys_are_refused(bad: str):
    with pytest.raises(ValidationFailed) as err:
        validate_key(bad)
    assert err.value.field == "Idempotency-Key" and err.value.status == 422


@pytest.mark.parametrize("good", ["k", "x" * 255, "0b7f6a2e-5d1c-4c8e-9a3b-2f1e0d9c8b7a", "order 42 / retry #1 ~!"])
def test_good_keys_pass_unchanged(good: str):
    assert validate_key(good) == good


def test_fingerprint_covers_every_part_of_the_request():
    base = ("POST", "/v1/members", b"branch=1", b"{}")
    fp = fingerprint(*base)
    assert len(fp) == 64 and int(fp, 16) >= 0
    assert fingerprint("post", "/v1/members", b"branch=1", b"{}") == fp  # method case does not matter
    variants = [
        ("PUT", "/v1/members", b"branch=1", b"{}"),
        ("POST", "/v1/groups", b"branch=1", b"{}"),
        ("POST", "/v1/members", b"branch=2", b"{}"),
        ("POST", "/v1/members", b"branch=1", b"{ }"),
        ("POST", "/v1/membersbranch=1", b"", b"{}"),  # the same bytes framed differently
        ("POST", "/v1/members", b"", b"branch=1{}"),
    ]
    assert len({fingerprint(*v) for v in variants} | {fp}) == len(variants) + 1
