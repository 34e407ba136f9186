"""Webhooks fixtures: the app in-process on a fresh, migrated database (PostgreSQL and SQLite),
callers with internal identity tokens (partners with their scopes and branches, admins), events
applied exactly as the consumers apply them (built from the owning services' contracts), and the
delivery worker run by the test (`deliver`) with the HTTP transport and the clock it chooses. The
partners' verifying helper (clients/python/extras/webhooks.py) is loaded as partners use it."""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select

from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope, new_event
from palli_common.migrations import upgrade
from palli_lending.contracts import events as loan_events
from palli_webhooks.adapters.tables import WebhookDelivery
from palli_webhooks.consumers import CONSUMERS
from palli_webhooks.main import create_app
from palli_webhooks.service.delivery import deliver_once
from palli_webhooks.settings import WebhooksSettings
from palli_webhooks.testing import BRANCH_A

ROOT = Path(__file__).resolve().parents[3]


def _load_partner_helper():
    spec = importlib.util.spec_from_file_location("partner_webhooks", ROOT / "clients/python/extras/webhooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


partner_webhooks = _load_partner_helper()


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def webhooks_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('webhooks')}/webhooks.db"
    else:
        url = make_database("webhooks")
    upgrade("palli_webhooks", url)
    return url


@pytest.fixture
def settings(webhooks_db_url: str, internal_keys) -> WebhooksSettings:
    return WebhooksSettings(
        database_url=webhooks_db_url, relay_enabled=False, consumers_enabled=False, worker_enabled=False,
        environment="test", log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path),
        secret_key=SecretStr("test-webhooks-secret-key"), allow_local_http=True, backoff_seconds=10.0,
        delivery_timeout=5.0, lease_seconds=30.0, check_addresses=False,  # the mocked hosts do not resolve
    )


@pytest.fixture
async def app(settings):
    application = create_app(settings)
    yield application
    await application.state.worker.http.aclose()
    await application.state.runtime.db.dispose()


@pytest.fixture
def db(app):
    return app.state.runtime.db


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    """`async with client_as(roles=[...], scopes=[...], partner=..., branches=[...]) as c:` a caller as the gateway forwards it."""

    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        if identity.get("partner"):
            identity.setdefault("subject", identity["partner"])
            identity.setdefault("roles", ())
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://webhooks",
                                 headers=internal_keys.headers(**identity))

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    """An admin of every branch."""
    async with client_as(roles=["admin"]) as c:
        yield c


@pytest.fixture
def partner_id() -> str:
    return f"partner-{uuid.uuid4().hex[:10]}"


@pytest.fixture
async def partner(client_as, partner_id) -> AsyncIterator[httpx.AsyncClient]:
    """A partner with loans:read over every branch."""
    async with client_as(partner=partner_id, scopes=["loans:read"]) as c:
        yield c


def loan_event(*, cls: type = loan_events.LoanDisbursed, branch_id: uuid.UUID = BRANCH_A, version: int = 2, **over: Any) -> EventEnvelope:
    """A lending.loan.* envelope built from lending's own contract, as lending's outbox publishes it."""
    loan_id = over.pop("loan_id", uuid.uuid4())
    fields: dict[str, Any] = dict(
        loan_id=str(loan_id), member_id=str(uuid.uuid4()), group_id=str(uuid.uuid4()), branch_id=str(branch_id),
        product_id=str(uuid.uuid4()), product_code="GEN-MC", status="active", on=date(2026, 11, 23), loan_principal="12500.00",
        outstanding_principal="12500.00", outstanding_interest="1500.00",
    )
    if cls is loan_events.LoanDisbursed:
        fields.update(first_due_on=date(2026, 12, 8), installment_amount="1250.00", total_interest="1500.00", amount="12500.00",
                      principal="12500.00", channel="cash")
    fields.update(over)
    return new_event(cls(**fields), aggregate_id=loan_id, aggregate_version=version)


@pytest.fixture
def make_loan_event() -> Callable[..., EventEnvelope]:
    return loan_event


@pytest.fixture
def apply_event(app, db) -> Callable:
    """`await apply_event(envelope)` -> False when the inbox says it was applied already: what the
    consumers do with one delivered event (inbox row and effect in one transaction)."""
    runners = [ConsumerRunner(name, db, app.state.runtime.settings, table) for name, table in CONSUMERS.items()]

    async def apply(envelope: EventEnvelope) -> bool:
        from palli_common.events import topic_of

        applied = False
        for runner in runners:
            handler = runner.handlers.get(envelope.type) or runner.handlers.get(f"{topic_of(envelope.type)}.*")
            if handler is None:
                continue
            try:
                await runner._apply(handler, envelope)
                applied = True
            except Exception as exc:
                if type(exc).__name__ != "_Duplicate":
                    raise
        return applied

    return apply


@pytest.fixture
def deliveries_of(db) -> Callable:
    """`await deliveries_of(endpoint_id)` -> its delivery rows, oldest first."""

    async def read(endpoint_id: str | uuid.UUID) -> list[WebhookDelivery]:
        query = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == uuid.UUID(str(endpoint_id))).order_by(WebhookDelivery.id)
        async with db.sessions() as s:
            return list((await s.scalars(query)).all())

    return read


@pytest.fixture
def deliver(app, db, settings) -> Callable:
    """`await deliver(http=None, now=None)`: one pass of the worker (the app's own HTTP client by default)."""

    async def run(http: httpx.AsyncClient | None = None, now: datetime | None = None) -> int:
        return await deliver_once(db, http or app.state.worker.http, settings, app.state.secret_box, now=now or datetime.now(UTC))

    return run


class Recorder:
    """An httpx.MockTransport handler: records each request and answers from `statuses` in turn
    (then 200), only for `url`'s requests (the shared database holds other tests' deliveries too)."""

    def __init__(self, url: str, *statuses: int | Exception):
        self.url = url
        self.statuses = list(statuses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) != self.url:
            return httpx.Response(200)
        self.requests.append(request)
        outcome = self.statuses.pop(0) if self.statuses else 200
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome, text="answer")

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))


@pytest.fixture
def recorder() -> type[Recorder]:
    return Recorder


@pytest.fixture
def helper():
    """The partners' verifying module (clients/python/extras/webhooks.py)."""
    return partner_webhooks
