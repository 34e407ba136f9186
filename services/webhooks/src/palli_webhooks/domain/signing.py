"""Stripe-style signatures: `Palli-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]`, each v1 the
HMAC-SHA256, keyed with one of the endpoint's live secrets (its UTF-8 bytes), of `<t>.<raw body>`.
During a rotation's grace period there is one v1 per live secret, so a receiver that knows either
the new or the old secret verifies. The timestamp is signed, so a captured delivery cannot be
replayed later than the receiver's tolerance. clients/python/palli_webhook_signature.py is the
partners' verifying side of the same rules (kept free of Palli imports)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

HEADER = "Palli-Signature"
SECRET_PREFIX = "whsec_"


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign_header(secrets_: Iterable[str], timestamp: int, body: bytes) -> str:
    parts = [f"t={timestamp}"] + [f"v1={signature(s, timestamp, body)}" for s in secrets_]
    return ",".join(parts)
