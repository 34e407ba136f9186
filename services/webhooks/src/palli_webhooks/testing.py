"""Helpers for the webhooks tests (and partners' own): a real HTTP receiver on 127.0.0.1, run by
uvicorn in the test's event loop, that verifies each delivery's signature and dedupes by
Palli-Webhook-Id exactly as a partner's receiver should."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn

BRANCH_A, BRANCH_B = uuid.UUID(int=0xA), uuid.UUID(int=0xB)


async def register(c: httpx.AsyncClient, url: str = "https://partner.example.org/hooks", types: list[str] | None = None) -> dict:
    """An endpoint registered by the caller `c` (201 expected): the answer, with its secret."""
    r = await c.post("/v1/webhooks/endpoints", json={"url": url, "event_types": types or ["lending.loan.*"]})
    assert r.status_code == 201, r.text
    return r.json()


@dataclass
class Received:
    webhook_id: str
    event_type: str
    attempt: str
    signature: str
    body: bytes
    verified: bool

    @property
    def event(self) -> dict[str, Any]:
        return json.loads(self.body)


@dataclass
class Receiver:
    """`async with Receiver(verify) as rx:` POSTs to `rx.url` are verified with `verify(header, body)`
    (it raises on a bad signature: 400), recorded in `requests`, and handled once per Palli-Webhook-Id
    (`handled`). `hold` (an asyncio.Event) set by a test makes the receiver, once it has recorded a
    request, wait for `release` before answering: the moment a sender can die with the request
    received but its answer unseen. `status` is what it answers (200 unless a test says otherwise)."""

    verify: Callable[[str, bytes], Any]
    status: int = 200
    requests: list[Received] = field(default_factory=list)
    handled: dict[str, dict] = field(default_factory=dict)
    hold: asyncio.Event | None = None
    got_request: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0
    _server: uvicorn.Server | None = None
    _task: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        try:
            self.verify(headers.get("palli-signature", ""), body)
            verified = True
        except Exception:  # noqa: BLE001 - any refusal of the signature
            verified = False
        got = Received(headers.get("palli-webhook-id", ""), headers.get("palli-event-type", ""), headers.get("palli-webhook-attempt", ""),
                       headers.get("palli-signature", ""), body, verified)
        self.requests.append(got)
        if verified:
            self.handled.setdefault(got.webhook_id, got.event)  # a receiver's dedupe: one effect per Palli-Webhook-Id
        self.got_request.set()
        if self.hold is not None and self.hold.is_set():
            await self.release.wait()
        status = self.status if verified else 400
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"ok" if verified else b"bad signature"})

    async def __aenter__(self) -> "Receiver":
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release.set()
        assert self._server is not None and self._task is not None
        self._server.should_exit = True
        await asyncio.wait_for(self._task, 10)
