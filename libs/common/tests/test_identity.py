"""The internal identity token, verified through a tiny service made with `create_service_app`:
what is accepted, every way a forged, stale or misdirected token is refused (401 problem+json),
key rotation without restart, a rate-limited reload, and an unreachable key source (401, not 500)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi import APIRouter, FastAPI, Request

from palli_common.app import create_service_app
from palli_common.errors import Forbidden, Unauthorized
from palli_common.identity import (
    INTERNAL_AUDIENCE, ISSUER, CurrentIdentity, Identity, InternalTokenVerifier, KeySet,
)
from palli_common.settings import ServiceSettings
from palli_common.testing.broker import free_port
from palli_common.testing.http import assert_problem, each_case
from palli_common.testing.identity import InternalKeys

A, B = uuid.uuid4(), uuid.uuid4()


# --- a tiny service ------------------------------------------------------------------------------

def _router() -> APIRouter:
    router = APIRouter(prefix="/v1/probe")

    @router.get("/whoami")
    async def whoami(who: CurrentIdentity, request: Request) -> dict:
        assert request.state.identity is who
        return {
            "subject": who.subject, "kind": who.kind, "roles": sorted(who.roles), "scopes": sorted(who.scopes),
            "branches": None if who.branch_ids is None else sorted(str(b) for b in who.branch_ids),
            "partner": who.partner, "username": who.username, "sees_a": who.sees_branch(A), "sees_b": who.sees_branch(B),
        }

    @router.get("/plain")
    async def plain() -> dict:  # asks for no identity itself: the router dependency still guards it
        return {"ok": True}

    @router.post("/echo")
    async def echo(body: dict) -> dict:
        return body

    return router


@pytest.fixture
async def make_app(tmp_path) -> Iterator:  # noqa: ANN201
    made: list[FastAPI] = []

    def make(jwks: str, *, min_reload_seconds: float | None = None) -> FastAPI:
        settings = ServiceSettings(
            service_name="identity-test", environment="test", database_url=f"sqlite+aiosqlite:///{tmp_path}/unused.db",
            relay_enabled=False, consumers_enabled=False, log_json=False, log_level="WARNING", internal_jwks=jwks,
        )
        app = create_service_app(settings, title="identity test", description="probe", routers=[_router()])
        if min_reload_seconds is not None:
            app.state.identity_verifier = InternalTokenVerifier(KeySet(jwks, min_reload_seconds=min_reload_seconds))
        made.append(app)
        return app

    yield make
    for app in made:
        await app.state.runtime.db.dispose()


def _client(app: FastAPI, token: str | None = None) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://probe", headers=headers)


async def _whoami(app: FastAPI, token: str | None) -> httpx.Response:
    async with _client(app, token) as c:
        return await c.get("/v1/probe/whoami")


@pytest.fixture
async def app(make_app, internal_keys) -> FastAPI:
    return make_app(str(internal_keys.jwks_path))


# --- hand-made tokens ------------------------------------------------------------------------------

def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _json(obj: dict) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def claims(**over) -> dict:  # noqa: ANN003
    """Claims as the gateway signs them; `over` replaces some (None removes one)."""
    now = int(time.time())
    base = {"sub": "u-1", "kind": "staff", "roles": ["field_officer"], "scope": "", "branches": [str(A)],
            "iss": ISSUER, "aud": INTERNAL_AUDIENCE, "iat": now, "exp": now + 60}
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def es256(keys: InternalKeys, body: dict, **header) -> str:  # noqa: ANN003
    return jwt.encode(body, keys.private_key, algorithm="ES256", headers={"kid": keys.kid, **header})


def es256_by_hand(keys: InternalKeys, header: dict, body: dict) -> str:
    """A real ES256 signature over any header, even one PyJWT would refuse to write."""
    signing_input = f"{b64url(_json(header))}.{b64url(_json(body))}"
    signature = jwt.algorithms.ECAlgorithm(jwt.algorithms.ECAlgorithm.SHA256).sign(signing_input.encode(), keys.private_key)
    return f"{signing_input}.{b64url(signature)}"


def unsigned(header: dict, body: dict, signature: bytes = b"") -> str:
    return f"{b64url(_json(header))}.{b64url(_json(body))}.{b64url(signature)}"


def hs256_with_public_pem(keys: InternalKeys, body: dict, alg: str = "HS256") -> str:
    """The classic algorithm-confusion forgery: HMAC keyed with the verifier's own public key (PyJWT
    refuses to produce it, so it is assembled by hand)."""
    pem = keys.private_key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    signing_input = f"{b64url(_json({'alg': alg, 'typ': 'JWT', 'kid': keys.kid}))}.{b64url(_json(body))}"
    return f"{signing_input}.{b64url(hmac.new(pem, signing_input.encode(), hashlib.sha256).digest())}"


def new_keys(tmp_path: Path, name: str) -> InternalKeys:
    directory = tmp_path / name
    directory.mkdir()
    return InternalKeys(directory)


def jwk_of(keys: InternalKeys) -> dict:
    return json.loads(keys.jwks_path.read_text())["keys"][0]


# --- accepted -----------------------------------------------------------------------------------

async def test_no_token_is_401_problem_on_every_service_route(app):
    for path in ("/v1/probe/whoami", "/v1/probe/plain"):
        async with _client(app) as c:
            body = assert_problem(await c.get(path), 401)
        assert "gateway" in body["detail"]


async def test_health_and_openapi_are_open(app):
    async with _client(app) as c:
        assert (await c.get("/healthz")).status_code == 200
        assert (await c.get("/openapi.json")).status_code == 200


async def test_valid_token_identity_reaches_the_route(app, internal_keys):
    token = internal_keys.token(roles=["field_officer"], branches=[A], scopes=["members:write"], subject="u-7", username="shirin")
    r = await _whoami(app, token)
    assert r.status_code == 200, r.text
    assert r.json() == {
        "subject": "u-7", "kind": "staff", "roles": ["field_officer"], "scopes": ["members:write"], "branches": [str(A)],
        "partner": None, "username": "shirin", "sees_a": True, "sees_b": False,
    }
    async with _client(app, token) as c:
        assert (await c.get("/v1/probe/plain")).json() == {"ok": True}


async def test_every_branch_and_partner_identities(app, internal_keys):
    admin = (await _whoami(app, internal_keys.token())).json()
    assert admin["branches"] is None and admin["sees_a"] and admin["sees_b"] and admin["roles"] == ["admin"]
    partner = (await _whoami(app, internal_keys.token(partner="acme-mfi", roles=[], scopes=["members:read"], branches=[A, B]))).json()
    assert partner["kind"] == "partner" and partner["partner"] == "acme-mfi" and partner["scopes"] == ["members:read"]
    assert partner["sees_a"] and partner["sees_b"]
    nobody = (await _whoami(app, internal_keys.token(branches=[]))).json()
    assert nobody["branches"] == [] and not nobody["sees_a"] and not nobody["sees_b"]


async def test_clock_skew_within_the_leeway_is_accepted(app, internal_keys):
    now = int(time.time())
    assert (await _whoami(app, es256(internal_keys, claims(iat=now - 62, exp=now - 2)))).status_code == 200


# --- refused ------------------------------------------------------------------------------------

async def test_forged_stale_and_misdirected_tokens_are_401(app, internal_keys, tmp_path):
    other = new_keys(tmp_path, "other")
    impostor = new_keys(tmp_path, "impostor")
    impostor.kid = internal_keys.kid  # another key claiming the gateway's key id
    now = int(time.time())
    good = es256(internal_keys, claims())
    head, _, sig = good.split(".")
    escalated = f"{head}.{b64url(_json(claims(branches=None, roles=['admin'])))}.{sig}"  # payload swapped, signature kept
    hmac_under_es256_header = hs256_with_public_pem(internal_keys, claims(), alg="ES256")
    cases = [
        ("garbage", "not-a-jwt"),
        ("three garbage parts", "a.b.c"),
        ("signed by another key, unknown kid", other.token()),
        ("signed by another key, the gateway's kid", impostor.token()),
        ("alg none with the gateway's kid", unsigned({"alg": "none", "typ": "JWT", "kid": internal_keys.kid}, claims())),
        ("alg none, no kid", unsigned({"alg": "none", "typ": "JWT"}, claims())),
        ("HS256 keyed with the public key PEM", hs256_with_public_pem(internal_keys, claims())),
        ("ES256 header over an HMAC signature", hmac_under_es256_header),
        ("payload changed after signing", escalated),
        ("ES256 without a kid", jwt.encode(claims(), internal_keys.private_key, algorithm="ES256")),
        ("kid not a string", es256_by_hand(internal_keys, {"alg": "ES256", "typ": "JWT", "kid": 7}, claims())),
        ("expired", internal_keys.token(lifetime=-60)),
        ("expired beyond the leeway", es256(internal_keys, claims(iat=now - 120, exp=now - 10))),
        ("external audience palli-api", es256(internal_keys, claims(aud="palli-api"))),
        ("no audience", es256(internal_keys, claims(aud=None))),
        ("wrong issuer", es256(internal_keys, claims(iss="someone-else"))),
        ("no issuer", es256(internal_keys, claims(iss=None))),
        ("no exp", es256(internal_keys, claims(exp=None))),
        ("no iat", es256(internal_keys, claims(iat=None))),
        ("no sub", es256(internal_keys, claims(sub=None))),
        ("not yet valid", es256(internal_keys, claims(nbf=now + 600))),
    ]

    async def refused(token: str) -> None:
        assert_problem(await _whoami(app, token), 401)

    await each_case(cases, refused)


async def test_non_bearer_schemes_are_401(app, internal_keys):
    for value in (f"Basic {internal_keys.token()}", internal_keys.token(), "Bearer", "Bearer    "):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://probe") as c:
            assert_problem(await c.get("/v1/probe/whoami", headers={"Authorization": value}), 401)


# --- claims ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [
    {"kind": "staff"},  # no sub
    {"sub": "u-1"},  # no kind
    {"sub": "u-1", "kind": "staff", "branches": ["not-a-uuid"]},
    {"sub": "u-1", "kind": "staff", "branches": 5},
    {"sub": "u-1", "kind": "staff", "branches": "0190a6c2"},
    {"sub": "u-1", "kind": "staff", "roles": 5},
    {"sub": "u-1", "kind": "staff", "roles": [["nested"]]},
], ids=["no-sub", "no-kind", "branch-not-uuid", "branches-int", "branches-string", "roles-int", "roles-unhashable"])
def test_from_claims_refuses_malformed_claims(bad):
    with pytest.raises(Unauthorized) as err:
        Identity.from_claims(bad)
    assert err.value.status == 401


@pytest.mark.parametrize("bad", [
    {"sub": "u-1", "kind": "staff", "scope": 5},
    {"sub": "u-1", "kind": "staff", "branches": [5]},
], ids=["scope-int", "branch-int"])
def test_from_claims_refuses_non_string_scope_and_branch_ids(bad):
    with pytest.raises(Unauthorized):
        Identity.from_claims(bad)


async def test_signed_token_with_malformed_claims_is_401(app, internal_keys):
    for bad in (claims(branches=["not-a-uuid"]), claims(kind=None), claims(branches=7)):
        body = assert_problem(await _whoami(app, es256(internal_keys, bad)), 401)
        assert "malformed" in body["detail"]


def test_check_branch_raises_forbidden_naming_the_branch():
    scoped = Identity(subject="u", kind="staff", roles=frozenset(), scopes=frozenset(), branch_ids=frozenset({A}))
    scoped.check_branch(A)
    with pytest.raises(Forbidden) as err:
        scoped.check_branch(B, "the group")
    assert err.value.status == 403 and err.value.extra == {"branch_id": str(B)}
    assert not scoped.sees_branch(None)
    everyone = Identity(subject="u", kind="staff", roles=frozenset(), scopes=frozenset(), branch_ids=None)
    assert everyone.all_branches and everyone.sees_branch(B)


# --- keys: rotation, rate limit, unreachable source ---------------------------------------------

async def test_a_key_added_to_the_jwks_file_is_picked_up_without_restart(make_app, tmp_path):
    old, new = new_keys(tmp_path, "old"), new_keys(tmp_path, "new")
    jwks = tmp_path / "gateway-jwks.json"
    jwks.write_text(json.dumps({"keys": [jwk_of(old)]}))
    app = make_app(str(jwks), min_reload_seconds=0)
    assert (await _whoami(app, old.token())).status_code == 200
    assert_problem(await _whoami(app, new.token()), 401)  # not published yet

    jwks.write_text(json.dumps({"keys": [jwk_of(old), jwk_of(new)]}))  # the gateway rotates
    assert (await _whoami(app, new.token())).status_code == 200
    assert (await _whoami(app, old.token())).status_code == 200  # the old key still verifies until retired


class JwksServer:
    """The gateway's /.well-known/jwks.json, counting how often it is fetched."""

    def __init__(self) -> None:
        self.documents: dict[str, bytes] = {}
        self.hits: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.hits[self.path] += 1
                body = server.documents.get(self.path)
                self.send_response(200 if body is not None else 500)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body if body is not None else b"<html>oops</html>")

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def jwks_server() -> Iterator[JwksServer]:
    server = JwksServer()
    yield server
    server.close()


async def test_jwks_url_is_used_and_made_up_kids_cannot_hammer_it(make_app, internal_keys, jwks_server, tmp_path):
    jwks_server.documents["/.well-known/jwks.json"] = internal_keys.jwks_path.read_bytes()
    app = make_app(f"{jwks_server.url}/.well-known/jwks.json", min_reload_seconds=60)
    assert (await _whoami(app, internal_keys.token())).status_code == 200
    assert jwks_server.hits["/.well-known/jwks.json"] == 1
    for i in range(10):  # tokens with made-up kids: refused, and at most one reload per min_reload_seconds
        stranger = new_keys(tmp_path, f"stranger-{i}")
        assert_problem(await _whoami(app, stranger.token()), 401)
    assert jwks_server.hits["/.well-known/jwks.json"] == 1
    assert (await _whoami(app, internal_keys.token())).status_code == 200  # known keys keep working


async def test_unreachable_or_broken_jwks_url_gives_401_not_500(make_app, internal_keys, jwks_server):
    unreachable = make_app(f"http://127.0.0.1:{free_port()}/.well-known/jwks.json", min_reload_seconds=0)
    body = assert_problem(await _whoami(unreachable, internal_keys.token()), 401)
    assert "unknown key" in body["detail"]
    broken = make_app(f"{jwks_server.url}/broken", min_reload_seconds=0)  # answers 500 with HTML
    assert_problem(await _whoami(broken, internal_keys.token()), 401)
    jwks_server.documents["/garbage"] = b'{"keys": "not a list"}'
    assert_problem(await _whoami(make_app(f"{jwks_server.url}/garbage", min_reload_seconds=0), internal_keys.token()), 401)
    missing_file = make_app("/nonexistent/jwks.json", min_reload_seconds=0)
    assert_problem(await _whoami(missing_file, internal_keys.token()), 401)


async def test_no_token_is_401_even_when_the_body_is_not_json(app):
    async with _client(app) as c:
        r = await c.post("/v1/probe/echo", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 401, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.headers["www-authenticate"].startswith("Bearer")


# --- what a service keeps ---------------------------------------------------------------------

@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token the service checked by signature."""
    import palli_common.identity as identity_module

    seen: list[str] = []
    real = jwt.decode

    def counting(token: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(token)
        return real(token, *args, **kwargs)

    monkeypatch.setattr(identity_module.jwt, "decode", counting)
    return seen


async def test_a_token_the_gateway_reuses_is_checked_by_signature_once(app, internal_keys, decodes):
    token = internal_keys.token(roles=["admin"], username="rahima")
    for _ in range(3):
        r = await _whoami(app, token)
        assert r.status_code == 200 and r.json()["username"] == "rahima"
    assert decodes == [token]
    other = internal_keys.token(roles=["field_officer"], branches=[A])  # another identity: checked on its own
    assert (await _whoami(app, other)).json()["sees_b"] is False
    assert decodes == [token, other]


async def test_a_kept_token_is_refused_once_it_expires(app, internal_keys, decodes):
    now = int(time.time())
    token = es256(internal_keys, claims(iat=now - 64, exp=now - 4))  # within the 5 s leeway for one more second
    assert (await _whoami(app, token)).status_code == 200
    assert (await _whoami(app, token)).status_code == 200
    assert len(decodes) == 1
    time.sleep(1.1)
    assert_problem(await _whoami(app, token), 401)


def test_token_cache_entries_expire_and_its_size_is_bounded():
    from palli_common.identity import TokenCache

    cache: TokenCache[int] = TokenCache(size=10)
    cache.put("gone", 0, expires=time.time() - 1)
    assert cache.get("gone") is None
    for n in range(25):
        cache.put(n, n, expires=time.time() + 60)
    assert len(cache) <= 10 and cache.get(24) == 24  # the newest stay, the oldest went
    assert cache.get(0) is None
