"""Refuse input no route can hold, before any route runs: U+0000 and lone surrogates in text
(PostgreSQL and its driver cannot store or encode them), JSON nested beyond MAX_DEPTH (the parser
would exhaust its recursion), integers beyond BIGINT, and dates outside a plausible window (date
arithmetic near year 9999 overflows). Each would otherwise fail deep in a driver or library as a
500 for what is plainly bad input; here it is a 422 problem+json naming each field, the same shape
as any validation failure. Bodies that are not JSON, or not valid JSON, pass through untouched:
the route's own validation answers those.
"""

from __future__ import annotations

import json
import re
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


MAX_DEPTH = 32  # far deeper than any Palli body; a 2,000-deep one would exhaust the parser's recursion
INT64 = 2**63 - 1  # what a BIGINT column (or poisha) can hold
# Far from Python's date limits (year 9999), so adding a schedule's years to any accepted date cannot
# overflow; what is plausible for a business date (back-dating, the future) each route decides.
YEARS = (1900, 9000)
_DATE = re.compile(r"(\d{4})-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?")


def _date_problem(text: str) -> str | None:
    match = _DATE.fullmatch(text) if len(text) <= 40 else None
    if match and not YEARS[0] <= int(match.group(1)) <= YEARS[1]:
        return f"dates must lie between {YEARS[0]} and {YEARS[1]}"
    return None


def _text_problem(text: str) -> str | None:
    if "\x00" in text:
        return DETAIL
    if any("\ud800" <= c <= "\udfff" for c in text):
        return "must not contain a lone surrogate (\\ud800-\\udfff): it is not valid Unicode text"
    return None


def input_problems(value: Any) -> list[tuple[str, str]]:
    """(dotted field, detail) for every value no route should see: NUL or lone surrogates in text or
    keys, integers beyond BIGINT, dates outside the plausible window, nesting beyond MAX_DEPTH.
    Iterative, so no input can exhaust the stack here."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str, int]] = [(value, "", 1)]
    while stack:
        item, path, depth = stack.pop()
        where = path or "body"
        if isinstance(item, str):
            if problem := _text_problem(item) or _date_problem(item):
                found.append((where, problem))
        elif isinstance(item, bool) or item is None or isinstance(item, float):
            continue
        elif isinstance(item, int):
            if abs(item) > INT64:
                found.append((where, "integer is out of range (at most 9223372036854775807)"))
        elif depth > MAX_DEPTH:
            found.append((where, f"nested deeper than {MAX_DEPTH} levels"))
        elif isinstance(item, dict):
            for key, child in item.items():
                child_path = f"{path}.{key}" if path else str(key)
                if problem := _text_problem(key):
                    found.append((child_path, problem))
                stack.append((child, child_path, depth + 1))
        elif isinstance(item, list):
            for index, child in enumerate(item):
                stack.append((child, f"{path}.{index}" if path else str(index), depth + 1))
    return sorted(found)


class RefuseNulText:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        errors = [("path", "path", DETAIL)] if "\x00" in scope.get("path", "") else []  # a path parameter
        query = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query:
            decoded = query.decode("latin-1")
            errors += [(name, "query", DETAIL) for name, value in parse_qsl(decoded, keep_blank_values=True)
                       if "\x00" in name or "\x00" in value]
            if not any(where == "query" for _, where, _ in errors):  # a NUL in a malformed pair
                errors.append((unquote(decoded).split("=", 1)[0] or "query", "query", DETAIL))
        elif query:
            errors += [(name, "query", problem) for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True)
                       if (problem := _date_problem(value))]
        if scope["method"] in _BODY_METHODS and _is_json(scope):
            body, receive = await _buffer(receive)
            try:
                parsed = json.loads(body) if body else None
            except RecursionError:
                errors.append(("body", "body", f"nested deeper than {MAX_DEPTH} levels"))
            except ValueError:
                pass  # not JSON after all: the route's validation answers
            else:
                errors += [(field, "body", problem) for field, problem in input_problems(parsed)]
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


async def _refuse(scope: Scope, send: Send, fields: list[tuple[str, str, str]]) -> None:
    errors = [{"field": f, "detail": detail, "pointer": "/" + f.replace(".", "/"), "in": where} for f, where, detail in fields]
    body = json.dumps({  # as JSONResponse writes it; ensure_ascii so a lone surrogate is escaped, not an encoding error
        "type": PROBLEM_BASE + "validation-failed", "title": "Validation failed", "status": 422,
        "detail": f"invalid input: {', '.join(f for f, _, _ in fields)}", "instance": scope.get("path", ""), "errors": errors,
    }, ensure_ascii=True, separators=(",", ":")).encode()
    await send({"type": "http.response.start", "status": 422,
                "headers": [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
