"""Training: attendance posted through the API, and the national district report at a million
participants, in one run on a fresh PostgreSQL database:

    .venv/bin/python bench/training.py [--sessions 200] [--per-session 50] [--participants 1000000]

  attendance  --sessions sessions of one cohort, each posted as one request of --per-session records
              by 8 clients at once (the way facilitators' phones sync), then every post sent again
              (a resend: nothing changes): records/s for both, side by side
  report      GET /v1/training/reports/impact?by=district over --participants participants spread
              over the 64 districts (bulk-inserted), p50 / p99 of 30 calls, beside the same report
              on 10,000 participants
The service runs as `palli-training serve` against the database; the database is dropped at the end.
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table

from palli_common.clock import business_today
from palli_common.geo import list_districts
from palli_common.testing.broker import free_port
from palli_common.testing.identity import InternalKeys
from palli_training.testing import AC_YOUTH, TANGAIL

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
console = Console()


async def sql(url: str, statement: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def seed_participants(url: str, n: int) -> None:
    """`n` participants over the 64 districts, both genders, born 1960-2010, registered over a year."""
    districts = [d["name"].replace("'", "''") for d in list_districts()]
    names = ", ".join(f"'{d}'" for d in districts)
    await sql(url, f"""
        INSERT INTO training_participants (id, member_id, branch_id, name, name_bn, gender, date_of_birth, division, district, upazila,
                                           mobile, guardian_name, guardian_mobile, consent_by, consent_on, partner, created_by, created_at, version)
        SELECT gen_random_uuid(), NULL, NULL, 'Bench ' || g, NULL, CASE WHEN g % 3 = 0 THEN 'male' ELSE 'female' END,
               DATE '1960-01-01' + (g % 18000), 'Dhaka', (ARRAY[{names}])[1 + g % {len(districts)}], 'Sadar', NULL, NULL, NULL, 'self',
               CURRENT_DATE, 'Partner ' || (g % 20), 'bench', now() - make_interval(days => g % 360), 1
        FROM generate_series(1, {n}) g;
        ANALYZE training_participants""")


async def post_attendance(c: httpx.AsyncClient, sessions: list[dict], people: list[dict], tag: str, clients: int) -> tuple[float, int]:
    queue = list(sessions)
    recorded = 0

    async def worker() -> None:
        nonlocal recorded
        while queue:
            s = queue.pop()
            body = {"records": [{"participant_id": p["id"], "status": "present", "client_id": f"{tag}-{s['id'][-8:]}-{p['id'][-8:]}",
                                 "taken_at": datetime.now(UTC).isoformat()} for p in people]}
            r = await c.post(f"/v1/training/sessions/{s['id']}/attendance", json=body)
            r.raise_for_status()
            recorded += r.json()["recorded"]

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return len(sessions) * len(people) / (time.perf_counter() - started), recorded


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def report_latency(c: httpx.AsyncClient, calls: int = 30) -> list[float]:
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        r = await c.get("/v1/training/reports/impact", params={"by": "district"})
        out.append(time.perf_counter() - started)
        r.raise_for_status()
    return out


async def main(args: argparse.Namespace) -> None:
    name = f"palli_bench_training_{secrets.token_hex(4)}"
    server = args.postgres_url
    raw = f"{server.rsplit('/', 1)[0]}/{name}"
    url = raw.replace("postgresql://", "postgresql+asyncpg://", 1)
    await sql(server, f'CREATE DATABASE "{name}"')
    keys = InternalKeys(Path(tempfile.mkdtemp(prefix="palli-bench-")))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAINING_")}
    env.update({"PALLI_ENV": "development", "LOG_LEVEL": "WARNING", "TRAINING_RELAY_ENABLED": "false", "TRAINING_CONSUMERS_ENABLED": "false",
                "INTERNAL_JWKS": str(keys.jwks_path), "TRAINING_DATABASE_URL": url})
    proc = None
    try:
        done = subprocess.run([str(BIN / "palli-training"), "migrate"], env=env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stdout + done.stderr)
        log = (ROOT / ".data").resolve()
        log.mkdir(exist_ok=True)
        proc = subprocess.Popen([str(BIN / "palli-training"), "serve", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=(log / "bench-training.log").open("w"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        admin = {"Authorization": f"Bearer {keys.token(roles=['admin'], subject='bench-admin', lifetime=3600)}"}
        async with httpx.AsyncClient(base_url=base, headers=admin, limits=httpx.Limits(max_connections=32), timeout=120) as c:
            async def post(path: str, body: dict) -> dict:
                r = await c.post(path, json=body)
                r.raise_for_status()
                return r.json()

            def youth(i: int) -> dict:
                return {"name": f"Youth {i}", "gender": "female", "date_of_birth": "2001-01-01", "address": TANGAIL, "consent": True}

            lead = await post("/v1/training/participants", youth(0))
            master = await post("/v1/training/facilitators", {"participant_id": lead["id"], "level": "master"})
            cohort = await post("/v1/training/cohorts", {
                "programme_id": AC_YOUTH, "facilitator_id": master["id"], "name": "Bench", "address": TANGAIL, "place": "Hall",
                "capacity": args.per_session, "starts_on": (business_today() - timedelta(days=1)).isoformat(), "every_days": 1})
            people = [await post("/v1/training/participants", youth(i + 1)) for i in range(args.per_session)]
            for p in people:
                await post(f"/v1/training/cohorts/{cohort['id']}/enrolments", {"participant_id": p["id"]})
            sessions = cohort["sessions"][:1]
            # more sessions of the cohort on its first (past) day, as make-ups would be
            await sql(raw, f"""
                INSERT INTO training_sessions (id, cohort_id, module_id, number, scheduled_on, status, makeup_of, cancel_reason)
                SELECT gen_random_uuid(), '{cohort['id']}', module_id, 100 + g, scheduled_on, 'scheduled', NULL, NULL
                FROM training_sessions, generate_series(1, {args.sessions - 1}) g WHERE id = '{sessions[0]['id']}'""")
            sessions = (await c.get(f"/v1/training/cohorts/{cohort['id']}")).json()["sessions"]
            sessions = [s for s in sessions if s["scheduled_on"] <= business_today().isoformat()][: args.sessions]
            await post_attendance(c, sessions[:5], people, "warm", 8)
            rest = sessions[5:]
            first_rate, recorded = await post_attendance(c, rest, people, "bench", 8)
            resend_rate, again = await post_attendance(c, rest, people, "bench", 8)
            if recorded != len(rest) * len(people) or again:
                raise SystemExit(f"attendance: {recorded} recorded, {again} on the resend")
            await seed_participants(raw, 10_000 - len(people) - 1)
            small = await report_latency(c)
            await seed_participants(raw, args.participants - 10_000)
            large = await report_latency(c)
            national = (await c.get("/v1/training/reports/impact", params={"by": "district"})).json()["totals"]["participants"]
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        await sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    table = Table(title="Training, one run (PostgreSQL, 2 cores shared by client and server)")
    table.add_column("measure")
    table.add_column("result", justify="right")
    table.add_row(f"attendance records / s posted ({len(rest)} sessions x {len(people)}, 8 clients)", f"{first_rate:,.0f}")
    table.add_row("attendance records / s sent again (nothing changes)", f"{resend_rate:,.0f}")
    table.add_row("impact by district, 10,000 participants: p50 / p99 ms", f"{pct(small, 0.5):.1f} / {pct(small, 0.99):.1f}")
    table.add_row(f"impact by district, {national:,} participants: p50 / p99 ms", f"{pct(large, 0.5):.1f} / {pct(large, 0.99):.1f}")
    table.add_row(f"national report: {national:,} / 10,000 participants (p50)", f"{pct(large, 0.5) / pct(small, 0.5):.1f}x")
    console.print(table)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--per-session", type=int, default=50)
    parser.add_argument("--participants", type=int, default=1_000_000)
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    asyncio.run(main(parser.parse_args()))
