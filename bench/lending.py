"""Lending's speed, in one run:

    .venv/bin/python bench/lending.py [--loans 100000] [--repayments 2000] [--history 1000] [--cob-old]

  schedules     schedules generated per second (domain.schedule.generate, in process): a 46-week
                flat loan, a 52-week declining one and a 36-month declining one.
  repayments    repayments posted per second through the HTTP API of a real `palli-lending serve`
                process (PostgreSQL, one worker): 16 clients on 64 loans; and one client on one loan
                (each payment waits for the loan's row lock, so that is the per-loan rate).
  history       GET /v1/loans/{id} for a loan with 1 transaction and for one with --history
                transactions, alternating, p50 / p99: the read must not grow with history.
  sheets        collection sheets through the same API: --sheet-groups samities of 64 members
                with a loan each, one client per samity posting --sheets sheets of 64 lines one
                after another (a meeting's sheet locks its loans, so a samity's sheets queue):
                repayment lines posted per second, and the sheet's p50 / p99.
  close of      `close_business_day` over --loans active loans (bulk-inserted, 1-3 installments
  business      each, a third overdue) on PostgreSQL, in a process of its own: seconds, seconds per
                100,000 loans, the next day (the overdue loans' days past due move on by one), the
                same day closed again (nothing changes) and the process's peak RSS. --cob-old also closes a twin database by the batched path (the one before the
                staged path; SQLite's), side by side.
  RSS           the `palli-lending serve` process after the API load, now and at peak.

Databases are fresh PostgreSQL databases (dropped at the end) on --postgres-url.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import tempfile
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table

from palli_common.clock import business_today
from palli_common.testing.broker import free_port
from palli_common.testing.identity import InternalKeys
from palli_common.testing.memory import rss_mb
from palli_lending.testing import GEN_MC, open_loans, seed_borrowers, seed_samity
from palli_lending.domain.schedule import Amortisation, Frequency, InterestMethod, ScheduleTerms, generate

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
console = Console()


def schedules_per_second(seconds: float = 3.0) -> dict[str, float]:
    kinds = {
        "46 weekly, flat": ScheduleTerms(principal=Decimal("10000"), annual_rate=Decimal("12"), installments=46, frequency=Frequency.WEEKLY,
                                         interest_method=InterestMethod.FLAT, amortisation=Amortisation.EQUAL_INSTALLMENTS,
                                         disbursed_on=date(2026, 1, 4), meeting_weekday=6, installment_multiple=Decimal("1")),
        "52 weekly, declining": ScheduleTerms(principal=Decimal("50000"), annual_rate=Decimal("24"), installments=52, frequency=Frequency.WEEKLY,
                                              interest_method=InterestMethod.DECLINING_BALANCE, amortisation=Amortisation.EQUAL_INSTALLMENTS,
                                              disbursed_on=date(2026, 1, 4), meeting_weekday=6),
        "36 monthly, declining": ScheduleTerms(principal=Decimal("300000"), annual_rate=Decimal("15"), installments=36, frequency=Frequency.MONTHLY,
                                               interest_method=InterestMethod.DECLINING_BALANCE, amortisation=Amortisation.EQUAL_INSTALLMENTS,
                                               disbursed_on=date(2026, 1, 4)),
    }
    out = {}
    for name, terms in kinds.items():
        count, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds / len(kinds):
            generate(terms)
            count += 1
        out[name] = count / (time.perf_counter() - started)
    return out


async def admin(server: str, sql: str) -> None:
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def repay_many(c: httpx.AsyncClient, loans: list[str], total: int, concurrency: int) -> float:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(loans[i % len(loans)])

    async def worker() -> None:
        while not queue.empty():
            loan_id = queue.get_nowait()
            r = await c.post(f"/v1/loans/{loan_id}/repayments", json={"amount": "1.00", "paid_on": business_today().isoformat()})
            if r.status_code != 201:
                raise SystemExit(f"repayment failed: {r.status_code} {r.text}")

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)


async def post_sheets(c: httpx.AsyncClient, groups: dict[str, list[str]], sheets: int) -> tuple[float, list[float]]:
    """Each samity's `sheets` sheets posted one after another, the samities side by side: (lines/s, seconds per sheet)."""
    today = business_today().isoformat()
    took: list[float] = []

    async def one_group(group_id: str, loans: list[str]) -> None:
        for _ in range(sheets):
            body = {"group_id": group_id, "meeting_on": today, "lines": [{"loan_id": loan, "amount": "1.00"} for loan in loans]}
            started = time.perf_counter()
            r = await c.post("/v1/collection-sheets", json=body, headers={"Idempotency-Key": secrets.token_hex(8)})
            took.append(time.perf_counter() - started)
            if r.status_code != 201 or r.json()["posted"] != len(loans):
                raise SystemExit(f"sheet failed: {r.status_code} {r.text[:500]}")

    started = time.perf_counter()
    await asyncio.gather(*(one_group(g, loans) for g, loans in groups.items()))
    return sum(len(v) for v in groups.values()) * sheets / (time.perf_counter() - started), took


async def read_latency(c: httpx.AsyncClient, loan_ids: dict[str, str], rounds: int = 300) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {name: [] for name in loan_ids}
    for _ in range(rounds):
        for name, loan_id in loan_ids.items():
            started = time.perf_counter()
            r = await c.get(f"/v1/loans/{loan_id}")
            out[name].append(time.perf_counter() - started)
            r.raise_for_status()
    return out


async def seed_close_of_business(db_url: str, loans: int) -> None:
    """Bulk-inserts `loans` active loans (1-3 installments, a third overdue)."""
    raw = db_url.replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(raw)
    try:
        await conn.execute(f"""
            INSERT INTO loans (id, member_id, group_id, branch_id, product_id, status, principal, annual_rate, frequency, installments,
                applied_by, applied_at, outstanding_principal, outstanding_interest, outstanding_penalty, paid_principal, paid_interest,
                paid_penalty, overdue_principal, overdue_interest, days_past_due, classification, transaction_count, version,
                created_at, updated_at, disbursed_on)
            SELECT md5('loan' || g)::uuid, gen_random_uuid(), gen_random_uuid(), md5('branch' || (g % 20))::uuid, '{GEN_MC}', 'active',
                   1000000, 12, 'weekly', 3, 'bench', now(), 1000000, 36000, 0, 0, 0, 0, 0, 0, 0, 'standard', 1, 1, now(), now(),
                   current_date - 120
            FROM generate_series(1, {loans}) g""")
        await conn.execute(f"""
            INSERT INTO loan_installments (loan_id, number, due_on, principal, interest, penalty, paid_principal, paid_interest,
                paid_penalty, waived_interest)
            SELECT md5('loan' || g)::uuid, n, CASE WHEN g % 3 = 0 THEN current_date - (40 * (4 - n)) ELSE current_date + 7 * n END,
                   333334, 12000, 0, 0, 0, 0, 0
            FROM generate_series(1, {loans}) g, generate_series(1, 1 + g % 3) n""")
        await conn.execute("ANALYZE loans; ANALYZE loan_installments")
        await conn.execute("CHECKPOINT")  # the job's run starts on a clean slate, whichever database goes first
    finally:
        await conn.close()


# The job in a process of its own (as `palli-lending close-of-business` runs it), so its peak RSS is
# its own: yesterday closed (every loan changes), then today (the next day: the overdue third's days
# past due move on by one, as on most days), then today again (nothing changes; the staged path only).
_COB_JOB = """
import asyncio, json, resource, sys
from datetime import timedelta
from palli_common.clock import business_today
from palli_common.db import Database
from palli_lending.service.close_of_business import close_business_day

async def main(url, method):
    db = Database(url)
    try:
        first = await close_business_day(db, business_today() - timedelta(days=1), method=method)
        if method == "staged":
            following = await close_business_day(db, business_today(), method=method)
            again = await close_business_day(db, business_today(), method=method)
    finally:
        await db.dispose()
    staged = method == "staged"
    print(json.dumps({"seconds": first.seconds, "again": staged and again.seconds, "next": staged and following.seconds,
                      "next_updated": staged and following.updated, "loans": first.loans, "updated": first.updated,
                      "events": first.events, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))

asyncio.run(main(*sys.argv[1:]))
"""


def close_of_business(db_url: str, method: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _COB_JOB, db_url, method], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def main(args: argparse.Namespace) -> None:
    suffix = secrets.token_hex(4)
    names = {"api": f"palli_bench_lending_{suffix}", "cob": f"palli_bench_cob_{suffix}"}
    if args.cob_old:
        names["cob_old"] = f"palli_bench_cob_old_{suffix}"
    server = args.postgres_url
    base = server.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    urls = {k: f"{base}/{v}" for k, v in names.items()}
    rates = schedules_per_second()
    for name in names.values():
        await admin(server, f'CREATE DATABASE "{name}"')
    keys = InternalKeys(Path(tempfile.mkdtemp(prefix="palli-bench-")))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LENDING_")}
    env.update({"PALLI_ENV": "development", "LOG_LEVEL": "WARNING", "LENDING_RELAY_ENABLED": "false",
                "LENDING_CONSUMERS_ENABLED": "false", "INTERNAL_JWKS": str(keys.jwks_path)})
    proc = None
    try:
        for key in names:
            done = subprocess.run([str(BIN / "palli-lending"), "migrate"], env={**env, "LENDING_DATABASE_URL": urls[key]},
                                  cwd=ROOT, capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(done.stdout + done.stderr)
        log = (ROOT / ".data").resolve()
        log.mkdir(exist_ok=True)
        proc = subprocess.Popen([str(BIN / "palli-lending"), "serve", "--port", str(port)], env={**env, "LENDING_DATABASE_URL": urls["api"]},
                                cwd=ROOT, stdout=(log / "bench-lending.log").open("w"), stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        _, members = await seed_borrowers(urls["api"], 66)
        officer = {"Authorization": f"Bearer {keys.token(roles=['field_officer'], subject='bench-officer', lifetime=3600)}"}
        manager = {"Authorization": f"Bearer {keys.token(roles=['branch_manager'], subject='bench-manager', lifetime=3600)}"}
        limits = httpx.Limits(max_connections=32)
        async with httpx.AsyncClient(base_url=url, headers=officer, limits=limits, timeout=60) as c, \
                httpx.AsyncClient(base_url=url, headers=manager, timeout=60) as m:
            loans = await open_loans(c, m, members)
            fresh, busy, spread = loans[0], loans[1], loans[2:]
            await repay_many(c, spread, 200, 16)  # warm up
            across = await repay_many(c, spread, args.repayments, 16)
            one_loan = await repay_many(c, [busy], args.history, 1)
            latency = await read_latency(c, {"1 transaction": fresh, f"{args.history + 1} transactions": busy})
            groups = {}
            for _ in range(args.sheet_groups):
                _, group_id, group_members = await seed_samity(urls["api"], 64)
                groups[str(group_id)] = await open_loans(c, m, group_members)
            await post_sheets(c, groups, 2)  # warm up
            sheet_lines, sheet_took = await post_sheets(c, groups, args.sheets)
            serve_rss = rss_mb(proc.pid)
        proc.terminate()
        proc.wait(timeout=10)
        proc = None
        await seed_close_of_business(urls["cob"], args.loans)
        cob = close_of_business(urls["cob"], "staged")
        cob_old = None
        if args.cob_old:  # its twin, seeded the same way right before it runs
            await admin(server, f'DROP DATABASE IF EXISTS "{names["cob"]}" WITH (FORCE)')
            await seed_close_of_business(urls["cob_old"], args.loans)
            cob_old = close_of_business(urls["cob_old"], "batched")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        for name in names.values():
            await admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    table = Table(title="Lending, one run (PostgreSQL, 2 cores shared by client and server)")
    table.add_column("measure")
    table.add_column("result", justify="right")
    for name, rate in rates.items():
        table.add_row(f"schedules generated / s ({name})", f"{rate:,.0f}")
    table.add_row("repayments posted / s through the API (16 clients, 64 loans)", f"{across:,.0f}")
    table.add_row("repayments posted / s on one loan (1 client)", f"{one_loan:,.0f}")
    for name, values in latency.items():
        table.add_row(f"GET loan with {name}: p50 / p99 ms", f"{pct(values, 0.5):.2f} / {pct(values, 0.99):.2f}")
    names_ = list(latency)
    table.add_row("read latency ratio, long history / new (p50)", f"{pct(latency[names_[1]], 0.5) / pct(latency[names_[0]], 0.5):.2f}x")
    table.add_row(f"collection sheet lines posted / s ({args.sheet_groups} samities side by side, 64 lines a sheet)", f"{sheet_lines:,.0f}")
    table.add_row("collection sheet of 64 lines: p50 / p99 ms", f"{pct(sheet_took, 0.5):.0f} / {pct(sheet_took, 0.99):.0f}")
    table.add_row("lending serve RSS after the API load, now / peak MB", f"{serve_rss[0]:.0f} / {serve_rss[1]:.0f}")
    table.add_row(f"close of business, {args.loans:,} loans: seconds", f"{cob['seconds']:.1f}")
    table.add_row("close of business: loans updated / events", f"{cob['updated']:,} / {cob['events']:,}")
    table.add_row("close of business: seconds per 100,000 loans", f"{cob['seconds'] / args.loans * 100_000:.1f}")
    table.add_row(f"close of business, the next day ({cob['next_updated']:,} loans move on a day): seconds", f"{cob['next']:.1f}")
    table.add_row("close of business, same day again (no change): seconds", f"{cob['again']:.1f}")
    table.add_row("close of business: the job's peak RSS MB", f"{cob['rss_mb']:.0f}")
    if cob_old:
        table.add_row("close of business, batched path (before): seconds", f"{cob_old['seconds']:.1f}")
        table.add_row("close of business: batched / staged", f"{cob_old['seconds'] / cob['seconds']:.2f}x")
        table.add_row("close of business, batched path: peak RSS MB", f"{cob_old['rss_mb']:.0f}")
        if (cob_old["updated"], cob_old["events"]) != (cob["updated"], cob["events"]):
            raise SystemExit(f"the paths disagree: batched {cob_old}, staged {cob}")
    console.print(table)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--repayments", type=int, default=2000)
    parser.add_argument("--history", type=int, default=1000)
    parser.add_argument("--sheets", type=int, default=25, help="collection sheets per samity")
    parser.add_argument("--sheet-groups", type=int, default=4, help="samities posting sheets side by side")
    parser.add_argument("--cob-old", action="store_true", help="also close a twin database by the batched path (the one before), side by side")
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    asyncio.run(main(parser.parse_args()))
