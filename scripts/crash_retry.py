"""Kill a service mid-request (SIGKILL at a random moment around its commit), restart it, and retry
with the same Idempotency-Key (savings deposits) or client id (marketplace sales): each effect must
happen exactly once. Runs the real `palli-<service> serve` on fresh PostgreSQL databases (dropped
after); exit 1 if anything happened twice or not at all.

    .venv/bin/python scripts/crash_retry.py [--rounds 12] [--postgres-url postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx

from palli_common.testing.broker import free_port
from palli_common.testing.identity import InternalKeys

BIN = Path(sys.executable).parent
VS = "5a000000-0000-4000-8000-000000000002"  # savings' seeded voluntary savings


class Service:
    def __init__(self, name: str, url: str, keys: InternalKeys) -> None:
        self.name, self.port, self.proc = name, free_port(), None
        prefix = name.upper()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(prefix + "_")}
        self.env.update({"PALLI_ENV": "development", "LOG_LEVEL": "WARNING", f"{prefix}_RELAY_ENABLED": "false",
                         f"{prefix}_CONSUMERS_ENABLED": "false", "INTERNAL_JWKS": str(keys.jwks_path), f"{prefix}_DATABASE_URL": url})
        subprocess.run([str(BIN / f"palli-{name}"), "migrate"], env=self.env, check=True, capture_output=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen([str(BIN / f"palli-{self.name}"), "serve", "--port", str(self.port)], env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                if httpx.get(self.url + "/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise SystemExit(f"{self.name} did not start")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


async def fetch(url: str, query: str):  # noqa: ANN201
    conn = await asyncpg.connect(url)
    try:
        return await conn.fetchval(query)
    finally:
        await conn.close()


async def crash_and_retry(svc: Service, headers: dict, path: str, body, keyed: bool, rounds: int) -> list[tuple]:  # noqa: ANN001
    """Each round: send, SIGKILL 0-30 ms later, restart, send the same request again."""
    outcomes = []
    for i in range(rounds):
        key = {"Idempotency-Key": f"crash-{uuid.uuid4()}"} if keyed else {}
        payload = body(i)
        async with httpx.AsyncClient(base_url=svc.url, headers=headers, timeout=10) as c:
            sent = asyncio.create_task(c.post(path, json=payload, headers=key))
            await asyncio.sleep(random.uniform(0.0, 0.03))
            svc.kill()
            try:
                first = (await sent).status_code
            except httpx.HTTPError:
                first = "dropped"
        svc.start()
        async with httpx.AsyncClient(base_url=svc.url, headers=headers, timeout=10) as c:
            again = await c.post(path, json=payload, headers=key)
        outcomes.append((first, again.status_code))
    return outcomes


async def main(args: argparse.Namespace) -> int:
    keys = InternalKeys(Path(tempfile.mkdtemp(prefix="palli-crash-")))
    admin = {"Authorization": f"Bearer {keys.token(roles=['admin'], subject='crash-retry', lifetime=3600)}"}
    server, failed = args.postgres_url, False
    names = {n: f"palli_crash_{n}_{secrets.token_hex(3)}" for n in ("savings", "marketplace")}
    raw = {n: f"{server.rsplit('/', 1)[0]}/{db}" for n, db in names.items()}
    conn = await asyncpg.connect(server)
    for db in names.values():
        await conn.execute(f'CREATE DATABASE "{db}"')
    await conn.close()
    try:
        savings = Service("savings", raw["savings"].replace("postgresql://", "postgresql+asyncpg://", 1), keys)
        savings.start()
        member = uuid.uuid4()
        await fetch(raw["savings"], f"INSERT INTO savers VALUES ('{member}', gen_random_uuid(), gen_random_uuid(), 'K', 'K', 'active', 1, now()) "
                                    "RETURNING 1")
        async with httpx.AsyncClient(base_url=savings.url, headers=admin) as c:
            account = (await c.post("/v1/savings/accounts", json={"member_id": str(member), "product_id": VS})).json()["id"]
        outcomes = await crash_and_retry(savings, admin, f"/v1/savings/accounts/{account}/deposits", lambda i: {"amount": "1.00"}, True,
                                         args.rounds)
        savings.kill()
        moved = await fetch(raw["savings"], f"SELECT count(*) FROM savings_transactions WHERE account_id = '{account}'")
        balance = await fetch(raw["savings"], f"SELECT balance FROM savings_accounts WHERE id = '{account}'")
        print(f"savings: {args.rounds} keyed deposits of 1.00, each killed around its commit: {outcomes}")
        print(f"  -> {moved} transactions, balance {balance / 100:.2f}")
        failed |= moved != args.rounds or balance != args.rounds * 100

        market = Service("marketplace", raw["marketplace"].replace("postgresql://", "postgresql+asyncpg://", 1), keys)
        market.start()
        seller = uuid.uuid4()
        await fetch(raw["marketplace"], f"INSERT INTO market_member_copies VALUES ('{seller}', gen_random_uuid(), 'K', 'K', 'active', 1, now()) "
                                        "RETURNING 1")
        async with httpx.AsyncClient(base_url=market.url, headers=admin) as c:
            producer = (await c.post("/v1/marketplace/producers", json={"member_id": str(seller)})).json()
            outlet = (await c.post("/v1/marketplace/outlets", json={"code": "PB-CRASH", "name": "Outlet", "name_bn": "বিপণি", "district": "Tangail",
                                                                    "upazila": "Mirzapur"})).json()
            product = (await c.post("/v1/marketplace/products", json={"producer_id": producer["id"], "code": "CRASH-1", "name": "Kantha",
                                                                      "name_bn": "কাঁথা", "category": "textile", "unit": "piece",
                                                                      "producer_price": "10.00", "retail_price": "20.00"})).json()
            lot = (await c.post("/v1/marketplace/lots", json={"product_id": product["id"], "outlet_id": outlet["id"], "mode": "consignment",
                                                              "quantity": 50})).json()
            await c.post(f"/v1/marketplace/lots/{lot['id']}/quality-check", json={"accepted": 50})

        def sale(i: int) -> dict:
            return {"client_id": f"tablet-{i}", "sold_at": datetime.now(UTC).isoformat(), "channel": "cash",
                    "lines": [{"product_id": product["id"], "quantity": 1}]}

        outcomes = await crash_and_retry(market, admin, f"/v1/marketplace/outlets/{outlet['id']}/sales", sale, False, args.rounds)
        market.kill()
        sold = await fetch(raw["marketplace"], "SELECT count(*) FROM market_sales")
        left = await fetch(raw["marketplace"], "SELECT sum(quantity) FROM market_stock")
        print(f"marketplace: {args.rounds} one-unit sales, each killed around its commit: {outcomes}")
        print(f"  -> {sold} sales, {left} of 50 units left")
        failed |= sold != args.rounds or left != 50 - args.rounds
    finally:
        conn = await asyncpg.connect(server)
        for db in names.values():
            await conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        await conn.close()
    print("each effect happened once" if not failed else "SOMETHING HAPPENED TWICE OR NOT AT ALL")
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    sys.exit(asyncio.run(main(parser.parse_args())))
