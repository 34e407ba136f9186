"""Whole-platform fixtures: services run as real processes (`palli-<name> serve`) against real
PostgreSQL and a real broker, exactly as `make up` and the compose file run them.

Services trust the session's test gateway keys (`INTERNAL_JWKS` = `internal_keys.jwks_path`);
send `internal_keys.headers()` (an admin of every branch) on calls to their /v1 routes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from palli_common.testing.broker import free_port


def _script(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


@dataclass
class ServiceProcess:
    name: str
    url: str
    env: dict[str, str]
    port: int
    log: Path
    proc: subprocess.Popen | None = None

    def start(self, **overrides: str) -> "ServiceProcess":
        env = {**self.env, **overrides}
        self.proc = subprocess.Popen(
            [_script(f"palli-{self.name}"), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=env, stdout=open(self.log, "ab"), stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"{self.name} not healthy: {self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL: a crash, no shutdown hooks run."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def service_factory(make_database, kafka, internal_keys, tmp_path) -> Iterator[Callable[..., ServiceProcess]]:
    """`service_factory("members", KAFKA_BOOTSTRAP_SERVERS=...)` -> a migrated, not yet started service."""
    made: list[ServiceProcess] = []

    def make(name: str, **env_overrides: str) -> ServiceProcess:
        prefix = name.upper()
        env = {
            **os.environ,
            "PALLI_ENV": "test",
            "KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap,
            "KAFKA_ENABLE_IDEMPOTENCE": str(kafka.idempotence).lower(),
            f"{prefix}_DATABASE_URL": make_database(name),
            f"{prefix}_RELAY_SWEEP_SECONDS": "0.3",
            "INTERNAL_JWKS": str(internal_keys.jwks_path),
            **env_overrides,
        }
        subprocess.run([_script(f"palli-{name}"), "migrate"], env=env, check=True, capture_output=True)
        port = free_port()
        svc = ServiceProcess(name, f"http://127.0.0.1:{port}", env, port, tmp_path / f"{name}-{len(made)}.log")
        made.append(svc)
        return svc

    yield make
    for svc in made:
        svc.stop()
