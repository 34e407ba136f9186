"""Verifying Palli webhook deliveries (for partners; the standard library only).

Every delivery is a POST with a JSON body and these headers:

    Palli-Webhook-Id       the delivery's id: the same on every retry. Dedupe by it: handle each id once.
    Palli-Event-Type       e.g. lending.loan.disbursed
    Palli-Event-Id         the event's id (a replay on purpose has a new Palli-Webhook-Id, the same event id)
    Palli-Signature        t=<unix seconds>,v1=<hex>[,v1=<hex>]

Each v1 is HMAC-SHA256, keyed with an endpoint secret (`whsec_...`, its UTF-8 bytes), of
`<t>.` followed by the raw body bytes. After a secret rotation there is one v1 per live secret
for the grace period, so a receiver holding either the old or the new secret verifies.

    from palli_client.webhooks import SignatureError, verify_signature

    try:
        verify_signature([new_secret, old_secret], request.headers["Palli-Signature"], raw_body, tolerance=300)
    except SignatureError:
        return 400
    if seen(request.headers["Palli-Webhook-Id"]): return 200     # a retry of what you already handled
    handle(json.loads(raw_body)); return 200                      # any 2xx: delivered; anything else is retried

Verify the raw bytes as received, before any JSON parsing: re-serialising changes them.

This file is copied into the generated client by scripts/generate_client.py (its source is
clients/python/extras/webhooks.py).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterable

SIGNATURE_HEADER = "Palli-Signature"
WEBHOOK_ID_HEADER = "Palli-Webhook-Id"
EVENT_TYPE_HEADER = "Palli-Event-Type"
DEFAULT_TOLERANCE = 300  # seconds between the signature's timestamp and now, either way


class SignatureError(ValueError):
    """The delivery is not signed by any of the given secrets, or its timestamp is too old (or too new)."""


def _parse(header: str) -> tuple[int, list[str]]:
    timestamps, signatures = [], []
    for part in (header or "").split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            continue
        if key == "t":
            timestamps.append(value)
        elif key == "v1":
            signatures.append(value.lower())
    if len(timestamps) != 1 or not timestamps[0].isdigit():
        raise SignatureError(f"{SIGNATURE_HEADER} must carry one t=<unix seconds>")
    if not signatures:
        raise SignatureError(f"{SIGNATURE_HEADER} carries no v1 signature")
    return int(timestamps[0]), signatures


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def verify_signature(secrets: str | Iterable[str], header: str, body: bytes | str, tolerance: float = DEFAULT_TOLERANCE,
                     *, now: float | None = None) -> int:
    """Check a delivery's `Palli-Signature` against the raw `body` with any of `secrets`; return the
    signed timestamp. Raises SignatureError if no v1 matches any secret, or the timestamp is more
    than `tolerance` seconds from `now` (a captured delivery replayed later). `tolerance` None or
    <= 0 skips the time check."""
    keys = [secrets] if isinstance(secrets, str) else [s for s in secrets if s]
    if not keys:
        raise SignatureError("no secret to verify with")
    raw = body.encode() if isinstance(body, str) else bytes(body)
    timestamp, signatures = _parse(header)
    if tolerance is not None and tolerance > 0:
        current = time.time() if now is None else now
        if abs(current - timestamp) > tolerance:
            raise SignatureError(f"the signature's timestamp is {abs(current - timestamp):.0f} s away from now (tolerance {tolerance} s)")
    for key in keys:
        expected = compute_signature(key, timestamp, raw)
        if any(hmac.compare_digest(expected, given) for given in signatures):
            return timestamp
    raise SignatureError("no v1 signature matches the secret(s)")
