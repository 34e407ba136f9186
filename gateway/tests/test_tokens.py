"""Tokens the gateway must refuse, and key rotation that keeps live tokens valid."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from palli_common.db import Database
from palli_common.testing.http import assert_problem
from palli_gateway.auth.keys import rotate


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def split(token: str) -> tuple[dict, dict]:
    header, payload, _ = token.split(".")
    pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
    return json.loads(base64.urlsafe_b64decode(pad(header))), json.loads(base64.urlsafe_b64decode(pad(payload)))


def hand_signed(header: dict, payload: dict, sign) -> str:  # noqa: ANN001
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(payload).encode())}"
    return f"{signing_input}.{b64(sign(signing_input.encode()))}"


@pytest.fixture
async def admin_token(api) -> str:
    return (await api.token("root-admin", "root-admin-password"))["access_token"]


async def refused(api, token: str) -> dict:  # noqa: ANN001
    r = await api.http.get("/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    problem = assert_problem(r, 401)
    assert r.headers["www-authenticate"].startswith("Bearer")
    return problem


async def test_a_real_token_works(api, admin_token):
    assert (await api.http.get("/v1/auth/me", headers={"Authorization": f"Bearer {admin_token}"})).status_code == 200


async def test_signed_by_another_key_same_kid(api, admin_token):
    header, claims = split(admin_token)
    forged = jwt.encode(claims, ec.generate_private_key(ec.SECP256R1()), algorithm="ES256", headers={"kid": header["kid"]})
    await refused(api, forged)


async def test_signed_by_an_unknown_kid(api, admin_token):
    _, claims = split(admin_token)
    await refused(api, jwt.encode(claims, ec.generate_private_key(ec.SECP256R1()), algorithm="ES256", headers={"kid": "made-up"}))


async def test_alg_none(api, admin_token):
    header, claims = split(admin_token)
    await refused(api, hand_signed({"alg": "none", "typ": "JWT", "kid": header["kid"]}, claims, lambda _: b""))
    await refused(api, f"{b64(json.dumps({'alg': 'none'}).encode())}.{b64(json.dumps(claims).encode())}.")


async def test_hs256_signed_with_the_public_key(api, admin_token):
    header, claims = split(admin_token)
    jwks = (await api.http.get("/.well-known/jwks.json")).json()
    public = jwt.PyJWK([k for k in jwks["keys"] if k["kid"] == header["kid"]][0]).key
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    forged = hand_signed({"alg": "HS256", "typ": "JWT", "kid": header["kid"]}, claims, lambda m: hmac.new(pem, m, hashlib.sha256).digest())
    await refused(api, forged)


async def test_expired_wrong_audience_wrong_issuer_and_garbage(api, admin_token, stack):
    header, claims = split(admin_token)
    gw_db = Database(stack.gateway_db)
    try:
        from palli_gateway.auth.keys import KeyRing

        ring = KeyRing(gw_db, stack.settings.key_secret.get_secret_value(), max_token_seconds=3600)
        await ring.load(create=False)
        kid, private = ring.signing
    finally:
        await gw_db.dispose()

    def signed(**changes) -> str:  # noqa: ANN003
        return jwt.encode({**claims, **changes}, private, algorithm="ES256", headers={"kid": kid})

    assert (await api.http.get("/v1/auth/me", headers={"Authorization": f"Bearer {signed()}"})).status_code == 200  # the control
    now = int(time.time())
    assert "expired" in (await refused(api, signed(iat=now - 3600, exp=now - 60)))["detail"]
    await refused(api, signed(aud="palli-internal"))  # an internal token is no use at the front door
    await refused(api, signed(iss="someone-else"))
    no_jti = {k: v for k, v in claims.items() if k != "jti"}
    await refused(api, jwt.encode(no_jti, private, algorithm="ES256", headers={"kid": kid}))
    await refused(api, "not.a.jwt")
    r = await api.http.get("/v1/auth/me", headers={"Authorization": f"Basic {b64(b'a:b')}"})
    assert_problem(r, 401)


async def test_key_rotation_keeps_old_tokens_valid(api, stack):
    before = (await api.token("root-admin", "root-admin-password"))["access_token"]
    db = Database(stack.gateway_db)
    try:
        new_kid = await rotate(db, stack.settings.key_secret.get_secret_value())
    finally:
        await db.dispose()
    # a replica picks up the new key on its next reload; force it here instead of waiting a minute
    jwks = (await api.http.get("/.well-known/jwks.json")).json()
    old_kid = split(before)[0]["kid"]
    assert old_kid in {k["kid"] for k in jwks["keys"]}
    assert (await api.http.get("/v1/auth/me", headers={"Authorization": f"Bearer {before}"})).status_code == 200
    assert new_kid != old_kid
    await asyncio.sleep(0.6)  # the stack reloads keys every 0.5 s (a minute by default)
    assert new_kid in {k["kid"] for k in (await api.http.get("/.well-known/jwks.json")).json()["keys"]}
    after = (await api.token("root-admin", "root-admin-password"))["access_token"]
    assert split(after)[0]["kid"] == new_kid
    for token in (before, after):
        assert (await api.http.get("/v1/auth/me", headers={"Authorization": f"Bearer {token}"})).status_code == 200
    # services verify internal tokens signed with the new key: they reload the JWKS on an unknown kid
    assert (await api.http.get("/v1/branches", headers={"Authorization": f"Bearer {after}"})).status_code == 200
    assert all(k["alg"] == "ES256" and "d" not in k for k in jwks["keys"])  # never a private part
