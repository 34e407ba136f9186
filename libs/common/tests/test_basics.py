"""Settings, ids, pagination and problem+json: no I/O."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, SecretStr
from pydantic_settings import SettingsConfigDict

from palli_common.errors import Conflict, DomainError, ValidationFailed
from palli_common.ids import uuid7
from palli_common.pagination import PageQuery, decode_cursor, encode_cursor
from palli_common.problems import install_problem_handlers
from palli_common.settings import ServiceSettings


class DemoSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="DEMO_", extra="ignore")
    signing_key: SecretStr = SecretStr("dev-only-signing-key")


def test_default_secret_refused_outside_development(monkeypatch):
    monkeypatch.setenv("PALLI_ENV", "production")
    with pytest.raises(ValueError, match="DEMO_SIGNING_KEY"):
        DemoSettings()
    monkeypatch.setenv("DEMO_SIGNING_KEY", "a-real-secret")
    assert DemoSettings().signing_key.get_secret_value() == "a-real-secret"


def test_development_accepts_defaults(monkeypatch):
    monkeypatch.delenv("PALLI_ENV", raising=False)
    assert DemoSettings().environment == "development"


def test_shared_variables_apply_to_every_service_and_prefix_wins(monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
    monkeypatch.setenv("KAFKA_ENABLE_IDEMPOTENCE", "false")
    s = DemoSettings()
    assert s.kafka_bootstrap_servers == "kafka:9092" and s.kafka_enable_idempotence is False
    monkeypatch.setenv("DEMO_KAFKA_BOOTSTRAP_SERVERS", "other:9092")
    assert DemoSettings().kafka_bootstrap_servers == "other:9092"


def test_uuid7_is_version_7_and_monotonic():
    ids = [uuid7() for _ in range(5000)]
    assert all(i.version == 7 for i in ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_cursor_round_trip_and_garbage():
    assert decode_cursor(encode_cursor(["abc", 3])) == ["abc", 3]
    for bad in ("!!!", "bm90LWpzb24", encode_cursor({"a": 1})):  # type: ignore[arg-type]
        with pytest.raises(ValidationFailed) as err:
            decode_cursor(bad)
        assert err.value.field == "cursor"


class Body(BaseModel):
    name: str
    age: int


def _app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/things")
    async def create(body: Body, page: PageQuery) -> dict:
        if body.name == "taken":
            raise Conflict("name is taken", field="name")
        if body.name == "shipped":  # an extra naming RFC 9457's own members
            raise Conflict("the order is shipped", field="name", extra={"status": "shipped", "instance": "x", "sale_id": "s-1"})
        return {"limit": page.limit}

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    @app.get("/busy")
    async def busy() -> None:
        raise Slow("slow down", headers={"Retry-After": "7"})

    return app


def test_validation_problem_names_each_field():
    r = TestClient(_app()).post("/things?limit=0", json={"age": "x"})
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert {e["field"] for e in body["errors"]} == {"name", "age", "limit"}
    assert body["type"].endswith("/validation-failed") and body["instance"] == "/things"


def test_domain_error_and_unknown_route_and_crash_are_problems():
    client = TestClient(_app(), raise_server_exceptions=False)
    r = client.post("/things", json={"name": "taken", "age": 3})
    assert r.status_code == 409 and r.json()["errors"][0]["field"] == "name"
    r = client.get("/nowhere")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    r = client.get("/boom")
    assert r.status_code == 500 and "secret internals" not in r.text


def test_malformed_json_names_the_body_not_a_byte_offset():
    r = TestClient(_app()).post("/things", content=b'{"name": "x", "age": ', headers={"content-type": "application/json"})
    assert r.status_code == 422
    [error] = r.json()["errors"]
    assert error["field"] == "body" and error["pointer"] == "/body" and "at character" in error["detail"]


def test_domain_error_extra_never_replaces_the_problem_members():
    r = TestClient(_app()).post("/things", json={"name": "shipped", "age": 3})
    body = r.json()
    assert r.status_code == 409 and body["status"] == 409 and body["instance"] == "/things"
    assert body["extra_status"] == "shipped" and body["extra_instance"] == "x" and body["sale_id"] == "s-1"


class Slow(DomainError):
    status = 429
    title = "Too many requests"
    type_slug = "too-many-requests"


def test_domain_error_headers_reach_the_response():
    client = TestClient(_app())
    r = client.get("/busy")
    assert r.status_code == 429 and r.headers["retry-after"] == "7"
    assert r.headers["content-type"] == "application/problem+json" and r.json()["type"].endswith("/too-many-requests")
    r = client.post("/things", json={"name": "taken", "age": 3})  # no headers given: none added
    assert r.status_code == 409 and "retry-after" not in r.headers


def test_field_errors_are_collected_into_one_problem():
    from palli_common.errors import FieldErrors

    def bad(field):
        raise ValidationFailed(f"{field} is wrong", field=field)

    with pytest.raises(ValidationFailed) as err:
        with FieldErrors() as check:
            assert check(bad, "nid") is None
            assert check(lambda: 42) == 42
            check(bad, "mobile")
    assert err.value.errors == [("nid", "nid is wrong"), ("mobile", "mobile is wrong")]


def test_new_traces_are_all_recorded_in_development_and_a_twentieth_in_production():
    from palli_common.observability import PRODUCTION_SAMPLE_RATIO, sample_ratio

    assert sample_ratio(ServiceSettings(environment="development")) == sample_ratio(ServiceSettings(environment="test")) == 1.0
    assert sample_ratio(ServiceSettings(environment="production", trace_sample_ratio=0.5)) == 0.5
    assert PRODUCTION_SAMPLE_RATIO == 0.05
