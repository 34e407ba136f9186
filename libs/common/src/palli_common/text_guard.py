"""Refuse U+0000 in request text before it reaches a route.

PostgreSQL cannot store a NUL character in text: an insert fails deep inside the driver, which
would surface as a 500 for what is plainly bad input. JSON lets a client send one (`"\\u0000"`) and
so do URLs (`%00`), so every service answers it here with a 422 naming each field, the same
problem+json as any validation failure. Bodies that are not JSON, or not valid JSON, pass through
untouched: the route's own validation answers those.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from palli_common.problems import MEDIA_TYPE, PROBLEM_BASE

_BODY_METHODS = {"POST", "PUT", "PATCH"}
DETAIL = "must not contain the NUL character (U+0000)"


def nul_fields(value: Any, path: str = "") -> list[str]:
    """Dotted paths (`lines.0.memo`) of every string, or key, in a JSON value that holds a NUL."""
    if isinstance(value, str):
        return [path or "body"] if "\x00" in value else []
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if "\x00" in key:
                found.append(where)
            found += nul_fields(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += nul_fields(item, f"{path}.{index}" if path else str(index))
    return found


class RefuseNulText:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        errors = [("path", "path")] if "\x00" in scope.get("path", "") else []  # a path parameter
        query = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query:
            decoded = query.decode("latin-1")
            errors += [(name, "query") for name, value in parse_qsl(decoded, keep_blank_values=True)
                       if "\x00" in name or "\x00" in value]
            if not any(where == "query" for _, where in errors):  # a NUL in a malformed pair
                errors.append((unquote(decoded).split("=", 1)[0] or "query", "query"))
        if scope["method"] in _BODY_METHODS and _is_json(scope):
            body, receive = await _buffer(receive)
            if b"\\u0000" in body or b"\x00" in body:
                try:
                    errors += [(field, "body") for field in nul_fields(json.loads(body))]
                except ValueError:
                    pass  # not JSON after all: the route's validation answers
        if errors:
            await _refuse(scope, send, errors)
            return
        await self.app(scope, receive, send)


def _is_json(scope: Scope) -> bool:
    content_type = next((v for k, v in scope["headers"] if k == b"content-type"), b"").lower()
    return b"json" in content_type


async def _buffer(receive: Receive) -> tuple[bytes, Receive]:
    """Read the whole body (the gateway bounds its size) and hand the route a replay of it."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away: let the route see it
            async def gone() -> Message:
                return message
            return b"", gone
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    body, sent = b"".join(chunks), False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def _refuse(scope: Scope, send: Send, fields: list[tuple[str, str]]) -> None:
    errors = [{"field": f, "detail": DETAIL, "pointer": "/" + f.replace(".", "/"), "in": where} for f, where in fields]
    body = json.dumps({  # as JSONResponse writes it
        "type": PROBLEM_BASE + "validation-failed", "title": "Validation failed", "status": 422,
        "detail": f"invalid input: {', '.join(f for f, _ in fields)}", "instance": scope.get("path", ""), "errors": errors,
    }, ensure_ascii=False, separators=(",", ":")).encode()
    await send({"type": "http.response.start", "status": 422,
                "headers": [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
