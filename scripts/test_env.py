"""Before `make test`: make sure PostgreSQL and Redis servers are there for the tests.

With a Docker engine the pytest plugin starts PostgreSQL, Redis and Kafka in containers, so
nothing is needed here. Without one, tests use the local servers at 127.0.0.1:5432 and
127.0.0.1:6379; start them if they are installed but stopped. The broker needs nothing: the
plugin starts the bundled one per run.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import time

sys.path.insert(0, "libs/common/src")
from palli_common.testing.broker import docker_available  # noqa: E402


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def wait_listening(port: int, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if listening(port):
            return True
        time.sleep(0.5)
    return False


def ensure_postgres() -> bool:
    if os.environ.get("PALLI_TEST_POSTGRES_URL") or listening(5432):
        return True
    clusters = sorted(glob.glob("/etc/postgresql/*"))
    if clusters and shutil.which("pg_ctlcluster"):
        version = os.path.basename(clusters[-1])
        print(f"starting the local PostgreSQL {version} cluster for the tests")
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=False)
        if wait_listening(5432):
            return True
    print(
        "No PostgreSQL for the tests: no Docker engine, nothing on 127.0.0.1:5432. Start one, or set "
        "PALLI_TEST_POSTGRES_URL=postgresql+asyncpg://user@host:5432/postgres",
        file=sys.stderr,
    )
    return False


def ensure_redis() -> bool:
    if os.environ.get("PALLI_TEST_REDIS_URL") or listening(6379):
        return True
    if shutil.which("redis-server"):
        print("starting a local Redis for the tests")
        # in memory only: test counters need no snapshot or append-only file
        subprocess.run(
            ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379", "--save", "", "--appendonly", "no"],
            check=False,
        )
        if wait_listening(6379):
            return True
    print(
        "No Redis for the tests: no Docker engine, nothing on 127.0.0.1:6379. Start one, or set "
        "PALLI_TEST_REDIS_URL=redis://host:6379/15",
        file=sys.stderr,
    )
    return False


def ensure_compose_validator() -> None:
    """tests/integration/test_deploy_compose.py validates deploy/docker-compose.yml with the
    `docker-compose` CLI; on a Debian machine without it (and as root) install the package rather
    than let that test skip. Best effort: a failure only leaves the test skipping."""
    if shutil.which("docker-compose") or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    print("installing docker-compose (Debian package) to validate deploy/docker-compose.yml")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": False}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "install", "-y", "-q", "docker-compose"], env=env, **quiet).returncode:
        subprocess.run(["apt-get", "update", "-q"], env=env, **quiet)
        subprocess.run(["apt-get", "install", "-y", "-q", "docker-compose"], env=env, **quiet)


def main() -> int:
    ensure_compose_validator()
    if docker_available():
        return 0
    postgres, redis = ensure_postgres(), ensure_redis()  # both, so one run reports every gap
    return 0 if postgres and redis else 1


if __name__ == "__main__":
    sys.exit(main())
