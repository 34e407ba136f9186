"""X-Request-ID for every request of a service or the gateway. Its own module so the gateway can use
it without palli_common.app, which brings the broker client (aiokafka, about 3 MB at import) the gateway never uses."""

from __future__ import annotations

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from palli_common import context
from palli_common.ids import uuid7


class RequestIdMiddleware:
    """Keeps the caller's X-Request-ID (the gateway sets it) or makes one; it becomes the
    correlation id of every event this request causes and is echoed on the response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"x-request-id"), "")
        request_id = given if 0 < len(given) <= 200 and given.isprintable() else str(uuid7())
        tokens = (context.correlation_id.set(request_id), context.causation_id.set(request_id))

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                # one X-Request-ID, ours (a proxied response may carry the upstream's copy already)
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-request-id"]
                message["headers"] = headers + [(b"x-request-id", request_id.encode())]
            await send(message)

        try:
            with structlog.contextvars.bound_contextvars(request_id=request_id):
                await self.app(scope, receive, send_with_id)
        finally:
            context.correlation_id.reset(tokens[0])
            context.causation_id.reset(tokens[1])
