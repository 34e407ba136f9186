"""Ledger service fixtures: the app in-process on a fresh, migrated database (PostgreSQL and
SQLite), callers with internal identity tokens, events applied exactly as the consumer applies
them, and posted entries written directly for report tests."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope
from palli_common.ids import uuid7
from palli_common.migrations import upgrade
from palli_ledger.adapters.tables import JournalEntry, JournalLine
from palli_ledger.consumers import CONSUMERS
from palli_ledger.main import create_app
from palli_ledger.settings import LedgerSettings


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def ledger_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('ledger')}/ledger.db"
    else:
        url = make_database("ledger")
    upgrade("palli_ledger", url)
    return url


@pytest.fixture
async def app(ledger_db_url: str, internal_keys):
    settings = LedgerSettings(
        database_url=ledger_db_url, relay_enabled=False, consumers_enabled=False, environment="test",
        log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path),
    )
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
def db(app):
    return app.state.runtime.db


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    """`async with client_as(roles=[...], branches=[...], subject=...) as c:` a caller as the gateway forwards it."""

    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://ledger", headers=internal_keys.headers(**identity),
        )

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    """An admin of every branch."""
    async with client_as(roles=["admin"]) as c:
        yield c


def loan_event(event_type: str, *, loan_id: str | None = None, branch_id: str | None = None, product_code: str = "GEN-MC",
               on: date | None = None, version: int = 1, **payload: Any) -> EventEnvelope:
    """A `lending.loan.*` envelope as lending publishes it; amounts are decimal taka strings."""
    loan_id = loan_id or str(uuid.uuid4())
    body = {
        "loan_id": loan_id, "member_id": str(uuid.uuid4()), "group_id": str(uuid.uuid4()),
        "branch_id": branch_id or str(uuid.uuid4()), "product_id": str(uuid.uuid4()), "product_code": product_code,
        "status": "active", "on": (on or date(2026, 11, 1)).isoformat(), "loan_principal": "10000.00", "amount": "0.00",
        "principal": "0.00", "interest": "0.00", "penalty": "0.00", "channel": None, "reference": None,
        "transaction_id": None, "outstanding_principal": "0.00", "outstanding_interest": "0.00",
        "outstanding_penalty": "0.00", "actor": None, **payload,
    }
    return EventEnvelope(
        id=uuid7(), type=event_type, version=1, source="lending", occurred_at=datetime.now(UTC), aggregate_type="loan",
        aggregate_id=loan_id, aggregate_version=version, correlation_id=f"corr-{uuid.uuid4().hex[:8]}", payload=body,
    )


@pytest.fixture
def make_loan_event() -> Callable[..., EventEnvelope]:
    return loan_event


@pytest.fixture
def apply_event(app, db) -> Callable:
    """`await apply_event(envelope)`: what the ledger's consumer does with one delivered event
    (inbox row and effect in one transaction; a duplicate is skipped). Raises what the handler raises."""
    runners = {name: ConsumerRunner(name, db, app.state.runtime.settings, table) for name, table in CONSUMERS.items()}

    async def apply(envelope: EventEnvelope) -> None:
        for runner in runners.values():
            handler = runner.handlers.get(envelope.type) or runner.handlers.get(envelope.type.rsplit(".", 1)[0] + ".*")
            if handler is not None:
                try:
                    await runner._apply(handler, envelope)
                except Exception as exc:
                    if type(exc).__name__ == "_Duplicate":
                        continue
                    raise

    return apply


@pytest.fixture
def write_entry(db) -> Callable:
    """`await write_entry(on, branch_id, [(account_code, debit_poisha, credit_poisha), ...], aggregate_id=None)`:
    a posted entry written straight to the tables (for report tests that need no posting rules)."""

    async def write(on: date, branch_id: uuid.UUID | None, lines: list[tuple[str, int, int]], *,
                    aggregate_id: str | None = None, description: str = "test entry") -> JournalEntry:
        now = datetime.now(UTC)
        entry = JournalEntry(
            id=uuid7(), kind="manual", status="posted", branch_id=branch_id, posted_on=on, description=description,
            aggregate_id=aggregate_id, total=sum(d for _, d, _ in lines), created_by="test", approved_by="test2",
            created_at=now, posted_at=now,
        )
        async with db.sessions() as s:
            s.add(entry)
            await s.flush()
            for n, (code, debit, credit) in enumerate(lines, 1):
                s.add(JournalLine(entry_id=entry.id, line_no=n, account_code=code, branch_id=branch_id, posted_on=on,
                                  debit=debit, credit=credit, aggregate_id=aggregate_id))
            await s.commit()
        return entry

    return write


@pytest.fixture
def posted_for(db) -> Callable:
    """`entry, lines = await posted_for(event_id)`: the entry an event posted (None if none) and
    its lines as (account_code, debit_poisha, credit_poisha), in line order."""
    from sqlalchemy import select

    async def find(event_id: uuid.UUID) -> tuple[JournalEntry | None, list[tuple[str, int, int]]]:
        async with db.sessions() as s:
            entry = (await s.scalars(select(JournalEntry).where(JournalEntry.source_event_id == event_id))).first()
            if entry is None:
                return None, []
            rows = (await s.scalars(select(JournalLine).where(JournalLine.entry_id == entry.id).order_by(JournalLine.line_no))).all()
            return entry, [(r.account_code, r.debit, r.credit) for r in rows]

    return find


@pytest.fixture
def outbox_of(db) -> Callable:
    """`await outbox_of(entry_id)` -> [(event type, payload)] the ledger published about that entry, oldest first."""
    from sqlalchemy import select

    from palli_common.tables import OutboxRecord

    async def events(aggregate_id: uuid.UUID | str) -> list[tuple[str, dict]]:
        query = select(OutboxRecord).where(OutboxRecord.key == str(aggregate_id)).order_by(OutboxRecord.id)
        async with db.sessions() as s:
            return [(r.event_type, r.envelope["payload"]) for r in (await s.scalars(query)).all()]

    return events


class Books:
    """Changes to posting rules and the chart as two admins make them: one proposes (POST/PATCH,
    202), the other approves. Answers the proposal's response when it was refused, else the
    target as a GET reads it after the change (200, with its ETag)."""

    def __init__(self, maker: httpx.AsyncClient, checker: httpx.AsyncClient) -> None:
        self.maker, self.checker = maker, checker

    async def change(self, method: str, path: str, json: Any = None, headers: dict | None = None) -> httpx.Response:
        proposed = await self.maker.request(method, path, json=json, headers=headers)
        if proposed.status_code != 202:
            return proposed
        approved = await self.checker.post(f"/v1/ledger/book-changes/{proposed.json()['id']}/approve")
        if approved.status_code != 200:
            return approved
        change = approved.json()
        kind = "posting-rules" if change["target"] == "posting_rule" else "accounts"
        return await self.checker.get(f"/v1/ledger/{kind}/{change['target_key']}")

    async def post(self, path: str, json: Any = None, headers: dict | None = None) -> httpx.Response:
        return await self.change("POST", path, json, headers)

    async def patch(self, path: str, json: Any = None, headers: dict | None = None) -> httpx.Response:
        return await self.change("PATCH", path, json, headers)


@pytest.fixture
async def books(client_as) -> AsyncIterator[Books]:
    async with client_as(roles=["admin"], subject="admin-maker") as maker, client_as(roles=["admin"], subject="admin-checker") as checker:
        yield Books(maker, checker)
