"""What the gateway keeps between requests so a hop is cheap: verified access tokens until they
expire, and one internal token per identity for half its life; neither outlives what it stands for."""

from __future__ import annotations

import asyncio
import time
import uuid

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from palli_common.errors import Unauthorized
from palli_common.identity import INTERNAL_TOKEN_SECONDS, Identity
from palli_gateway.auth import tokens as tokens_module
from palli_gateway.auth.tokens import INTERNAL_REUSE_SECONDS, Tokens


class Ring:
    """The two things Tokens asks of a KeyRing: the signing key and public keys by kid."""

    def __init__(self) -> None:
        self.public: dict[str, object] = {}
        self.rotate()

    def rotate(self) -> None:
        private = ec.generate_private_key(ec.SECP256R1())
        kid = uuid.uuid4().hex[:8]
        self.signing = (kid, private)
        self.public[kid] = private.public_key()

    async def public_key(self, kid: str) -> object | None:
        return self.public.get(kid)


def staff(subject: str = "u-1", roles: frozenset[str] = frozenset({"field_officer"})) -> Identity:
    return Identity(subject=subject, kind="staff", roles=roles, scopes=frozenset(), branch_ids=None, username="rahima")


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every access token Tokens checked by signature."""
    seen: list[str] = []
    real = jwt.decode

    def counting(token: str, *args: object, **kwargs: object) -> object:
        seen.append(token)
        return real(token, *args, **kwargs)

    monkeypatch.setattr(tokens_module.jwt, "decode", counting)
    return seen


async def test_a_verified_access_token_is_checked_by_signature_once(decodes: list[str]) -> None:
    tokens = Tokens(Ring())  # type: ignore[arg-type]
    token, _ = tokens.issue(staff(), 900)
    first = await tokens.verify(token)
    second = await tokens.verify(token)
    assert second == first and first.identity.subject == "u-1" and first.claims["sub"] == "u-1"
    assert decodes == [token]


async def test_a_cached_access_token_is_refused_once_it_expires(decodes: list[str]) -> None:
    tokens = Tokens(Ring())  # type: ignore[arg-type]
    token, _ = tokens.issue(staff(), -4)  # expired 4 s ago: accepted within the 5 s leeway, for one more second
    await tokens.verify(token)
    await tokens.verify(token)
    assert len(decodes) == 1
    await asyncio.sleep(1.1)
    with pytest.raises(Unauthorized, match="expired"):
        await tokens.verify(token)


async def test_a_forged_token_never_reaches_the_cache() -> None:
    tokens = Tokens(Ring())  # type: ignore[arg-type]
    token, _ = tokens.issue(staff(), 900)
    head, body, signature = token.split(".")
    forged = f"{head}.{body}.{signature[:-4]}AAAA"
    for _ in range(2):
        with pytest.raises(Unauthorized):
            await tokens.verify(forged)
    assert (await tokens.verify(token)).identity.subject == "u-1"


def test_one_internal_token_per_identity_for_half_its_life(monkeypatch: pytest.MonkeyPatch) -> None:
    ring = Ring()
    tokens = Tokens(ring)  # type: ignore[arg-type]
    first = tokens.internal(staff())
    assert tokens.internal(staff()) == first  # an equal identity, another request: the same token
    assert tokens.internal(staff("u-2")) != first
    assert tokens.internal(staff(roles=frozenset({"admin"}))) != first  # new roles, new claims
    claims = jwt.decode(first, ring.public[ring.signing[0]], algorithms=["ES256"], audience="palli-internal")
    assert claims["exp"] - claims["iat"] == INTERNAL_TOKEN_SECONDS and claims["rid"] is None  # the request id travels in X-Request-ID

    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + INTERNAL_TOKEN_SECONDS - INTERNAL_REUSE_SECONDS + 1)
    later = tokens.internal(staff())
    assert later != first  # past half its life: signed afresh, so a service never gets one about to expire
    assert tokens.internal(staff()) == later


def test_a_new_signing_key_signs_new_internal_tokens() -> None:
    ring = Ring()
    tokens = Tokens(ring)  # type: ignore[arg-type]
    first = tokens.internal(staff())
    ring.rotate()
    second = tokens.internal(staff())
    assert jwt.get_unverified_header(second)["kid"] == ring.signing[0] != jwt.get_unverified_header(first)["kid"]
