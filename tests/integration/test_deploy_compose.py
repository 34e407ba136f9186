"""The compose file keeps what has no authentication of its own off the host: the broker has no
published port and advertises only its compose-network name; PostgreSQL and Redis are published
on the loopback address only. Services publish their ports: every /v1 call needs the gateway's
signed internal token."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

COMPOSE = Path(__file__).resolve().parents[2] / "deploy" / "docker-compose.yml"


def services() -> dict:
    return yaml.safe_load(COMPOSE.read_text())["services"]


def test_the_broker_is_reachable_only_inside_the_compose_network():
    kafka = services()["kafka"]
    assert "ports" not in kafka and kafka.get("network_mode") != "host"
    env = kafka["environment"]
    advertised = [listener.split("://", 1)[1] for listener in env["KAFKA_ADVERTISED_LISTENERS"].split(",")]
    assert all(address.startswith("kafka:") for address in advertised), advertised
    assert {name.split("://")[0] for name in env["KAFKA_LISTENERS"].split(",")} == {"INTERNAL", "CONTROLLER"}


@pytest.mark.parametrize("name", ["postgres", "redis"])
def test_stores_are_published_on_loopback_only(name: str):
    assert all(port.startswith("127.0.0.1:") for port in services()[name].get("ports", []))


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose is not installed")
def test_the_compose_file_is_valid():
    done = subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "-q"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
