"""The gateway's reverse proxy over real sockets: a uvicorn upstream in a thread, a uvicorn gateway in the test loop."""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import anyio
import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from palli_common.errors import DomainError, NotFound
from palli_common.problems import domain_problem
from palli_common.testing.broker import free_port
from palli_gateway.front_door import _buffered
from palli_gateway.proxy import Proxy
from palli_gateway.settings import Upstream

MB = 1024 * 1024
DATA = random.Random(7).randbytes(8 * MB)  # incompressible, so nothing along the way can shrink it unnoticed
CHUNK = 64 * 1024
INTERNAL_AUTH = "Bearer gateway-internal"
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


# --- the upstream service -------------------------------------------------------------------------------


@dataclass
class Seen:
    """What the upstream observed; written from its thread, read by the tests."""

    paths: list[bytes] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)
    upload_started: threading.Event = field(default_factory=threading.Event)
    download_gate: threading.Event = field(default_factory=threading.Event)
    endless_ended: threading.Event = field(default_factory=threading.Event)
    waiting: dict[str, int] = field(default_factory=dict)  # rendezvous round -> requests inside now
    peak: dict[str, int] = field(default_factory=dict)  # rendezvous round -> most inside at once
    all_in: dict[str, asyncio.Event] = field(default_factory=dict)


class _RecordEnd(StreamingResponse):
    def __init__(self, content: AsyncIterator[bytes], done: threading.Event) -> None:
        super().__init__(content, media_type="application/octet-stream")
        self._done = done

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._done.set()


def upstream_app(seen: Seen) -> Starlette:
    async def echo(request: Request) -> Response:
        seen.paths.append(request.scope["raw_path"])
        seen.ports.append(request.client.port)
        body = await request.body()
        if delay := request.query_params.get("delay"):
            await asyncio.sleep(float(delay))
        payload = {
            "method": request.method,
            "raw_path": request.scope["raw_path"].decode("latin-1"),
            "query": request.scope["query_string"].decode("latin-1"),
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in request.headers.raw],
            "body_size": len(body),
        }
        response = JSONResponse(payload, status_code=201 if request.method == "POST" else 200)
        response.raw_headers += [
            (b"set-cookie", b"a=1; Path=/"),
            (b"set-cookie", b"b=2; Path=/"),
            (b"x-echo-method", request.method.encode()),
            (b"connection", b"x-hop-resp"),
            (b"x-hop-resp", b"1"),
            (b"keep-alive", b"timeout=5"),
            (b"proxy-authenticate", b"Basic"),
        ]
        return response

    async def upload(request: Request) -> Response:
        seen.paths.append(request.scope["raw_path"])
        digest, size = hashlib.sha256(), 0
        try:
            async for chunk in request.stream():
                digest.update(chunk)
                size += len(chunk)
                if size:
                    seen.upload_started.set()
        except ClientDisconnect:  # the gateway cut an over-limit upload short
            return Response(status_code=400)
        return JSONResponse({"size": size, "sha256": digest.hexdigest()})

    async def big(request: Request) -> Response:
        size = int(request.query_params["size"])
        gated = "gate" in request.query_params

        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, size, CHUNK):
                yield DATA[start : min(start + CHUNK, size)]
                if gated and start == 0:  # hold the rest until the client has the first chunk
                    await anyio.to_thread.run_sync(seen.download_gate.wait, 10)

        return StreamingResponse(chunks(), media_type="application/octet-stream")

    async def endless(request: Request) -> Response:
        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(100_000):  # ~6 GB: only a reader that goes away ends it early
                yield DATA[:CHUNK]

        return _RecordEnd(chunks(), seen.endless_ended)

    async def rendezvous(request: Request) -> Response:
        """Holds each request until `n` of its round are inside at once (or 10 s pass)."""
        key, n = request.query_params["round"], int(request.query_params["n"])
        all_in = seen.all_in.setdefault(key, asyncio.Event())
        seen.waiting[key] = seen.waiting.get(key, 0) + 1
        seen.peak[key] = max(seen.peak.get(key, 0), seen.waiting[key])
        if seen.waiting[key] >= n:
            all_in.set()
        try:
            with anyio.move_on_after(10):
                await all_in.wait()
        finally:
            seen.waiting[key] -= 1
        return JSONResponse({"i": request.query_params["i"]})

    async def slow(request: Request) -> Response:
        await asyncio.sleep(2)
        return JSONResponse({"late": True})

    return Starlette(
        routes=[
            Route("/v1/members/upload", upload, methods=["POST"]),
            Route("/v1/members/big", big),
            Route("/v1/members/endless", endless),
            Route("/v1/members/rendezvous", rendezvous),
            Route("/v1/slow/{rest:path}", slow),
            Route("/{rest:path}", echo, methods=ALL_METHODS),
        ]
    )


def _config(app: Starlette | FastAPI | GatewayApp, port: int) -> uvicorn.Config:
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-* from a loopback client as the truth
    return uvicorn.Config(
        app, host="127.0.0.1", port=port, log_config=None, log_level="warning", lifespan="off",
        proxy_headers=False, timeout_graceful_shutdown=1,
    )


@dataclass
class UpstreamServer:
    url: str
    seen: Seen


@pytest.fixture(scope="module")
def upstream() -> Iterator[UpstreamServer]:
    seen = Seen()
    port = free_port()
    server = uvicorn.Server(_config(upstream_app(seen), port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "upstream did not start"
        time.sleep(0.02)
    yield UpstreamServer(f"http://127.0.0.1:{port}", seen)
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def stuck_url() -> Iterator[str]:
    """A port that listens but never accepts, with its backlog full: a connect to it hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    for sock in [*fillers, listener]:
        sock.close()


# --- the gateway ---------------------------------------------------------------------------------------


class GatewayApp:
    """The proxy as the gateway's front door uses it, without the checks: its DomainErrors answered
    as problem+json. `x-test-buffer` hands it a body read whole first, as RefuseNulText does for JSON."""

    def __init__(self, proxy: Proxy) -> None:
        self.proxy = proxy
        self.max_body = 6 * MB

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            upstream = self.proxy.match(scope["path"])
            if upstream is None:
                raise NotFound(f"no service serves {scope['path']}")
            if any(k == b"x-test-buffer" for k, _ in scope["headers"]):
                receive = await _buffered(receive)
            await self.proxy.forward(scope, receive, send, upstream, headers={"authorization": INTERNAL_AUTH}, max_body=self.max_body)
        except DomainError as exc:
            await domain_problem(exc, scope["path"])(scope, receive, send)


@dataclass
class Gateway:
    client: httpx.AsyncClient
    proxy: Proxy
    app: GatewayApp


@pytest.fixture
async def gateway(upstream: UpstreamServer, stuck_url: str) -> AsyncIterator[Gateway]:
    routes = [
        Upstream(prefix="/v1/members", service="members", url=upstream.url),
        Upstream(prefix="/v1/slow", service="slowpoke", url=upstream.url, timeout=0.3),
        Upstream(prefix="/v1/down", service="downed", url=f"http://127.0.0.1:{free_port()}"),  # nothing listens
        Upstream(prefix="/v1/stuck", service="stuck", url=stuck_url),
    ]
    proxy = Proxy(routes, connect_timeout=0.5)
    app = GatewayApp(proxy)
    port = free_port()
    server = uvicorn.Server(_config(app, port))
    task = asyncio.create_task(server.serve())
    with anyio.fail_after(10):
        while not server.started:
            await asyncio.sleep(0.01)
    limits = httpx.Limits(max_connections=200)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False, timeout=20, limits=limits) as client:
        yield Gateway(client, proxy, app)
    server.should_exit = True
    await task
    await proxy.aclose()


def _problem(response: httpx.Response, status: int, slug: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["type"].endswith("/" + slug)
    return body


# --- routing ---------------------------------------------------------------------------------------------


def test_match_uses_whole_segments_and_the_longest_prefix() -> None:
    members = Upstream(prefix="/v1/members", service="members", url="http://m")
    special = Upstream(prefix="/v1/members/special/", service="special", url="http://s")
    loans = Upstream(prefix="/v1/loans", service="lending", url="http://l")
    proxy = Proxy([members, special, loans])  # the longer prefix listed after the shorter

    assert proxy.match("/v1/members") is members
    assert proxy.match("/v1/members/") is members
    assert proxy.match("/v1/members/42") is members
    assert proxy.match("/v1/membersx") is None
    assert proxy.match("/v1/members/special") is special
    assert proxy.match("/v1/members/special/7/notes") is special
    assert proxy.match("/v1/members/specialx") is members
    assert proxy.match("/v1/loans/3") is loans
    assert proxy.match("/v1") is None
    assert proxy.match("/v2/members") is None
    # dot segments would be collapsed by httpx into a path routed nowhere here
    assert proxy.match("/v1/loans/../members/1") is None
    assert proxy.match("/v1/members/./1") is None


async def test_unrouted_path_is_a_404_problem(gateway: Gateway) -> None:
    _problem(await gateway.client.get("/v1/membersx"), 404, "not-found")


# --- method, path, query, headers ------------------------------------------------------------------------


@pytest.mark.parametrize("method", ALL_METHODS)
async def test_method_path_and_query_reach_the_service_byte_for_byte(gateway: Gateway, upstream: UpstreamServer, method: str) -> None:
    path = "/v1/members/a%2Fb/caf%C3%A9/x;y=1/%7E"
    query = "q=a%2Bb&x=%20+y&&z&e=%3D%26"
    response = await gateway.client.request(method, f"{path}?{query}")

    assert response.status_code == (201 if method == "POST" else 200)
    assert response.headers["x-echo-method"] == method
    assert upstream.seen.paths[-1] == path.encode()
    if method != "HEAD":
        echoed = response.json()
        assert (echoed["method"], echoed["raw_path"], echoed["query"]) == (method, path, query)


async def test_request_headers_pass_without_hop_by_hop_credentials_or_spoofed_forwarding(gateway: Gateway, upstream: UpstreamServer) -> None:
    request = gateway.client.build_request(
        "POST",
        "/v1/members/h",
        content=b"hello",
        headers=[
            ("Host", "api.palli.example"),
            ("Connection", "keep-alive, X-Hop-Req"),
            ("X-Hop-Req", "1"),
            ("Keep-Alive", "timeout=5"),
            ("TE", "trailers"),
            ("Trailer", "X-Checksum"),
            ("Upgrade", "foo/2"),
            ("Proxy-Authorization", "Basic cHJveHk="),
            ("Authorization", "Bearer client-token"),
            ("Cookie", "session=secret"),
            ("X-Forwarded-For", "203.0.113.9"),
            ("X-Forwarded-Proto", "https"),
            ("X-Forwarded-Host", "spoofed.example"),
            ("X-Request-Id", "r-1"),
            ("Accept", "application/json"),
            ("User-Agent", "palli-field-app/1.0"),
            ("X-Multi", "one"),
            ("X-Multi", "two"),
        ],
    )
    del request.headers["accept-encoding"]  # so any Accept-Encoding upstream would be the proxy's own
    response = await gateway.client.send(request)
    assert response.status_code == 201
    pairs = response.json()["headers"]
    seen: dict[str, list[str]] = {}
    for name, value in pairs:
        seen.setdefault(name, []).append(value)

    for gone in ("connection", "x-hop-req", "keep-alive", "te", "trailer", "upgrade", "proxy-authorization", "cookie"):
        assert gone not in seen, gone
    assert seen["authorization"] == [INTERNAL_AUTH]
    assert seen["host"] == [upstream.url.removeprefix("http://")]
    assert seen["x-forwarded-for"] == ["203.0.113.9, 127.0.0.1"]
    assert seen["x-forwarded-proto"] == ["http"]
    assert seen["x-forwarded-host"] == ["api.palli.example"]
    assert seen["x-request-id"] == ["r-1"]
    assert seen["accept"] == ["application/json"]
    assert seen["x-multi"] == ["one", "two"]
    assert "content-length" not in seen  # the body was streamed on, chunked
    assert response.json()["body_size"] == 5
    assert "accept-encoding" not in seen  # the proxy's httpx client added none of its defaults
    assert seen["user-agent"] == ["palli-field-app/1.0"]


async def test_response_keeps_status_and_headers_but_not_hop_by_hop(gateway: Gateway) -> None:
    response = await gateway.client.post("/v1/members/r", content=b"{}")

    assert response.status_code == 201
    assert response.headers.get_list("set-cookie") == ["a=1; Path=/", "b=2; Path=/"]
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    for gone in ("x-hop-resp", "keep-alive", "proxy-authenticate"):
        assert gone not in response.headers, gone
    assert "x-hop-resp" not in response.headers.get("connection", "")
    assert len(response.headers.get_list("date")) == 1  # the gateway's, not the service's as well
    assert len(response.headers.get_list("server")) == 1
    assert len(gateway.proxy._client.cookie_jar) == 0  # the shared client keeps no user's cookies


# --- bodies ------------------------------------------------------------------------------------------------


async def _chunks(data: bytes, size: int = CHUNK) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.mark.parametrize("buffered", [False, True], ids=["streamed", "buffered"])
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_5mb_body_arrives_intact(gateway: Gateway, buffered: bool, chunked: bool) -> None:
    body = DATA[: 5 * MB]
    content = _chunks(body) if chunked else body
    headers = {"x-test-buffer": "1"} if buffered else {}
    response = await gateway.client.post("/v1/members/upload", content=content, headers=headers)

    assert response.status_code == 200, response.text
    assert response.json() == {"size": len(body), "sha256": hashlib.sha256(body).hexdigest()}


async def test_upload_is_streamed_not_buffered(gateway: Gateway, upstream: UpstreamServer) -> None:
    upstream.seen.upload_started.clear()

    async def body() -> AsyncIterator[bytes]:
        yield DATA[:CHUNK]
        # the rest only once the service has the first chunk: a buffering gateway never gets there
        started = await anyio.to_thread.run_sync(upstream.seen.upload_started.wait, 5)
        assert started, "the service saw nothing before the client finished"
        yield DATA[CHUNK : 2 * CHUNK]

    response = await gateway.client.post("/v1/members/upload", content=body())
    assert response.json()["size"] == 2 * CHUNK


async def test_large_response_is_streamed_back_intact(gateway: Gateway, upstream: UpstreamServer) -> None:
    size = 8 * MB - 123
    upstream.seen.download_gate.clear()
    digest, received = hashlib.sha256(), 0
    with anyio.fail_after(15):
        async with gateway.client.stream("GET", f"/v1/members/big?size={size}&gate") as response:
            assert response.status_code == 200
            assert "content-length" not in response.headers  # the service streamed it chunked
            async for chunk in response.aiter_raw():
                if received == 0:
                    # the service holds the rest until this first chunk arrives: a buffering gateway stalls here
                    upstream.seen.download_gate.set()
                digest.update(chunk)
                received += len(chunk)
    assert received == size
    assert digest.hexdigest() == hashlib.sha256(DATA[:size]).hexdigest()


async def test_client_going_away_releases_the_upstream_stream(gateway: Gateway, upstream: UpstreamServer) -> None:
    upstream.seen.endless_ended.clear()
    async with gateway.client.stream("GET", "/v1/members/endless") as response:
        async for _ in response.aiter_raw():
            break
    # closing our side mid-body drops the connection; the gateway must drop its upstream one in turn
    ended = await anyio.to_thread.run_sync(upstream.seen.endless_ended.wait, 5)
    assert ended, "the service is still streaming to nobody"


async def test_declared_length_over_the_limit_is_413_before_the_service_sees_it(gateway: Gateway, upstream: UpstreamServer) -> None:
    gateway.app.max_body = 64 * 1024
    headers: dict[str, str] = {}
    path = "/v1/members/too-big-declared"

    ok = await gateway.client.put(path, content=DATA[: 64 * 1024], headers=headers)  # exactly the limit passes
    assert ok.json()["body_size"] == 64 * 1024
    upstream.seen.paths.clear()

    response = await gateway.client.put(path, content=DATA[: 64 * 1024 + 1], headers=headers)
    body = _problem(response, 413, "body-too-large")
    assert body["title"] == "Request body too large"
    assert path.encode() not in upstream.seen.paths

    # refused on the announcement alone: the gateway answers before the client sends a byte of body
    host, port = gateway.client.base_url.host, gateway.client.base_url.port
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"PUT {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {10 * MB}\r\n\r\n".encode())
    await writer.drain()
    with anyio.fail_after(2):
        status_line = await reader.readline()
    writer.close()
    assert status_line.startswith(b"HTTP/1.1 413 ")


async def test_chunked_body_over_the_limit_is_413(gateway: Gateway) -> None:
    gateway.app.max_body = 64 * 1024

    ok = await gateway.client.post("/v1/members/upload", content=_chunks(DATA[: 64 * 1024], 10_000))
    assert ok.json()["size"] == 64 * 1024

    response = await gateway.client.post("/v1/members/upload", content=_chunks(DATA[:MB], 16 * 1024))
    _problem(response, 413, "body-too-large")


# --- failures ----------------------------------------------------------------------------------------------


async def test_closed_port_is_a_502_within_a_second(gateway: Gateway) -> None:
    started = time.monotonic()
    response = await gateway.client.get("/v1/down/anything")
    elapsed = time.monotonic() - started

    body = _problem(response, 502, "bad-gateway")
    assert "downed" in body["detail"]
    assert body["instance"] == "/v1/down/anything"
    assert elapsed < 1.0


async def test_connect_timeout_is_a_502_not_a_504(gateway: Gateway) -> None:
    started = time.monotonic()
    response = await gateway.client.get("/v1/stuck/anything")
    elapsed = time.monotonic() - started

    body = _problem(response, 502, "bad-gateway")
    assert "stuck" in body["detail"]
    assert 0.4 < elapsed < 1.5  # connect_timeout is 0.5


async def test_slow_service_is_a_504_after_its_timeout(gateway: Gateway) -> None:
    started = time.monotonic()
    response = await gateway.client.get("/v1/slow/report")
    elapsed = time.monotonic() - started

    body = _problem(response, 504, "gateway-timeout")
    assert "slowpoke" in body["detail"]
    assert 0.25 < elapsed < 1.0  # the route's timeout is 0.3, the service takes 2


# --- the shared pool ---------------------------------------------------------------------------------------


async def test_100_concurrent_requests_share_one_client(gateway: Gateway, upstream: UpstreamServer) -> None:
    client = gateway.proxy._session()
    # 100 connections opened at once can take longer than the fixture's 0.5 s (chosen for the
    # connect-timeout test) on a busy 2-core machine; this test is about the pool, not timeouts
    gateway.proxy.connect_timeout = 10.0

    async def one(i: int) -> None:
        response = await gateway.client.get("/v1/members/rendezvous", params={"round": "r100", "n": "100", "i": str(i)})
        assert response.status_code == 200
        assert response.json() == {"i": str(i)}

    with anyio.fail_after(30):
        await asyncio.gather(*(one(i) for i in range(100)))
    # every request was inside the service at the same moment: nothing serialised or capped them
    assert upstream.seen.peak["r100"] == 100
    assert gateway.proxy._client is client


async def test_sequential_requests_reuse_one_kept_alive_connection(gateway: Gateway, upstream: UpstreamServer) -> None:
    upstream.seen.ports.clear()
    for i in range(20):
        assert (await gateway.client.get(f"/v1/members/seq/{i}")).status_code == 200
    assert len(set(upstream.seen.ports)) == 1, upstream.seen.ports
