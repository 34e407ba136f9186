"""Run an ASGI app on a real port in a background thread (its own event loop), so tests and
benchmarks talk to it over HTTP exactly as other services would."""

from __future__ import annotations

import threading
import time

import uvicorn


class ServerThread:
    def __init__(self, app: object, port: int, host: str = "127.0.0.1"):
        self.url = f"http://{host}:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True, name=f"server-{port}")

    def start(self, timeout: float = 20.0) -> "ServerThread":
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server at {self.url} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> "ServerThread":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
