"""The public OpenAPI document: merging the gateway's and the services' documents, and the catalog
that fetches the services' documents (real uvicorn servers on free ports).

No `from __future__ import annotations` here: FastAPI reads the route annotations at runtime, and
the test models are local to the app factories."""

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Generic, TypeVar

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Form
from pydantic import BaseModel, Field

from palli_common.testing.broker import free_port
from palli_gateway.openapi import HTTP_METHODS, OpenAPICatalog, RouteAccess, merge_openapi
from palli_gateway.settings import Upstream

T = TypeVar("T")


class ProblemError(BaseModel):
    field: str
    message: str


class Problem(BaseModel):  # the same in every service, as palli_common makes it
    type: str
    title: str
    status: int
    errors: list[ProblemError] | None = None


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int


PROBLEMS: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "Not found"}}


def gateway_app() -> FastAPI:
    app = FastAPI(title="Palli gateway", description="The gateway's own routes.", responses=PROBLEMS)

    class Me(BaseModel):
        username: str
        roles: list[str]

    @app.post("/v1/auth/token", operation_id="token")
    async def token(grant_type: Annotated[str, Form()], username: Annotated[str | None, Form()] = None) -> dict:
        return {}

    @app.get("/v1/auth/me", operation_id="me")
    async def me() -> Me:
        return Me(username="x", roles=[])

    @app.get("/.well-known/jwks.json")
    async def jwks() -> dict:
        return {"keys": []}

    @app.get("/healthz")
    async def healthz() -> dict:
        return {}

    return app


def members_app() -> FastAPI:
    app = FastAPI(title="Palli members", version="1.2.0", responses=PROBLEMS)

    class Item(BaseModel):
        id: int
        name: str

    class Stats(BaseModel):  # used only by an internal route: must not leak into the public document
        secret_count: int

    @app.get("/v1/members", operation_id="list_items", description="Members, newest first.")
    async def list_members() -> Page[Item]:
        return Page[Item](items=[], total=0)

    @app.get("/v1/members/{member_id}")
    async def get_member(member_id: int) -> Item:
        return Item(id=member_id, name="x")

    @app.patch("/v1/members/{member_id}")  # not in the table: this method goes, the path stays
    async def patch_member(member_id: int) -> Item:
        return Item(id=member_id, name="x")

    @app.get("/v1/members/internal/stats")  # not in the table: the whole path goes
    async def stats() -> Stats:
        return Stats(secret_count=1)

    @app.get("/healthz")
    async def healthz() -> dict:
        return {}

    return app


def lending_app() -> FastAPI:
    app = FastAPI(title="Palli lending", responses=PROBLEMS)

    class Item(BaseModel):  # same name as members' Item, different fields
        id: int
        amount: int

    class LoanIn(BaseModel):
        amount: int = Field(gt=0)

    @app.get("/v1/loans", operation_id="list_items")  # the same operationId as members'
    async def list_loans() -> Page[Item]:
        return Page[Item](items=[], total=0)

    @app.post("/v1/loans", status_code=201)
    async def create_loan(body: LoanIn) -> Item:
        return Item(id=1, amount=body.amount)

    @app.get("/v1/loans/{loan_id}/schedule")  # not in the table
    async def schedule(loan_id: int) -> dict:
        return {}

    return app


TABLE = {
    ("POST", "/v1/auth/token"): RouteAccess(public=True),
    ("GET", "/v1/auth/me"): RouteAccess(),
    ("GET", "/v1/members"): RouteAccess(roles=("field_officer", "branch_manager"), scopes=("members:read",)),
    ("GET", "/v1/members/{member_id}"): RouteAccess(roles=("field_officer",), scopes=("members:read",)),
    ("GET", "/v1/loans"): RouteAccess(roles=("branch_manager",)),
    ("POST", "/v1/loans"): RouteAccess(scopes=("loans:write",)),
}


def access(method: str, path: str) -> RouteAccess | None:
    return TABLE.get((method, path))


def merged(**over: Any) -> dict:
    specs = {"members": members_app().openapi(), "lending": lending_app().openapi()}
    kwargs = {"title": "Palli API", "version": "2026.1", "public_url": "https://api.palli.example", **over}
    return merge_openapi(gateway_app().openapi(), specs, access, **kwargs)


def resolve(doc: dict, ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and token in node, f"unresolvable {ref}"
        node = node[token]
    return node


def all_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            elif key == "discriminator" and isinstance(value, dict):
                yield from value.get("mapping", {}).values()
            else:
                yield from all_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from all_refs(item)


def assert_refs_resolve(doc: dict) -> set[str]:
    refs = set(all_refs(doc))
    for ref in refs:
        resolve(doc, ref)
    return refs


def operations(doc: dict) -> Iterator[tuple[str, str, dict]]:
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield method.upper(), path, op


def response_schema(op: dict, status: str = "200") -> dict:
    return op["responses"][status]["content"]["application/json"]["schema"]


# --- merge_openapi ---------------------------------------------------------------------------------


def test_keeps_public_routes_in_the_table_and_drops_the_rest():
    doc = merged()
    assert doc["openapi"] == "3.1.0"
    assert doc["servers"] == [{"url": "https://api.palli.example"}]
    assert {(m, p) for m, p, _ in operations(doc)} == {
        ("POST", "/v1/auth/token"), ("GET", "/v1/auth/me"),  # the gateway's own, all kept
        ("GET", "/v1/members"), ("GET", "/v1/members/{member_id}"),
        ("GET", "/v1/loans"), ("POST", "/v1/loans"),
    }
    # gone: health, JWKS, the unlisted PATCH, and paths whose every method is unlisted
    assert "/v1/members/internal/stats" not in doc["paths"]
    assert "/v1/loans/{loan_id}/schedule" not in doc["paths"]
    assert not {"/healthz", "/.well-known/jwks.json"} & set(doc["paths"])
    assert "Stats" not in doc["components"]["schemas"]  # only dropped routes used it


def test_clashing_schemas_are_renamed_and_every_ref_follows():
    doc = merged()
    schemas = doc["components"]["schemas"]
    # gateway first, then services by name: lending keeps the plain names, members is renamed
    assert set(schemas["Item"]["properties"]) == {"id", "amount"}
    assert set(schemas["Members_Item"]["properties"]) == {"id", "name"}
    assert schemas["Page_Item_"]["properties"]["items"]["items"] == {"$ref": "#/components/schemas/Item"}
    assert schemas["Members_Page_Item_"]["properties"]["items"]["items"] == {"$ref": "#/components/schemas/Members_Item"}

    members_list = doc["paths"]["/v1/members"]["get"]
    assert response_schema(members_list) == {"$ref": "#/components/schemas/Members_Page_Item_"}
    member = doc["paths"]["/v1/members/{member_id}"]["get"]
    assert response_schema(member) == {"$ref": "#/components/schemas/Members_Item"}
    assert response_schema(doc["paths"]["/v1/loans"]["get"]) == {"$ref": "#/components/schemas/Page_Item_"}

    # identical everywhere: kept once under its own name
    assert "Problem" in schemas and "ProblemError" in schemas
    assert not [n for n in schemas if n.endswith("_Problem") or n.endswith("_ProblemError")]
    assert member["responses"]["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Problem"}

    refs = assert_refs_resolve(doc)
    assert "#/components/schemas/Members_Page_Item_" in refs


def test_every_operation_says_who_may_call_it():
    doc = merged()
    ops = {(m, p): op for m, p, op in operations(doc)}
    assert ops[("GET", "/v1/members")]["security"] == [{"oauth2": ["members:read"]}, {"bearer": []}]
    assert ops[("GET", "/v1/members")]["description"] == (
        "Members, newest first.\n\nAllowed: roles field_officer, branch_manager; partner scopes members:read."
    )
    assert ops[("GET", "/v1/loans")]["security"] == [{"oauth2": []}, {"bearer": []}]
    assert ops[("GET", "/v1/loans")]["description"].endswith("Allowed: roles branch_manager; partner scopes none.")
    assert ops[("POST", "/v1/loans")]["description"].endswith("Allowed: roles none; partner scopes loans:write.")
    assert ops[("GET", "/v1/auth/me")]["description"].endswith("Allowed: any authenticated caller.")
    assert ops[("GET", "/v1/auth/me")]["security"] == [{"oauth2": []}, {"bearer": []}]
    assert ops[("POST", "/v1/auth/token")]["security"] == []  # the way in needs no token
    assert ops[("POST", "/v1/auth/token")]["description"] == "Allowed: anyone; no token needed."

    schemes = doc["components"]["securitySchemes"]
    assert set(schemes) == {"oauth2", "bearer"}
    flows = schemes["oauth2"]["flows"]
    assert flows["password"]["tokenUrl"] == flows["password"]["refreshUrl"] == "/v1/auth/token"
    assert flows["clientCredentials"]["tokenUrl"] == "/v1/auth/token"
    assert set(flows["clientCredentials"]["scopes"]) == {"members:read", "loans:write"}
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    # every scope an operation asks for is declared
    for _, _, op in operations(doc):
        for requirement in op["security"]:
            assert set(requirement.get("oauth2", [])) <= set(flows["clientCredentials"]["scopes"])


def test_operation_ids_are_unique():
    doc = merged()
    ids = [op["operationId"] for _, _, op in operations(doc)]
    assert len(ids) == len(set(ids))
    assert doc["paths"]["/v1/loans"]["get"]["operationId"] == "list_items"  # lending merges first
    assert doc["paths"]["/v1/members"]["get"]["operationId"] == "members_list_items"


def test_info_lists_services_and_missing_ones():
    doc = merged(missing=["savings"])
    assert doc["info"]["title"] == "Palli API" and doc["info"]["version"] == "2026.1"
    description = doc["info"]["description"]
    assert "- lending: Palli lending 0.1.0" in description
    assert "- members: Palli members 1.2.0" in description
    assert "savings" in description and "Unavailable" in description
    assert "Unavailable" not in merged()["info"]["description"]


def test_inputs_are_not_modified():
    gateway, members = gateway_app().openapi(), members_app().openapi()
    before = (repr(gateway), repr(members))
    merge_openapi(gateway, {"members": members, "lending": lending_app().openapi()}, access,
                  title="t", version="1", public_url="http://x")
    assert (repr(gateway), repr(members)) == before


def spec(paths: dict, **components: dict) -> dict:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths, "components": components}


def op(schema_ref: str, op_id: str, **extra: Any) -> dict:
    return {"operationId": op_id, "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"$ref": schema_ref}}}}}, **extra}


def test_a_schema_identical_in_text_but_referring_to_a_renamed_one_is_renamed_too():
    # Both Problems read the same, but their ProblemErrors differ: b's Problem means something else.
    problem = {"type": "object", "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/ProblemError"}}}}
    a = spec({"/v1/a": {"get": op("#/components/schemas/Problem", "a")}},
             schemas={"Problem": problem, "ProblemError": {"type": "object", "properties": {"field": {"type": "string"}}}})
    b = spec({"/v1/b": {"get": op("#/components/schemas/Problem", "b")}},
             schemas={"Problem": problem, "ProblemError": {"type": "object", "properties": {"loc": {"type": "array"}}}})
    doc = merge_openapi(spec({}), {"a": a, "b": b}, lambda m, p: RouteAccess(), title="t", version="1", public_url="http://x")
    schemas = doc["components"]["schemas"]
    assert set(schemas) == {"Problem", "ProblemError", "B_Problem", "B_ProblemError"}
    assert schemas["B_Problem"]["properties"]["errors"]["items"] == {"$ref": "#/components/schemas/B_ProblemError"}
    assert response_schema(doc["paths"]["/v1/b"]["get"]) == {"$ref": "#/components/schemas/B_Problem"}
    assert_refs_resolve(doc)


def test_responses_parameters_and_discriminators_follow_the_same_rule():
    def service(kind: str) -> dict:
        pet = {"oneOf": [{"$ref": "#/components/schemas/Cat"}],
               "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}}}
        return spec(
            {"/v1/" + kind: {
                "parameters": [{"$ref": "#/components/parameters/Limit"}],
                "get": op("#/components/schemas/Pet", "list", responses={
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                    "404": {"$ref": "#/components/responses/NotFound"}}),
            }},
            schemas={"Pet": pet, "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}, kind: {"type": "string"}}},
                     "Unused": {"type": "string"}},
            parameters={"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50 if kind == "a" else 100}}},
            responses={"NotFound": {"description": "Not found", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Cat"}}}}},
        )

    doc = merge_openapi(spec({}), {"a": service("a"), "b": service("b")}, lambda m, p: RouteAccess(),
                        title="t", version="1", public_url="http://x")
    components = doc["components"]
    assert set(components["parameters"]) == {"Limit", "B_Limit"}
    assert set(components["responses"]) == {"NotFound", "B_NotFound"}  # refers to a renamed Cat
    assert set(components["schemas"]) == {"Pet", "Cat", "B_Pet", "B_Cat"}  # Unused is nowhere used
    assert components["schemas"]["B_Pet"]["discriminator"]["mapping"] == {"cat": "#/components/schemas/B_Cat"}
    b = doc["paths"]["/v1/b"]
    assert b["parameters"] == [{"$ref": "#/components/parameters/B_Limit"}]
    assert b["get"]["responses"]["404"] == {"$ref": "#/components/responses/B_NotFound"}
    assert b["get"]["operationId"] == "b_list"
    assert_refs_resolve(doc)


def test_valid_openapi_when_a_validator_is_installed():
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(merged())


# --- OpenAPICatalog: real servers ------------------------------------------------------------------


@contextmanager
def serving(app: FastAPI, port: int) -> Iterator[None]:
    """Run `app` under uvicorn on 127.0.0.1:`port` in a thread, as a real service would run."""
    if app.openapi_url:
        app.openapi()  # built on first use and cached: build it now, so fetches time only the exchange
    config = uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning",
                            timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.01)
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(10)


def upstreams(**ports: int) -> list[Upstream]:
    return [Upstream(prefix=f"/v1/{name}", service=name, url=f"http://127.0.0.1:{port}") for name, port in ports.items()]


class Counter:
    def __init__(self) -> None:
        self.urls: list[str] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.urls.append(str(request.url))


async def test_catalog_caches_for_the_ttl_and_leaves_out_a_service_that_is_down():
    members_port, lending_port = free_port(), free_port()  # nothing listens on lending's port
    fetched = Counter()
    with serving(members_app(), members_port):
        async with httpx.AsyncClient(event_hooks={"request": [fetched]}) as client:
            catalog = OpenAPICatalog(client, upstreams(members=members_port, lending=lending_port), ttl_seconds=60)
            specs = await catalog.specs()
            assert set(specs) == {"members"}
            assert specs["members"]["info"]["title"] == "Palli members"
            assert catalog.missing == ("lending",)
            assert sorted(fetched.urls) == sorted(f"http://127.0.0.1:{p}/openapi.json" for p in (members_port, lending_port))

            fetched.urls.clear()
            again = await asyncio.gather(*(catalog.specs() for _ in range(5)))
            assert fetched.urls == []  # within the TTL nothing is fetched
            assert all(s == specs for s in again)


async def test_catalog_keeps_the_last_good_copy_and_picks_up_a_service_that_comes_up():
    members_port, lending_port = free_port(), free_port()
    async with httpx.AsyncClient() as client:
        catalog = OpenAPICatalog(client, upstreams(members=members_port, lending=lending_port), ttl_seconds=0)
        with serving(members_app(), members_port):
            first = await catalog.specs()
        assert set(first) == {"members"}

        with serving(lending_app(), lending_port):  # members is down now, lending up
            second = await catalog.specs()
        assert second["members"] == first["members"]  # the last good copy
        assert second["lending"]["info"]["title"] == "Palli lending"
        assert catalog.missing == ()

        # the merged document is still whole while both are down
        doc = merge_openapi(gateway_app().openapi(), await catalog.specs(), access,
                            title="t", version="1", public_url="http://x", missing=catalog.missing)
        assert {"/v1/members", "/v1/loans"} <= set(doc["paths"])


async def test_catalog_refreshes_after_the_ttl():
    port = free_port()
    fetched = Counter()
    with serving(members_app(), port):
        async with httpx.AsyncClient(event_hooks={"request": [fetched]}) as client:
            catalog = OpenAPICatalog(client, upstreams(members=port), ttl_seconds=0.2)
            await catalog.specs()
            await catalog.specs()
            assert len(fetched.urls) == 1
            await asyncio.sleep(0.25)
            await catalog.specs()
            assert len(fetched.urls) == 2


async def test_catalog_gives_up_on_a_service_that_hangs_or_answers_garbage():
    # accepts connections (the listen backlog) but never answers
    hanging = socket.socket()
    hanging.bind(("127.0.0.1", 0))
    hanging.listen(8)
    garbage = FastAPI(openapi_url=None)

    @garbage.get("/openapi.json")
    async def not_a_spec() -> list[int]:
        return [1, 2, 3]

    garbage_port, members_port = free_port(), free_port()
    try:
        with serving(garbage, garbage_port), serving(members_app(), members_port):
            async with httpx.AsyncClient() as client:
                catalog = OpenAPICatalog(
                    client,
                    upstreams(members=members_port, hanging=hanging.getsockname()[1], garbage=garbage_port),
                    fetch_timeout=1.0,
                )
                started = time.monotonic()
                specs = await catalog.specs()
                assert time.monotonic() - started < 3  # the hanging one cost one timeout, not more
                assert set(specs) == {"members"}
                assert set(catalog.missing) == {"hanging", "garbage"}
    finally:
        hanging.close()
