"""The gateway's ES256 signing keys, kept encrypted in its database.

The newest unretired key signs every token (external access tokens and internal identity tokens);
`/.well-known/jwks.json` publishes the public half of every key still able to verify a live
token, so rotation (`palli-gateway keys rotate`) never cuts off a token before its expiry.
Replicas reload the ring when they meet a kid they do not know and every `reload_seconds`.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select, update

from palli_common.db import Database
from palli_common.identity import ALGORITHM
from palli_gateway.tables import SigningKey


def fernet(secret: str) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(secret.encode()).digest()))


def new_key(box: Fernet) -> SigningKey:
    private = ec.generate_private_key(ec.SECP256R1())
    kid = f"{datetime.now(UTC):%Y%m%d}-{uuid.uuid4().hex[:8]}"
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(private.public_key()))
    jwk.update(kid=kid, alg=ALGORITHM, use="sig")
    return SigningKey(kid=kid, private_key=box.encrypt(pem).decode(), public_jwk=jwk, created_at=datetime.now(UTC))


async def rotate(db: Database, secret: str) -> str:
    """Adds a new signing key and retires the others (they keep verifying until tokens expire)."""
    key = new_key(fernet(secret))
    async with db.sessions() as session:
        await session.execute(update(SigningKey).where(SigningKey.retired_at.is_(None)).values(retired_at=key.created_at))
        session.add(key)
        await session.commit()
    return key.kid


class KeyRing:
    def __init__(self, db: Database, secret: str, *, max_token_seconds: int, reload_seconds: float = 60.0):
        self.db = db
        self.box = fernet(secret)
        self.max_token_seconds = max_token_seconds  # how long a retired key must still verify
        self.reload_seconds = reload_seconds
        self._signing: tuple[str, Any] | None = None
        self._public: dict[str, Any] = {}  # kid -> public key object
        self._jwks: dict[str, Any] = {"keys": []}
        self._loaded_at = float("-inf")
        self._lock = asyncio.Lock()

    async def load(self, *, create: bool = True) -> None:
        async with self._lock:
            async with self.db.sessions() as session:
                rows = list((await session.execute(select(SigningKey).order_by(SigningKey.created_at.desc()))).scalars())
                if create and not any(r.retired_at is None for r in rows):
                    key = new_key(self.box)
                    session.add(key)
                    await session.commit()
                    rows.insert(0, key)
            horizon = datetime.now(UTC) - timedelta(seconds=self.max_token_seconds + 60)
            live = [r for r in rows if r.retired_at is None or r.retired_at > horizon]
            active = next((r for r in live if r.retired_at is None), None)
            if active is not None:
                private = serialization.load_pem_private_key(self.box.decrypt(active.private_key.encode()), password=None)
                self._signing = (active.kid, private)
            self._public = {r.kid: jwt.PyJWK(r.public_jwk).key for r in live}
            self._jwks = {"keys": [r.public_jwk for r in live]}
            self._loaded_at = time.monotonic()

    async def refresh_if_stale(self) -> None:
        if time.monotonic() - self._loaded_at > self.reload_seconds:
            await self.load(create=False)

    @property
    def signing(self) -> tuple[str, Any]:
        if self._signing is None:
            raise RuntimeError("no signing key loaded")
        return self._signing

    def jwks(self) -> dict[str, Any]:
        return self._jwks

    async def public_key(self, kid: str) -> Any | None:
        if kid not in self._public and time.monotonic() - self._loaded_at > min(5.0, self.reload_seconds):
            await self.load(create=False)  # a key rotated in by another replica
        return self._public.get(kid)
