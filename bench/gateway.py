"""What the gateway costs: the same authenticated read, called directly on the members service and
through the gateway, side by side in one run.

    .venv/bin/python bench/gateway.py [--seconds 10] [--concurrency 16] [--rounds 3]

Starts, as real processes on free ports, the members service and the gateway (`palli-members serve`,
`palli-gateway serve`, one worker each) on fresh PostgreSQL databases (dropped at the end), seeds a
branch, a group and a member through the gateway, then alternates rounds of:

  direct   GET /v1/members/{id} on the members service, with an internal identity token signed by
           the gateway's current key (what the gateway would forward);
  gateway  the same GET on the gateway with a staff access token: rate limits, token verification,
           revocation check, permission table, a fresh internal token, the proxy hop and an audit row.

Each round runs `--concurrency` keep-alive clients for `--seconds`; requests per second and p50 /
p99 latency are reported per path, with the gateway/direct ratios. Load generator, gateway and
service share the machine's cores, as they would share a small branch server, so req/s moves with
whatever else runs there; the CPU each process spent per request (from /proc) moves much less, and
is printed too, with each process's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import statistics
import subprocess
import sys
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table

from palli_common.db import Database
from palli_common.identity import Identity, sign_internal_token
from palli_common.testing.broker import free_port
from palli_common.testing.memory import rss_mb
from palli_gateway.auth.keys import KeyRing

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ADMIN = ("bench-admin", "bench-admin-password")
console = Console()


async def make_databases(server: str, names: list[str]) -> None:
    conn = await asyncpg.connect(server.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        for name in names:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def drop_databases(server: str, names: list[str]) -> None:
    conn = await asyncpg.connect(server.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        for name in names:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, cwd=ROOT)


async def wait_healthy(url: str, proc: subprocess.Popen, log: Path) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(300):
            if proc.poll() is not None:
                raise SystemExit(f"{url} exited:\n{log.read_text()[-2000:]}")
            try:
                if (await client.get(url + "/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"{url} did not become healthy:\n{log.read_text()[-2000:]}")


async def seed(gateway: str) -> tuple[str, str]:
    """A branch, an active group and a member, made through the gateway; returns (token, member id)."""
    async with httpx.AsyncClient(base_url=gateway, timeout=30) as c:
        r = await c.post("/v1/auth/token", data={"grant_type": "password", "username": ADMIN[0], "password": ADMIN[1]})
        r.raise_for_status()
        h = {"Authorization": f"Bearer {r.json()['access_token']}"}
        branch = (await c.post("/v1/branches", headers=h, json={"code": "BENCH", "name": "Bench branch", "district": "Tangail", "upazila": "Tangail Sadar"})).json()
        group = (await c.post("/v1/groups", headers=h, json={
            "branch_id": branch["id"], "name": "Shapla", "meeting_day": "sunday", "meeting_place": "school yard", "formation_date": "2026-01-10",
        })).json()
        await c.post(f"/v1/groups/{group['id']}/activate", headers=h)
        member = await c.post("/v1/members", headers=h, json={
            "group_id": group["id"], "name_bn": "রহিমা খাতুন", "name_en": "Rahima Khatun", "gender": "female",
            "date_of_birth": "1990-03-12", "nid": "19901234567890123", "mobile": "01712345678",
            "address": {"division": "Dhaka", "district": "Tangail", "upazila": "Tangail Sadar", "union": "Porabari"},
            "household_monthly_income": "12000.00", "land_holding_decimals": "8.50",
        })
        member.raise_for_status()
        return h["Authorization"], member.json()["id"]


async def internal_token(gateway_db: str, key_secret: str) -> str:
    db = Database(gateway_db)
    try:
        ring = KeyRing(db, key_secret, max_token_seconds=3600)
        await ring.load(create=False)
        kid, private = ring.signing
    finally:
        await db.dispose()
    identity = Identity(subject=str(uuid.uuid4()), kind="staff", roles=frozenset({"admin"}), scopes=frozenset(), branch_ids=None, username=ADMIN[0])
    return "Bearer " + sign_internal_token(identity, private, kid, lifetime=3600)


async def load(url: str, authorization: str, seconds: float, concurrency: int) -> list[float]:
    """`concurrency` keep-alive clients calling `url` back to back; the latency of every 200."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(headers={"Authorization": authorization}, limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                r = await client.get(url)
                if r.status_code == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    if errors:
        raise SystemExit(f"{errors} requests to {url} failed")
    return latencies


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def main(args: argparse.Namespace) -> None:
    suffix = secrets.token_hex(4)
    names = [f"palli_bench_gw_{suffix}", f"palli_bench_members_{suffix}"]
    base = args.postgres_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    gateway_db, members_db = (f"{base}/{n}" for n in names)
    await make_databases(args.postgres_url, names)
    logs = ROOT / ".data" / "bench"
    logs.mkdir(parents=True, exist_ok=True)
    gport, mport = free_port(), free_port()
    key_secret = secrets.token_hex(16)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GATEWAY_", "MEMBERS_"))}
    env.update({
        "PALLI_ENV": "development", "LOG_LEVEL": "WARNING",
        "MEMBERS_DATABASE_URL": members_db, "MEMBERS_RELAY_ENABLED": "false",
        "INTERNAL_JWKS": f"http://127.0.0.1:{gport}/.well-known/jwks.json",
        "GATEWAY_DATABASE_URL": gateway_db, "GATEWAY_KEY_SECRET": key_secret,
        "GATEWAY_ROUTES": f'[{{"prefix": "/v1/branches", "service": "members", "url": "http://127.0.0.1:{mport}"}},'
                          f'{{"prefix": "/v1/groups", "service": "members", "url": "http://127.0.0.1:{mport}"}},'
                          f'{{"prefix": "/v1/members", "service": "members", "url": "http://127.0.0.1:{mport}"}}]',
        "ADMIN_USERNAME": ADMIN[0], "ADMIN_PASSWORD": ADMIN[1],
        # the bench must measure the path, not trip the limits
        "GATEWAY_RATE_LIMIT_PER_ADDRESS": "10000000/minute", "GATEWAY_RATE_LIMIT_PER_PRINCIPAL": "10000000/minute",
    })
    try:
        for pkg in ("gateway", "members"):
            done = subprocess.run([str(BIN / f"palli-{pkg}"), "migrate"], env=env, cwd=ROOT, capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"palli-{pkg} migrate failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
        with ExitStack() as stack:
            procs = []
            for name, port in (("members", mport), ("gateway", gport)):
                proc = start([str(BIN / f"palli-{name}"), "serve", "--host", "127.0.0.1", "--port", str(port)], env, logs / f"{name}.log")
                stack.callback(proc.wait, 15)  # runs after terminate: let it flush before its database is dropped
                stack.callback(proc.terminate)
                procs.append((f"http://127.0.0.1:{port}", proc, logs / f"{name}.log"))
            for url, proc, log in procs:
                await wait_healthy(url, proc, log)
            staff_token, member_id = await seed(f"http://127.0.0.1:{gport}")
            internal = await internal_token(gateway_db, key_secret)
            path = f"/v1/members/{member_id}"
            targets = {"direct": (f"http://127.0.0.1:{mport}{path}", internal), "gateway": (f"http://127.0.0.1:{gport}{path}", staff_token)}
            for name, (url, auth) in targets.items():  # warm up pools, JWKS caches, prepared statements
                await load(url, auth, 1.0, args.concurrency)
            # one client, one request at a time: the time the gateway adds when the machine is not saturated
            single: dict[str, list[float]] = {"direct": [], "gateway": []}
            for _ in range(args.rounds):
                for name, (url, auth) in targets.items():
                    single[name] += await load(url, auth, args.seconds / 2, 1)
            results: dict[str, list[float]] = {"direct": [], "gateway": []}
            elapsed: dict[str, float] = {"direct": 0.0, "gateway": 0.0}
            pids = {"members": procs[0][1].pid, "gateway": procs[1][1].pid}
            cpu = {(path_name, proc_name): 0.0 for path_name in targets for proc_name in [*pids, "client"]}  # CPU s per process per path
            for _ in range(args.rounds):
                for name, (url, auth) in targets.items():
                    before = {proc_name: cpu_seconds(pid) for proc_name, pid in pids.items()}
                    before["client"] = time.process_time()  # this process: the load generator
                    started = time.perf_counter()
                    results[name] += await load(url, auth, args.seconds, args.concurrency)
                    elapsed[name] += time.perf_counter() - started
                    cpu[name, "client"] += time.process_time() - before["client"]
                    for proc_name, pid in pids.items():
                        cpu[name, proc_name] += cpu_seconds(pid) - before[proc_name]
            rss = {proc_name: rss_mb(pid) for proc_name, pid in pids.items()}
    finally:
        await drop_databases(args.postgres_url, names)

    rows = {}
    for name in results:
        rows[name] = (len(results[name]) / elapsed[name], pct(results[name], 0.50), pct(results[name], 0.99), statistics.fmean(results[name]) * 1000)
    table = Table(title=f"GET /v1/members/{{id}}: {args.concurrency} clients, {args.rounds} x {args.seconds:.0f} s each, alternating")
    for column in ("path", "requests/s", "p50 ms", "p99 ms", "mean ms", "requests"):
        table.add_column(column, justify="right")
    for name, (rps, p50, p99, mean) in rows.items():
        table.add_row(name, f"{rps:,.0f}", f"{p50:.2f}", f"{p99:.2f}", f"{mean:.2f}", f"{len(results[name]):,}")
    d, g = rows["direct"], rows["gateway"]
    table.add_row("gateway / direct", f"{g[0] / d[0]:.2f}x", f"{g[1] / d[1]:.2f}x", f"{g[2] / d[2]:.2f}x", f"{g[3] / d[3]:.2f}x", "")
    console.print(table)
    lone = Table(title="One client, one request at a time (latency the gateway adds on an idle machine)")
    for column in ("path", "p50 ms", "p99 ms", "requests"):
        lone.add_column(column, justify="right")
    for name, values in single.items():
        lone.add_row(name, f"{pct(values, 0.5):.2f}", f"{pct(values, 0.99):.2f}", f"{len(values):,}")
    sd, sg = single["direct"], single["gateway"]
    lone.add_row("gateway - direct", f"+{pct(sg, 0.5) - pct(sd, 0.5):.2f}", f"+{pct(sg, 0.99) - pct(sd, 0.99):.2f}", "")
    console.print(lone)
    per = {key: seconds * 1000 / len(results[key[0]]) for key, seconds in cpu.items()}
    console.print(f"CPU per request under load: direct: members {per['direct', 'members']:.2f} ms (load generator "
                  f"{per['direct', 'client']:.2f}); through the gateway: gateway {per['gateway', 'gateway']:.2f} ms + members "
                  f"{per['gateway', 'members']:.2f} ms (load generator {per['gateway', 'client']:.2f}); PostgreSQL's not counted")
    console.print(f"RSS after the load (peak): gateway {rss['gateway'][0]:.0f} MB ({rss['gateway'][1]:.0f} MB), "
                  f"members {rss['members'][0]:.0f} MB ({rss['members'][1]:.0f} MB); a sign-in's argon2 hash takes "
                  f"{os.environ.get('GATEWAY_ARGON2_MEMORY_KIB', '65536')} KiB while it runs")
    console.print(f"under load, gateway adds {g[1] - d[1]:.2f} ms at p50 and {g[2] - d[2]:.2f} ms at p99; "
                  f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per path")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    asyncio.run(main(parser.parse_args()))
