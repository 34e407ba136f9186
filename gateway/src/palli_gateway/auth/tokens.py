"""Access tokens the gateway issues (audience `palli-api`) and the internal identity tokens it
forwards to services (audience `palli-internal`); both ES256 with a `kid`, nothing else accepted."""

from __future__ import annotations

import time
import uuid
from typing import Any

import jwt

from palli_common.errors import Unauthorized
from palli_common.identity import ALGORITHM, ISSUER, LEEWAY_SECONDS, Identity, sign_internal_token
from palli_gateway.auth.keys import KeyRing

API_AUDIENCE = "palli-api"


def _unauthorized(detail: str) -> Unauthorized:
    exc = Unauthorized(detail)
    exc.headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
    return exc


class Tokens:
    def __init__(self, keys: KeyRing):
        self.keys = keys

    def issue(self, identity: Identity, lifetime_seconds: int, **extra: Any) -> tuple[str, dict[str, Any]]:
        """`extra`: e.g. `sid`, the refresh-token family (the session) a staff token belongs to."""
        kid, private = self.keys.signing
        now = time.time()
        claims = {  # iat to the millisecond (RFC 7519 allows fractions) so a revocation cuts exactly the older tokens
            **identity.claims(), "iss": ISSUER, "aud": API_AUDIENCE, "iat": round(now, 3), "exp": int(now) + lifetime_seconds,
            "jti": uuid.uuid4().hex, **extra,
        }
        claims.pop("rid")
        return jwt.encode(claims, private, algorithm=ALGORITHM, headers={"kid": kid}), claims

    def internal(self, identity: Identity) -> str:
        kid, private = self.keys.signing
        return sign_internal_token(identity, private, kid)

    async def verify(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError as exc:
            raise _unauthorized("the bearer token is not a valid JWT") from exc
        kid = header.get("kid")
        if header.get("alg") != ALGORITHM or not isinstance(kid, str):
            raise _unauthorized(f"only {ALGORITHM} tokens with a kid are accepted")
        key = await self.keys.public_key(kid)
        if key is None:
            raise _unauthorized("the bearer token is signed by an unknown key")
        try:
            return jwt.decode(
                token, key, algorithms=[ALGORITHM], audience=API_AUDIENCE, issuer=ISSUER, leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "iat", "sub", "aud", "iss", "jti"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise _unauthorized("the bearer token has expired") from exc
        except jwt.InvalidTokenError as exc:
            raise _unauthorized(f"the bearer token was refused: {exc}") from exc
