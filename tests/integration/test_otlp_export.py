"""Pointed at an OpenTelemetry Collector with OTEL_EXPORTER_OTLP_ENDPOINT (its base URL, as `make
up` passes it on to every service), a service sends its spans over OTLP/HTTP to <base>/v1/traces."""

from __future__ import annotations

import http.server
import os
import subprocess
import threading
import time
from pathlib import Path

import httpx

from palli_common.testing.broker import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"


class Collector(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str, int]] = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        Collector.seen.append((self.path, self.headers.get("content-type", ""), len(body)))
        self.send_response(200)
        self.send_header("content-type", "application/x-protobuf")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return None


def test_a_service_exports_its_spans_to_the_collectors_traces_url(tmp_path):
    collector = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    threading.Thread(target=collector.serve_forever, daemon=True).start()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEMBERS_", "OTEL_"))}
    env.update({"MEMBERS_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/members.db", "MEMBERS_RELAY_ENABLED": "false",
                "MEMBERS_CONSUMERS_ENABLED": "false", "PALLI_ENV": "development", "LOG_LEVEL": "WARNING",
                "OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{collector.server_port}", "OTEL_BSP_SCHEDULE_DELAY": "100"})
    subprocess.run([str(BIN / "palli-members"), "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
    server = subprocess.Popen([str(BIN / "palli-members"), "serve", "--port", str(port)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/v1/members", timeout=2)  # a 401: a span all the same
                if Collector.seen:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=15)
        collector.shutdown()
    assert Collector.seen, "no span reached the collector"
    path, content_type, size = Collector.seen[0]
    assert (path, content_type) == ("/v1/traces", "application/x-protobuf") and size > 0
