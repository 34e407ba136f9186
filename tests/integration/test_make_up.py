"""`make up` brings the platform up: the runner starts the broker and every service, migrates
their databases, waits until each is ready, prints where it listens, and stops cleanly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _trouble(log: Path) -> str:
    """What to read when a journey fails: every service's warnings and errors and when each consumer
    began reading (the gateway's access lines would otherwise fill the tail), then the log's last lines."""
    lines = log.read_text().splitlines()
    bad = [line[:600] for line in lines
           if '"level": "warning"' in line or '"level": "error"' in line or ' reading", ' in line]
    return "\n".join(["--- warnings and errors ---", *bad[-40:], "--- log tail ---", *lines[-15:]])


def _busy(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(_busy(8001) or _busy(8000), reason="a running `make up` holds the gateway or members port")
def test_up_check_starts_and_stops_everything(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL")}
    env["MEMBERS_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/members.db"
    env["GATEWAY_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/gateway.db"
    done = subprocess.run(
        [sys.executable, "scripts/up.py", "--check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "http://127.0.0.1:8001" in done.stdout and "ready" in done.stdout
    assert "http://127.0.0.1:8000" in done.stdout and "sign-in and GET /v1/branches OK" in done.stdout
    assert (tmp_path / "members.db").exists()  # migrations ran on the embedded default
    assert (tmp_path / "gateway.db").exists()
    assert not _busy(8001) and not _busy(8000)  # and everything stopped again


@pytest.mark.skipif(_busy(8001) or _busy(8000), reason="a running `make up` holds the gateway or members port")
def test_a_loan_journey_on_make_up_reaches_the_books_and_the_members_phone(tmp_path):
    """`make up` as a user runs it (every service on its own SQLite file, the bundled broker), then
    `make journey`: a member registered, her savings opened, a loan disbursed into them, a repayment,
    a collection sheet and a month's interest, each showing in the trial balance and in her sent
    messages or passbook."""
    env = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL")}
    for name in ("members", "lending", "savings", "training", "marketplace", "ledger", "notifications", "gateway"):
        env[f"{name.upper()}_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/{name}.db"
    log = tmp_path / "up.log"
    up = subprocess.Popen([sys.executable, "scripts/up.py"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                          start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while "Palli is up" not in log.read_text():
            assert up.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.3)
        done = subprocess.run([sys.executable, "scripts/journey.py", "--timeout", "45"], cwd=ROOT, env={**env, "COLUMNS": "200"},
                              capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:] + _trouble(log)
        assert "disbursement of 15000.00" in done.stdout and "repayment of 350.00" in done.stdout
        assert "never" not in done.stdout
        assert "savings account opened" in done.stdout and "collection sheet" in done.stdout and "into her voluntary savings" in done.stdout
        assert "interest for " in done.stdout
        training = subprocess.run([sys.executable, "scripts/training_journey.py", "--timeout", "45"], cwd=ROOT,
                                  env={**env, "COLUMNS": "200"}, capture_output=True, text=True, timeout=180)
        assert training.returncode == 0, training.stdout[-3000:] + training.stderr[-3000:] + _trouble(log)
        assert "checked at its public address" in training.stdout and "refused (422" in training.stdout
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(60)
    assert not _busy(8001) and not _busy(8000) and not _busy(8006) and not _busy(8007)
