"""From a repayment in lending to its journal entry in the ledger, in one run:

    .venv/bin/python bench/events.py [--repayments 1000] [--rate 40] [--full-rate 2000] [--backlog 3000]

Real `palli-lending serve` and `palli-ledger serve` processes on fresh PostgreSQL databases and a
broker (KAFKA_BOOTSTRAP_SERVERS, else a testcontainers Kafka, else the bundled Tansu).

  latency      --repayments repayments posted through lending's API at --rate per second; for
               each, the delay from lending's commit (the outbox row's timestamp, written in the
               repayment's transaction) to the ledger's commit of its journal entry (posted_at,
               written in the posting transaction), matched by event id: median, p95, p99, max.
  full rate    --full-rate repayments posted as fast as lending takes them (16 clients) while the
               ledger runs: lending's rate and the commit -> journal entry delay (does it keep up?).
  throughput   the ledger is stopped, --backlog repayments are posted as fast as lending takes
               them, then the ledger starts and works off the backlog: postings per second from its
               first posting to its last (its start and group join are reported apart), beside the
               rate lending produced them at. Twice: with the consumer's batch transactions (the
               default) and with one transaction per event (LEDGER_CONSUMER_BATCH_TRANSACTIONS=false).

Both databases are dropped at the end. Clocks: one machine, so timestamps compare directly.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table

from palli_common.clock import business_today
from palli_common.testing.broker import free_port, provide_broker
from palli_common.testing.identity import InternalKeys
from palli_common.testing.memory import rss_mb
from palli_lending.testing import open_loans, seed_borrowers

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
console = Console()


async def admin(server: str, sql: str) -> None:
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def fetch(url: str, sql: str, *args: object) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


class Service:
    def __init__(self, name: str, env: dict[str, str]):
        self.name, self.env, self.port = name, env, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = ROOT / ".data" / f"bench-events-{name}.log"

    def migrate(self) -> None:
        done = subprocess.run([str(BIN / f"palli-{self.name}"), "migrate"], env=self.env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stdout + done.stderr)

    def start(self) -> float:
        """Starts the process; seconds until it answers /healthz."""
        started = time.perf_counter()
        self.log.parent.mkdir(exist_ok=True)
        self.proc = subprocess.Popen([str(BIN / f"palli-{self.name}"), "serve", "--port", str(self.port)], env=self.env, cwd=ROOT,
                                     stdout=self.log.open("a"), stderr=subprocess.STDOUT)
        for _ in range(300):
            try:
                if httpx.get(self.url + "/healthz").status_code == 200:
                    return time.perf_counter() - started
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"{self.name} did not start; see {self.log}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


async def repay(c: httpx.AsyncClient, loans: list[str], total: int, *, rate: float | None, concurrency: int = 16) -> float:
    """Posts `total` repayments (paced at `rate`/s when given); returns repayments per second."""
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            r = await c.post(f"/v1/loans/{loans[i % len(loans)]}/repayments",
                             json={"amount": f"{3 + i % 7}.{i % 100:02d}", "paid_on": business_today().isoformat()})
            if r.status_code != 201:
                raise SystemExit(f"repayment failed: {r.status_code} {r.text}")

    started = time.perf_counter()
    tasks = []
    for i in range(total):
        if rate:
            await asyncio.sleep(max(0.0, started + i / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(one(i)))
    await asyncio.gather(*tasks)
    return total / (time.perf_counter() - started)


async def wait_posted(ledger_db: str, at_least: int, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while True:
        n = (await fetch(ledger_db, "SELECT count(*) FROM journal_entries WHERE kind = 'event'"))[0][0]
        if n >= at_least:
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"the ledger posted {n} of {at_least} entries in {timeout}s")
        await asyncio.sleep(0.2)


async def delays_ms(lending_db: str, ledger_db: str, since: datetime) -> dict[str, list[float]]:
    """Per repayment event since `since`, matched by event id: lending commit -> ledger commit, and
    its legs: lending commit -> marked published by the relay (after the broker's ack), -> taken
    up by the ledger's consumer (its inbox row), -> posted."""
    made = {r["id"]: r for r in await fetch(
        lending_db, "SELECT id, created_at, published_at FROM outbox "
                    "WHERE event_type = 'lending.loan.repayment_received' AND created_at >= $1", since)}
    posted = await fetch(ledger_db, "SELECT e.source_event_id, e.posted_at, i.processed_at FROM journal_entries e "
                                    "JOIN inbox i ON i.event_id = e.source_event_id WHERE e.source_event_id = ANY($1::uuid[])", list(made))
    out: dict[str, list[float]] = {"total": [], "relay": [], "broker and consumer": [], "posting": []}
    for r in posted:
        lending = made[r["source_event_id"]]
        out["total"].append((r["posted_at"] - lending["created_at"]).total_seconds() * 1000)
        out["relay"].append((lending["published_at"] - lending["created_at"]).total_seconds() * 1000)
        out["broker and consumer"].append((r["processed_at"] - lending["published_at"]).total_seconds() * 1000)
        out["posting"].append((r["posted_at"] - r["processed_at"]).total_seconds() * 1000)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(args: argparse.Namespace) -> None:
    server = args.postgres_url
    run = secrets.token_hex(4)
    names = {"lending": f"palli_bench_lending_{run}", "ledger": f"palli_bench_ledger_{run}"}
    base = server.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    urls = {k: f"{base}/{v}" for k, v in names.items()}
    for name in names.values():
        await admin(server, f'CREATE DATABASE "{name}"')
    broker = provide_broker()
    keys = InternalKeys(Path(tempfile.mkdtemp(prefix="palli-bench-keys-")))
    common = {**os.environ, "PALLI_ENV": "test", "LOG_LEVEL": "WARNING", "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
              "KAFKA_ENABLE_IDEMPOTENCE": str(broker.idempotence).lower(), "INTERNAL_JWKS": str(keys.jwks_path)}
    lending = Service("lending", {**common, "LENDING_DATABASE_URL": urls["lending"]})
    ledger = Service("ledger", {**common, "LEDGER_DATABASE_URL": urls["ledger"]})
    try:
        lending.migrate()
        ledger.migrate()
        lending.start()
        ledger.start()
        _, members = await seed_borrowers(urls["lending"], 64)
        officer = {"Authorization": f"Bearer {keys.token(roles=['field_officer'], subject='bench-officer', lifetime=7200)}"}
        manager = {"Authorization": f"Bearer {keys.token(roles=['branch_manager'], subject='bench-manager', lifetime=7200)}"}
        limits = httpx.Limits(max_connections=32)
        async with httpx.AsyncClient(base_url=lending.url, headers=officer, limits=limits, timeout=60) as c, \
                httpx.AsyncClient(base_url=lending.url, headers=manager, timeout=60) as m:
            loans = await open_loans(c, m, members)
            await repay(c, loans, 100, rate=None)  # warm up both services and the consumer group
            await wait_posted(urls["ledger"], len(loans) + 100)
            console.print(f"latency: {args.repayments} repayments at {args.rate}/s ...")
            since = datetime.now(UTC)
            await repay(c, loans, args.repayments, rate=args.rate)
            await wait_posted(urls["ledger"], len(loans) + 100 + args.repayments)
            delays = await delays_ms(urls["lending"], urls["ledger"], since)

            posted = len(loans) + 100 + args.repayments
            console.print(f"lag at full rate: {args.full_rate} repayments as fast as lending takes them, the ledger running ...")
            since = datetime.now(UTC)
            full_rate = await repay(c, loans, args.full_rate, rate=None)
            rss = {"lending": rss_mb(lending.proc.pid, children=True)[0], "ledger": rss_mb(ledger.proc.pid, children=True)[0]}
            posted += args.full_rate
            await wait_posted(urls["ledger"], posted)
            full_delays = (await delays_ms(urls["lending"], urls["ledger"], since))["total"]
            backlog: dict[str, tuple[float, float, float, float]] = {}
            for mode, batched in (("one transaction per fetched batch", "true"), ("one transaction per event", "false")):
                console.print(f"throughput ({mode}): ledger stopped, {args.backlog} repayments queue up ...")
                ledger.stop()
                produced = await repay(c, loans, args.backlog, rate=None)
                start = datetime.now(UTC)
                ledger.env["LEDGER_CONSUMER_BATCH_TRANSACTIONS"] = batched
                startup = ledger.start()
                posted += args.backlog
                await wait_posted(urls["ledger"], posted)
                first, last = (await fetch(urls["ledger"], "SELECT min(posted_at), max(posted_at) FROM journal_entries "
                                                           "WHERE posted_at >= $1", start))[0]
                backlog[mode] = (produced, args.backlog / (last - first).total_seconds(), startup, (last - start).total_seconds())
            balanced = (await fetch(urls["ledger"], "SELECT coalesce(sum(debit), 0) = coalesce(sum(credit), 0) FROM journal_lines"))[0][0]
    finally:
        try:
            ledger.stop()
            lending.stop()
        finally:
            broker.stop()
        for name in names.values():
            await admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    table = Table(title="Lending -> ledger, one run (PostgreSQL and the broker on the same 2 cores as both services and the client)")
    table.add_column("measure")
    table.add_column("result", justify="right")
    total = delays["total"]
    table.add_row(f"repayment commit -> journal entry commit, {len(total)} repayments at {args.rate}/s: median ms", f"{pct(total, 0.5):.1f}")
    table.add_row("  p95 / p99 / max ms", f"{pct(total, 0.95):.1f} / {pct(total, 0.99):.1f} / {max(total):.1f}")
    for leg in ("relay", "broker and consumer", "posting"):
        table.add_row(f"  of which {leg}: median / p99 ms", f"{pct(delays[leg], 0.5):.1f} / {pct(delays[leg], 0.99):.1f}")
    table.add_row(f"{len(full_delays)} repayments at lending's full rate (16 clients), the ledger running: repayments / s", f"{full_rate:,.0f}")
    table.add_row("  commit -> journal entry: median / p99 / max ms",
                  f"{pct(full_delays, 0.5):.1f} / {pct(full_delays, 0.99):.1f} / {max(full_delays):.1f}")
    table.add_row("  RSS after it: lending; ledger MB", f"{rss['lending']:.0f}; {rss['ledger']:.0f}")
    for mode, (produced, postings, startup, catch_up) in backlog.items():
        table.add_row(f"backlog of {args.backlog}, {mode}: lending repayments / s (16 clients)", f"{produced:,.0f}")
        table.add_row("  ledger postings / s working it off; ratio to lending's rate", f"{postings:,.0f}; {postings / produced:.2f}x")
        table.add_row("  ledger start to /healthz; start to last posting (incl. group join), s", f"{startup:.1f}; {catch_up:.1f}")
    rates = [postings for _, postings, _, _ in backlog.values()]
    table.add_row("postings / s, batch transactions / one per event", f"{rates[0] / rates[1]:.2f}x")
    table.add_row("journal debits equal credits", "yes" if balanced else "NO")
    console.print(table)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repayments", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=40.0, help="repayments per second in the latency run")
    parser.add_argument("--backlog", type=int, default=3000)
    parser.add_argument("--full-rate", type=int, default=2000, help="repayments posted unpaced with the ledger running (its lag)")
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    asyncio.run(main(parser.parse_args()))
