"""Access tokens the gateway issues (audience `palli-api`) and the internal identity tokens it
forwards to services (audience `palli-internal`); both ES256 with a `kid`, nothing else accepted.

An ES256 verify or sign costs a few hundred microseconds, on every proxied request, so both are
cached: a verified access token until it expires (revocation is still checked on every request,
by Revocations, on the claims), an internal token per identity for the first half of its life.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, NamedTuple

import jwt

from palli_common.errors import Unauthorized
from palli_common.identity import ALGORITHM, INTERNAL_TOKEN_SECONDS, ISSUER, LEEWAY_SECONDS, Identity, TokenCache, sign_internal_token
from palli_gateway.auth.keys import KeyRing

API_AUDIENCE = "palli-api"
# An internal token is signed afresh once it has less than this left: a service that receives it
# near the end of its life (slow network, clock skew) still accepts it.
INTERNAL_REUSE_SECONDS = INTERNAL_TOKEN_SECONDS // 2


class Verified(NamedTuple):
    claims: dict[str, Any]
    identity: Identity


def _unauthorized(detail: str) -> Unauthorized:
    exc = Unauthorized(detail)
    exc.headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
    return exc


class Tokens:
    def __init__(self, keys: KeyRing, *, cache_size: int = 4096):  # ~2 KB an entry: bounded well inside the RSS budget
        self.keys = keys
        self._verified: TokenCache[Verified] = TokenCache(cache_size)  # access token -> what it says
        self._internal: TokenCache[str] = TokenCache(cache_size)  # (kid, identity) -> internal token

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
        """The internal token for `identity`, reused until half its life is gone (or the signing key
        changes). Request ids travel in X-Request-ID, not in this token, so one serves many requests."""
        kid, private = self.keys.signing
        key = (kid, identity)
        if (token := self._internal.get(key)) is not None:
            return token
        signed_at = int(time.time())  # sign_internal_token's iat is this second or the next
        token = sign_internal_token(identity, private, kid)
        self._internal.put(key, token, expires=signed_at + INTERNAL_TOKEN_SECONDS - INTERNAL_REUSE_SECONDS)
        return token

    async def verify(self, token: str) -> Verified:
        """The claims of a valid access token and the identity they name; 401 otherwise. Whether it
        was revoked is the caller's check (Revocations), every time."""
        if (verified := self._verified.get(token)) is not None:
            return verified
        claims = await self._decode(token)
        verified = Verified(claims, Identity.from_claims(claims))
        # until the moment decode would refuse it; a key withdrawn sooner is gone with the tokens it signed
        self._verified.put(token, verified, expires=claims["exp"] + LEEWAY_SECONDS)
        return verified

    async def _decode(self, token: str) -> dict[str, Any]:
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
