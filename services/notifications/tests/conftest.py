"""Notifications fixtures: the app in-process on a fresh, migrated database (PostgreSQL and SQLite),
callers with internal identity tokens, members and loan events applied exactly as the consumers apply
them (built from the members and lending contracts), and SMS providers scripted per test. The
background dispatcher is off: tests call `dispatch_once` themselves, with the clock they choose."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope, new_event
from palli_common.migrations import upgrade
from palli_common.tables import OutboxRecord
from palli_lending.contracts import events as loan_events
from palli_members.contracts import events as member_events
from palli_notifications.adapters.sms import OutgoingSms, SendOutcome
from palli_notifications.adapters.tables import Message, MessageHistory, RecordedSms
from palli_notifications.consumers import CONSUMERS
from palli_notifications.main import create_app
from palli_notifications.service.dispatch import dispatch_once
from palli_notifications.settings import NotificationsSettings


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def notifications_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('notifications')}/notifications.db"
    else:
        url = make_database("notifications")
    upgrade("palli_notifications", url)
    return url


@pytest.fixture
def settings(notifications_db_url: str, internal_keys) -> NotificationsSettings:
    return NotificationsSettings(
        database_url=notifications_db_url, relay_enabled=False, consumers_enabled=False, dispatcher_enabled=False,
        environment="test", log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path),
        sms_backoff_seconds=2.0, sms_max_attempts=3,
    )


@pytest.fixture
async def app(settings):
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
def db(app):
    return app.state.runtime.db


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    """`async with client_as(roles=[...], branches=[...], scopes=[...], partner=...) as c:` a caller as the gateway forwards it."""

    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://notifications", headers=internal_keys.headers(**identity),
        )

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    """An admin of every branch."""
    async with client_as(roles=["admin"]) as c:
        yield c


def mobile_of(member_id: uuid.UUID) -> str:
    """Each test member's own number, so a test picks its messages out of what a shared database sends."""
    return f"+88017{member_id.int % 10**8:08d}"


def member_event(member_id: uuid.UUID, version: int = 1, *, cls: type = member_events.MemberRegistered, **over: Any) -> EventEnvelope:
    """A members.member.* envelope as members publishes it; `language` and `sms_consent` go into the
    payload whether or not the members contract has them yet (they are read tolerantly)."""
    extra = {k: over.pop(k) for k in ("language", "sms_consent") if k in over}
    fields = dict(member_id=str(member_id), branch_id=str(uuid.UUID(int=1)), group_id=str(uuid.UUID(int=2)), name_bn="রহিমা খাতুন",
                  name_en="Rahima Khatun", gender="female", date_of_birth=date(1990, 5, 1), mobile=mobile_of(member_id),
                  division="Dhaka", district="Dhaka", upazila="Savar", union=None, household_monthly_income="12000.00",
                  land_holding_decimals="10.00", status="active", joined_on=date(2026, 1, 15))
    fields.update({k: v for k, v in over.items() if k in cls.model_fields})
    extra.update({k: v for k, v in over.items() if k not in cls.model_fields})
    envelope = new_event(cls(**fields), aggregate_id=member_id, aggregate_version=version)
    envelope.payload.update(extra)
    return envelope


def loan_event(member_id: uuid.UUID, *, cls: type = loan_events.LoanDisbursed, branch_id: uuid.UUID | None = None,
               version: int = 2, **over: Any) -> EventEnvelope:
    """A lending.loan.* envelope built from lending's own contract."""
    loan_id = over.pop("loan_id", uuid.uuid4())
    fields: dict[str, Any] = dict(
        loan_id=str(loan_id), member_id=str(member_id), group_id=str(uuid.UUID(int=2)), branch_id=str(branch_id or uuid.UUID(int=1)),
        product_id=str(uuid.uuid4()), product_code="GEN-MC", status="active", on=date(2026, 11, 23), loan_principal="12500.00",
        outstanding_principal="12500.00", outstanding_interest="1500.00",
    )
    if cls is loan_events.LoanDisbursed:
        fields.update(first_due_on=date(2026, 12, 8), installment_amount="1250.00", total_interest="1500.00", amount="12500.00",
                      principal="12500.00")
    elif cls is loan_events.LoanOverdue:
        fields.update(days_past_due=3, overdue_principal="250.00", overdue_interest="30.00")
    elif cls is loan_events.RepaymentReversed:
        fields.update(reverses_transaction_id=str(uuid.uuid4()), reason="entered twice")
    elif cls is loan_events.LoanPrepaid:
        fields.update(interest_waived="100.00")
    elif cls is loan_events.LoanWrittenOff:
        fields.update(reason="death", requested_by="x")
    fields.update(over)
    return new_event(cls(**fields), aggregate_id=loan_id, aggregate_version=version)


@pytest.fixture
def make_member_event() -> Callable[..., EventEnvelope]:
    return member_event


@pytest.fixture
def make_loan_event() -> Callable[..., EventEnvelope]:
    return loan_event


@pytest.fixture
def apply_event(app, db) -> Callable:
    """`await apply_event(envelope)` -> False when the inbox says it was applied already: what the
    consumers do with one delivered event (inbox row and effect in one transaction)."""
    runners = [ConsumerRunner(name, db, app.state.runtime.settings, table) for name, table in CONSUMERS.items()]

    async def apply(envelope: EventEnvelope) -> bool:
        applied = False
        for runner in runners:
            handler = runner.handlers.get(envelope.type)
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
def messages_of(db) -> Callable:
    """`await messages_of(member_id)` -> the member's messages, oldest first."""

    async def read(member_id: uuid.UUID) -> list[Message]:
        async with db.sessions() as s:
            return list((await s.scalars(select(Message).where(Message.member_id == member_id).order_by(Message.id))).all())

    return read


@pytest.fixture
def message(db) -> Callable:
    async def read(message_id: uuid.UUID) -> Message:
        async with db.sessions() as s:
            return await s.get(Message, message_id)

    return read


@pytest.fixture
def history(db) -> Callable:
    async def read(message_id: uuid.UUID) -> list[str]:
        query = select(MessageHistory.status).where(MessageHistory.message_id == message_id).order_by(MessageHistory.id)
        async with db.sessions() as s:
            return list((await s.scalars(query)).all())

    return read


@pytest.fixture
def recorded(db) -> Callable:
    """`await recorded(reference)` -> what the recording provider holds for that reference (list, 0 or 1 rows)."""

    async def read(reference: str | None = None) -> list[RecordedSms]:
        query = select(RecordedSms)
        if reference is not None:
            query = query.where(RecordedSms.reference == reference)
        async with db.sessions() as s:
            return list((await s.scalars(query)).all())

    return read


@pytest.fixture
def outbox_events(db) -> Callable:
    """`await outbox_events(message_id)` -> (event type, payload) published about that message, oldest first."""

    async def events(aggregate_id: uuid.UUID) -> list[tuple[str, dict]]:
        query = select(OutboxRecord).where(OutboxRecord.key == str(aggregate_id)).order_by(OutboxRecord.id)
        async with db.sessions() as s:
            return [(r.event_type, r.envelope["payload"]) for r in (await s.scalars(query)).all()]

    return events


class ScriptedProvider:
    """Answers SMS to `to` with the given outcomes in turn, then `sent`; anything else (other tests'
    messages in the shared database) is simply sent. `calls` are the SMS to `to`."""

    name = "scripted"

    def __init__(self, to: str | None = None, *outcomes: SendOutcome):
        self.to = to
        self.outcomes = list(outcomes)
        self.calls: list[OutgoingSms] = []

    async def send(self, sms: OutgoingSms) -> SendOutcome:
        if self.to is not None and sms.to != self.to:
            return SendOutcome.sent(f"other-{sms.reference}")
        self.calls.append(sms)
        if self.outcomes:
            return self.outcomes.pop(0)
        return SendOutcome.sent(f"gw-{sms.reference}-{len(self.calls)}")

    async def aclose(self) -> None:
        return None


@pytest.fixture
def scripted() -> type[ScriptedProvider]:
    return ScriptedProvider


@pytest.fixture
def phone() -> Callable[[uuid.UUID], str]:
    return mobile_of


@pytest.fixture
def dispatch(app, db, settings) -> Callable:
    """`await dispatch(provider=None, now=None)`: one round of the dispatcher (the app's recording provider by default)."""

    async def run(provider=None, now: datetime | None = None) -> int:  # noqa: ANN001
        return await dispatch_once(db, provider or app.state.sms_provider, settings, now=now or datetime.now(UTC))

    return run
