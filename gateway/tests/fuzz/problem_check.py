"""Schemathesis hooks (loaded with SCHEMATHESIS_HOOKS): every 4xx from the platform is RFC 9457
problem+json whose body says what went wrong, so a partner's client can show it."""

from __future__ import annotations

import json

import schemathesis


@schemathesis.check
def client_errors_are_problems(ctx, response, case) -> None:
    if not 400 <= response.status_code < 500:
        return None
    kind = (response.headers.get("content-type") or [""])[0]
    if not kind.startswith("application/problem+json"):
        raise AssertionError(f"{response.status_code} is {kind or 'no content type'}, not application/problem+json")
    body = json.loads(response.content)
    missing = [k for k in ("type", "title", "status", "detail") if k not in body]
    if missing or body["status"] != response.status_code:
        raise AssertionError(f"{response.status_code} problem lacks {missing or 'a matching status'}: {body}")
    return None
