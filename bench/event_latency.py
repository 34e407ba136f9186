"""Event latency from database commit to consumer, and the cost of exactly-once consumption.

    .venv/bin/python bench/event_latency.py [--events 1000] [--database-url URL]

Scenarios, each on its own topic, event type and consumer group, all measured in the same run:

  A  wake-on-commit   the design: OutboxRelay woken by every commit (db.after_commit), sweeping
                      every 1 s as a safety net; a ConsumerRunner (real inbox, idempotent path).
  B  sweep-only       the same, but nothing wakes the relay; it only sweeps, every 0.1 s. Shows what
                      the commit-time wake buys.
  C  consumer         N events already on a topic: how fast the ConsumerRunner applies them
     throughput       (envelope parse + inbox insert + handler + DB commit + offset commit), versus a
                      raw aiokafka consumer that parses the same N envelopes and commits offsets,
                      without any database work. The ratio is the price of exactly-once bookkeeping.

Latency (A, B) is reported twice per event, both from perf_counter() right after `await
uow.commit()` returned on the producing side:
  relay       to the broker's acknowledgement of the relay's send (a stamp added by TimedRelay,
              an OutboxRelay subclass that only observes the send future);
  end to end  to the consumer's handler being called (inside its inbox transaction).
The end-to-end figure also holds the consumer's fetch long-poll: a broker that does not answer a
pending fetch when new data arrives (the bundled Tansu) adds up to fetch_max_wait_ms (aiokafka's
default 500 ms) there; --consumer-fetch-max-wait-ms shows that effect. Producer, relay and
consumer share one process and one event loop, unlike production: the numbers include event-loop
contention between them.

C drives both sides through the same loop as ConsumerRunner._run (getmany 200, process, commit
the offsets) on a manual partition assignment, so neither timing holds a consumer-group join; the
idempotent side calls ConsumerRunner.process() for each record.

Broker: provide_broker() (KAFKA_BOOTSTRAP_SERVERS if set, else a container Kafka if Docker
answers, else the bundled Tansu). Database: a fresh PostgreSQL database palli_bench_<random> on
--postgres-url (dropped at the end), or whatever --database-url names (sqlite+aiosqlite:///... too).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from aiokafka import ConsumerRecord, TopicPartition
from rich.console import Console
from rich.table import Table
from sqlmodel import SQLModel

from palli_common.consumer import ConsumerRunner
from palli_common.db import Database, UnitOfWork
from palli_common.events import EventContract, EventEnvelope, encode_envelope, envelope_headers, new_event, topic_of
from palli_common.kafka import ensure_topics, make_consumer, make_producer
from palli_common.relay import OutboxRelay
from palli_common.settings import ServiceSettings
from palli_common.tables import InboxRecord, OutboxRecord  # noqa: F401  (registers the tables in SQLModel.metadata)
from palli_common.testing.broker import LocalBroker, provide_broker

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"
AGGREGATES = 12  # events spread over this many aggregates, hence over the topic's partitions
WAIT_TIMEOUT = 30.0  # seconds to wait for the last event before declaring the rest lost

console = Console()


# --------------------------------------------------------------------------------------- helpers


def make_contract(event_type: str) -> type[EventContract]:
    """A contract class with its own event type (hence its own topic) for one scenario."""

    class BenchThingHappened(EventContract):
        event_type: ClassVar[str] = ""
        seq: int
        note: str = "benchmark event"

    BenchThingHappened.event_type = event_type
    return BenchThingHappened


def percentile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100], of an already sorted list."""
    if not sorted_values:
        return math.nan
    pos = (len(sorted_values) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


@dataclass
class Result:
    name: str
    stage: str
    events: int
    latencies_ms: list[float] = field(default_factory=list)
    rate: float | None = None  # events/s: offered commit rate (A, B) or apply rate (C)
    lost: int = 0

    def stat(self, q: float) -> float:
        return percentile(sorted(self.latencies_ms), q)

    @property
    def median(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else math.nan


async def wait_until(predicate: Callable[[], bool], timeout: float, poll: float = 0.02) -> bool:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() >= deadline:
            return False
        await asyncio.sleep(poll)
    return True


def with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


async def pg_admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


# ------------------------------------------------------------------------- scenarios A and B


class TimedRelay(OutboxRelay):
    """The real relay, plus a perf_counter() stamp when the broker acknowledges each row, so the
    relay's share of the latency (commit -> on the broker) shows apart from the consumer's."""

    def __init__(self, db: Database, settings: ServiceSettings, acked: dict[uuid.UUID, float]):
        super().__init__(db, settings)
        self.acked = acked

    async def _send(self, producer, row: OutboxRecord) -> asyncio.Future:  # type: ignore[override]
        future = await super()._send(producer, row)

        def stamp(f: asyncio.Future, event_id: uuid.UUID = row.id) -> None:
            if not f.cancelled() and f.exception() is None:
                self.acked.setdefault(event_id, time.perf_counter())

        future.add_done_callback(stamp)
        return future


async def latency_scenario(
    name: str,
    *,
    url: str,
    settings: ServiceSettings,
    wake_on_commit: bool,
    events: int,
    warmup: int,
    interval: float,
) -> tuple[Result, Result]:
    suffix = uuid.uuid4().hex[:8]
    label = "wake" if wake_on_commit else "sweep"
    Contract = make_contract(f"bench.lat{label}{suffix}.happened")

    producer_db = Database(url, pool_size=settings.db_pool_size, source="bench")  # the producing service
    consumer_db = Database(url, pool_size=settings.db_pool_size, source="bench")  # the consuming service
    acked: dict[uuid.UUID, float] = {}
    relay = TimedRelay(producer_db, settings, acked)
    if not wake_on_commit:
        producer_db.after_commit.clear()  # the relay now only sweeps
    received: dict[uuid.UUID, float] = {}

    async def handler(uow: UnitOfWork, envelope: EventEnvelope) -> None:
        received[envelope.id] = time.perf_counter()

    runner = ConsumerRunner(f"bench-lat-{label}-{suffix}", consumer_db, settings, {Contract.event_type: handler})
    aggregates = [uuid.uuid4() for _ in range(AGGREGATES)]
    versions = dict.fromkeys(aggregates, 0)

    async def produce(count: int, seq0: int) -> tuple[dict[uuid.UUID, float], float]:
        """Commit `count` events, one per unit of work, one every `interval`; (commit stamps, rate)."""
        committed: dict[uuid.UUID, float] = {}
        start = time.perf_counter()
        for i in range(count):
            delay = start + i * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            aggregate = aggregates[(seq0 + i) % AGGREGATES]
            versions[aggregate] += 1
            async with producer_db.uow() as uow:
                envelope = uow.publish(
                    Contract(seq=seq0 + i), aggregate_id=aggregate, aggregate_version=versions[aggregate]
                )
                await uow.commit()
            committed[envelope.id] = time.perf_counter()
        elapsed = time.perf_counter() - start
        return committed, (count / elapsed if elapsed > 0 else math.nan)

    try:
        runner.start()
        await asyncio.wait_for(runner.ready.wait(), WAIT_TIMEOUT)  # partitions assigned
        relay.start()

        warm, _ = await produce(warmup, 0)
        if not await wait_until(lambda: warm.keys() <= received.keys(), WAIT_TIMEOUT):
            raise RuntimeError(f"{name}: warm-up events did not arrive within {WAIT_TIMEOUT}s")

        committed, rate = await produce(events, warmup)
        await wait_until(lambda: committed.keys() <= received.keys(), WAIT_TIMEOUT)
        on_broker = [(acked[i] - t) * 1000 for i, t in committed.items() if i in acked]
        end_to_end = [(received[i] - t) * 1000 for i, t in committed.items() if i in received]
        n = len(committed)
        return (
            Result(name, "relay: commit -> broker ack", len(on_broker), on_broker, rate, n - len(on_broker)),
            Result(name, "end to end: commit -> handler", len(end_to_end), end_to_end, rate, n - len(end_to_end)),
        )
    finally:
        await runner.stop()
        await relay.stop()
        await producer_db.dispose()
        await consumer_db.dispose()


# ------------------------------------------------------------------------------- scenario C


async def fill_topic(settings: ServiceSettings, Contract: type[EventContract], count: int) -> None:
    """Put `count` envelopes on the contract's topic, as the relay would (same value, key, headers)."""
    producer = make_producer(settings)
    await producer.start()
    try:
        aggregates = [uuid.uuid4() for _ in range(AGGREGATES)]
        futures = []
        for i in range(count):
            aggregate = aggregates[i % AGGREGATES]
            body = new_event(Contract(seq=i), aggregate_id=aggregate, aggregate_version=i // AGGREGATES + 1)
            data = body.model_dump(mode="json")
            value, key = encode_envelope(data), body.aggregate_id.encode()
            futures.append(await producer.send(body.topic, value=value, key=key, headers=envelope_headers(data)))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def drain(
    settings: ServiceSettings, topic: str, count: int, process: Callable[[ConsumerRecord], Awaitable[None]]
) -> tuple[int, float]:
    """The ConsumerRunner's own loop (getmany 200, process each record, commit the offset per
    partition batch), on a manual assignment so that neither timing includes a group join.
    Returns (records processed, seconds from the first fetch to the last offset commit)."""
    consumer = make_consumer(settings, group_id=f"bench-tput-{uuid.uuid4().hex[:8]}")
    await consumer.start()
    try:
        await consumer.topics()  # metadata for every topic
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not tps:
            raise RuntimeError(f"topic {topic} has no partitions")
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        done = 0
        started = time.perf_counter()
        deadline = started + WAIT_TIMEOUT + 60
        while done < count and time.perf_counter() < deadline:
            batch = await consumer.getmany(timeout_ms=500, max_records=200)
            for tp, records in batch.items():
                for record in records:
                    await process(record)
                done += len(records)
                await consumer.commit({tp: records[-1].offset + 1})
        return done, time.perf_counter() - started
    finally:
        await consumer.stop()


async def throughput_scenario(url: str, settings: ServiceSettings, events: int) -> tuple[Result, Result]:
    Contract = make_contract(f"bench.tput{uuid.uuid4().hex[:8]}.happened")
    topic = topic_of(Contract.event_type)
    await ensure_topics(settings.kafka_bootstrap_servers, [topic, topic + ".dlq"])
    await fill_topic(settings, Contract, events)

    async def parse_only(record: ConsumerRecord) -> None:
        EventEnvelope.model_validate_json(record.value)

    raw_done, raw_seconds = await drain(settings, topic, events, parse_only)

    db = Database(url, pool_size=settings.db_pool_size, source="bench")
    applied = 0

    async def handler(uow: UnitOfWork, envelope: EventEnvelope) -> None:
        nonlocal applied
        applied += 1

    runner = ConsumerRunner(f"bench-tput-{uuid.uuid4().hex[:8]}", db, settings, {Contract.event_type: handler})
    try:  # runner.process = parse, inbox insert + handler in one transaction, exactly as in runner._run
        run_done, run_seconds = await drain(settings, topic, events, runner.process)
    finally:
        await runner.stop()
        await db.dispose()
    raw = Result("C  raw aiokafka consumer", "parse only, no DB", raw_done, rate=raw_done / raw_seconds)
    idem = Result("C  idempotent ConsumerRunner", "inbox + handler txn", applied, rate=run_done / run_seconds)
    raw.lost, idem.lost = events - raw_done, events - applied
    return raw, idem


# ------------------------------------------------------------------------------------- driver


async def create_tables(url: str) -> None:
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.run_sync(SQLModel.metadata.create_all)
    finally:
        await db.dispose()


async def run(args: argparse.Namespace, broker: LocalBroker, broker_kind: str) -> None:
    created_pg: str | None = None
    created_sqlite: Path | None = None
    if args.database_url:
        url = args.database_url
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:" and not Path(path).exists():
                created_sqlite = Path(path)
    else:
        created_pg = f"palli_bench_{uuid.uuid4().hex[:10]}"
        await pg_admin(args.postgres_url, f'CREATE DATABASE "{created_pg}"')
        url = with_database(args.postgres_url, created_pg).replace("postgresql://", "postgresql+asyncpg://", 1)

    base = ServiceSettings(
        service_name="bench",
        database_url=url,
        kafka_bootstrap_servers=broker.bootstrap,
        kafka_enable_idempotence=broker.idempotence,
        log_json=False,
    )
    started = time.perf_counter()
    try:
        await create_tables(url)
        probe = Database(url)
        dialect = probe.engine.dialect.name
        await probe.dispose()

        interval = args.interval_ms / 1000
        console.print(
            f"[dim]A: {args.events} events (+{args.warmup} warm-up), one commit every {args.interval_ms:g} ms ...[/dim]"
        )
        a_relay, a_e2e = await latency_scenario(
            "A  wake-on-commit",
            url=url,
            settings=base.model_copy(update={"relay_sweep_seconds": 1.0}),
            wake_on_commit=True,
            events=args.events,
            warmup=args.warmup,
            interval=interval,
        )
        console.print(f"[dim]B: {args.sweep_events} events (+{args.warmup} warm-up), relay not woken ...[/dim]")
        b_relay, b_e2e = await latency_scenario(
            "B  sweep-only, 0.1 s",
            url=url,
            settings=base.model_copy(update={"relay_sweep_seconds": 0.1}),
            wake_on_commit=False,
            events=args.sweep_events,
            warmup=args.warmup,
            interval=interval,
        )
        console.print(f"[dim]C: {args.throughput_events} events already on the topic ...[/dim]")
        c_raw, c_runner = await throughput_scenario(url, base, args.throughput_events)
        elapsed = time.perf_counter() - started
        report(
            [a_relay, a_e2e, b_relay, b_e2e, c_raw, c_runner],
            {"a_relay": a_relay, "a": a_e2e, "b_relay": b_relay, "b": b_e2e, "c_raw": c_raw, "c_runner": c_runner},
            dialect,
            broker_kind,
            args,
            elapsed,
        )
    finally:
        if created_pg:
            try:
                await pg_admin(args.postgres_url, f'DROP DATABASE IF EXISTS "{created_pg}" WITH (FORCE)')
            except Exception as exc:  # noqa: BLE001
                console.print(f"[red]could not drop database {created_pg}: {exc!r}[/red]")
        if created_sqlite:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(created_sqlite) + suffix).unlink(missing_ok=True)


def fmt(value: float | None, digits: int = 1) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:,.{digits}f}"


def ratio(x: float | None, y: float | None) -> str:
    if x is None or y is None or math.isnan(x) or math.isnan(y) or y == 0:
        return "n/a"
    return f"{x / y:,.1f}x"


def report(rows: list[Result], r: dict[str, Result], dialect: str, broker_kind: str, args, elapsed: float) -> None:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    if console.width < 132:
        console.width = 132
    console.print()
    console.print(
        f"[bold]environment[/bold]  database: {dialect}   broker: {broker_kind}   "
        f"CPUs: {os.cpu_count()} (usable {usable})   Python {platform.python_version()} ({args.loop} loop)   "
        f"{platform.system()} {platform.machine()}"
    )
    if args.consumer_fetch_max_wait_ms is not None:
        console.print(
            f"[yellow]consumer fetch_max_wait_ms patched to {args.consumer_fetch_max_wait_ms} "
            "(not the platform default of 500)[/yellow]"
        )
    table = Table(title="event latency from database commit, and consumer throughput", title_justify="left")
    table.add_column("scenario", no_wrap=True)
    table.add_column("measured", no_wrap=True)
    table.add_column("events", justify="right")
    for col in ("median ms", "p95 ms", "p99 ms", "max ms"):
        table.add_column(col, justify="right")
    table.add_column("events/s", justify="right")
    table.add_column("lost", justify="right")
    for row in rows:
        lat = bool(row.latencies_ms)
        table.add_row(
            row.name,
            row.stage,
            str(row.events),
            fmt(row.median if lat else None, 2),
            fmt(row.stat(95) if lat else None, 2),
            fmt(row.stat(99) if lat else None, 2),
            fmt(max(row.latencies_ms) if lat else None, 2),
            fmt(row.rate, 0),
            str(row.lost),
        )
    table.caption = (
        "A: relay woken by each commit, sweep 1 s.  B: relay not woken, sweep 0.1 s.  "
        "events/s: A, B = offered commit rate; C = apply rate, first fetch to last offset commit."
    )
    table.caption_justify = "left"
    console.print(table)

    a, b, a_relay, b_relay, c_raw, c_run = r["a"], r["b"], r["a_relay"], r["b_relay"], r["c_raw"], r["c_runner"]
    console.print(f"sweep-only / wake-on-commit median = {ratio(b.median, a.median)}   (end to end)")
    console.print(f"sweep-only / wake-on-commit p99    = {ratio(b.stat(99), a.stat(99))}   (end to end)")
    console.print(f"sweep-only / wake-on-commit median = {ratio(b_relay.median, a_relay.median)}   (relay only)")
    console.print(f"sweep-only / wake-on-commit p99    = {ratio(b_relay.stat(99), a_relay.stat(99))}   (relay only)")
    console.print(f"raw consumer / idempotent consumer throughput = {ratio(c_raw.rate, c_run.rate)}")
    if c_raw.rate and c_run.rate:
        per_event = (1 / c_run.rate - 1 / c_raw.rate) * 1000
        console.print(f"exactly-once bookkeeping (inbox insert + handler transaction) = {per_event:.2f} ms per event")
    console.print(f"[dim]run time {elapsed:.1f} s (after the broker started)[/dim]")
    lost = sum(row.lost for row in rows)
    if lost:
        console.print(f"[red]{lost} event(s) missing after waiting {WAIT_TIMEOUT:.0f} s[/red]")


def patch_consumer_fetch_wait(ms: int) -> None:
    """Bench-only knob: make every consumer built by make_consumer long-poll for at most `ms`.
    (aiokafka reads the private attribute when start() builds its fetcher.)"""
    import palli_common.consumer as consumer_module

    original = consumer_module.make_consumer

    def make_consumer_patched(*a, **kw):
        consumer = original(*a, **kw)
        consumer._fetch_max_wait_ms = ms  # noqa: SLF001
        return consumer

    consumer_module.make_consumer = make_consumer_patched
    globals()["make_consumer"] = make_consumer_patched


def broker_kind_of(broker: LocalBroker) -> str:
    if broker._proc is not None:  # noqa: SLF001
        return f"Tansu (bundled, {broker.bootstrap})"
    if broker._container is not None:  # noqa: SLF001
        return f"Kafka (testcontainers, {broker.bootstrap})"
    return f"Kafka-compatible via KAFKA_BOOTSTRAP_SERVERS ({broker.bootstrap})"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    p.add_argument("--events", type=int, default=1000, help="measured events in scenario A (default 1000)")
    p.add_argument("--sweep-events", type=int, help="measured events in scenario B (default: --events, min 200)")
    p.add_argument("--throughput-events", type=int, help="events in scenario C (default: 2 x --events)")
    p.add_argument("--warmup", type=int, default=50, help="uncounted warm-up events before A and B (default 50)")
    p.add_argument("--interval-ms", type=float, default=10.0, help="one commit every N ms in A and B (default 10)")
    p.add_argument("--database-url", help="use this database instead of a fresh PostgreSQL one (tables are created)")
    p.add_argument(
        "--postgres-url",
        default=os.environ.get("PALLI_BENCH_POSTGRES_URL", DEFAULT_POSTGRES),
        help=f"server on which a fresh database is created and dropped (default {DEFAULT_POSTGRES})",
    )
    try:
        import uvloop  # noqa: F401

        default_loop = "uvloop"  # what uvicorn picks ("auto") when it is installed
    except ImportError:
        default_loop = "asyncio"
    p.add_argument("--loop", choices=["asyncio", "uvloop"], default=default_loop)
    p.add_argument(
        "--consumer-fetch-max-wait-ms",
        type=int,
        help="diagnostic: override aiokafka's fetch_max_wait_ms (500) for every consumer in the run",
    )
    args = p.parse_args(argv)
    if args.sweep_events is None:
        args.sweep_events = max(200, args.events)
    if args.throughput_events is None:
        args.throughput_events = 2 * args.events
    if min(args.events, args.sweep_events, args.throughput_events) < 2:
        p.error("event counts must be at least 2")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    log_path = os.path.join(tempfile.gettempdir(), f"palli-bench-broker-{os.getpid()}.log")
    if args.consumer_fetch_max_wait_ms is not None:
        patch_consumer_fetch_wait(args.consumer_fetch_max_wait_ms)
    broker = provide_broker(log_path=log_path)
    try:
        coro = run(args, broker, broker_kind_of(broker))
        if args.loop == "uvloop":
            import uvloop

            uvloop.run(coro)
        else:
            asyncio.run(coro)
    except KeyboardInterrupt:
        return 130
    finally:
        broker.stop()
        if broker._proc is not None:  # noqa: SLF001
            Path(log_path).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
