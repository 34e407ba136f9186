"""Before `make test`: make sure a PostgreSQL server is there for the tests.

With a Docker engine the pytest plugin starts PostgreSQL and Kafka in containers, so nothing is
needed here. Without one, tests use the local server at 127.0.0.1:5432; start it if it is
installed but stopped. The broker needs nothing: the plugin starts the bundled one per run.
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


def main() -> int:
    if os.environ.get("PALLI_TEST_POSTGRES_URL") or docker_available():
        return 0
    if listening(5432):
        return 0
    clusters = sorted(glob.glob("/etc/postgresql/*"))
    if clusters and shutil.which("pg_ctlcluster"):
        version = os.path.basename(clusters[-1])
        print(f"starting the local PostgreSQL {version} cluster for the tests")
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=False)
        for _ in range(60):
            if listening(5432):
                return 0
            time.sleep(0.5)
    print(
        "No PostgreSQL for the tests: no Docker engine, nothing on 127.0.0.1:5432. Start one, or set "
        "PALLI_TEST_POSTGRES_URL=postgresql+asyncpg://user@host:5432/postgres",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
