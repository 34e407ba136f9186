"""Training credentials -> lending's copy (service/copies.py, consumer "lending-training") -> the
`required_training` eligibility rule, checked through the API when a loan is applied for.

Envelopes are built from training's own contracts (palli_training.contracts.events) and fed
through the consumer runner as Kafka would deliver them, so a change there that breaks lending's
reading of them fails here."""

from __future__ import annotations

import uuid
from datetime import date
from types import SimpleNamespace

import pytest

from sqlalchemy import func, select

from palli_common.consumer import ConsumerRunner
from palli_common.events import EventEnvelope, new_event, topic_of
from palli_common.tables import InboxRecord
from palli_common.testing.http import assert_problem
from palli_lending.adapters.tables import CredentialCopy
from palli_lending.consumers import CONSUMERS
from palli_lending.service.copies import on_credential_event
from palli_training.contracts import events as tev
from .test_products import product_body

CONSUMER = "lending-training"
PROGRAMME = "ENTERPRISE-BASICS"


def credential_event(cls, credential_id: uuid.UUID, version: int, *, member_id: uuid.UUID | None,  # noqa: ANN001
                     programme_code: str = PROGRAMME, **over) -> EventEnvelope:
    status = "revoked" if cls is tev.CredentialRevoked else "issued"
    fields = dict(credential_id=str(credential_id), code=f"TC-{credential_id.hex[-8:].upper()}", participant_id=str(uuid.uuid4()),
                  member_id=str(member_id) if member_id else None, branch_id=str(uuid.UUID(int=1)), programme_id=str(uuid.uuid4()),
                  programme_code=programme_code, status=status, issued_on=date(2026, 2, 1), actor="trainer-1")
    if cls is tev.CredentialRevoked:
        fields["reason"] = "issued in error"
    fields.update(over)
    return new_event(cls(**fields), aggregate_id=credential_id, aggregate_version=version)


def runner(app) -> ConsumerRunner:  # noqa: ANN001
    runtime = app.state.runtime
    return ConsumerRunner(CONSUMER, runtime.db, runtime.settings, CONSUMERS[CONSUMER])


async def deliver(app, *envelopes: EventEnvelope) -> None:  # noqa: ANN001
    """Each envelope through the consumer as Kafka delivers it, twice (a redelivery is a no-op)."""
    consumer = runner(app)
    for n, envelope in enumerate(envelopes):
        for redelivery in (0, 1):
            await consumer.process(SimpleNamespace(value=envelope.model_dump_json().encode(), key=envelope.aggregate_id.encode(),
                                                   headers=[], topic=envelope.topic, partition=0, offset=2 * n + redelivery))


async def copy_of(app, credential_id: uuid.UUID) -> CredentialCopy | None:  # noqa: ANN001
    async with app.state.runtime.db.sessions() as s:
        return await s.get(CredentialCopy, credential_id)


def test_the_lending_training_consumer_takes_every_credential_event():
    handlers = CONSUMERS[CONSUMER]
    assert handlers == {"training.credential.*": on_credential_event}
    assert sorted({topic_of(t) for t in handlers}) == ["training.credential"]
    types = {c.event_type for c in vars(tev).values() if isinstance(c, type) and issubclass(c, tev.CredentialFact) and c is not tev.CredentialFact}
    assert types == {"training.credential.issued", "training.credential.revoked"}
    assert {topic_of(t) for t in types} == {"training.credential"}


async def test_the_copy_follows_the_credential_newest_version_wins(app):
    cid, member_id = uuid.uuid4(), uuid.uuid4()
    issued = credential_event(tev.CredentialIssued, cid, 1, member_id=member_id)
    await deliver(app, issued)
    copy = await copy_of(app, cid)
    assert (copy.member_id, copy.programme_code, copy.status, copy.aggregate_version) == (member_id, PROGRAMME, "issued", 1)

    await deliver(app, credential_event(tev.CredentialRevoked, cid, 2, member_id=member_id))
    await deliver(app, credential_event(tev.CredentialIssued, cid, 1, member_id=member_id))  # replayed late: ignored
    await deliver(app, credential_event(tev.CredentialIssued, cid, 2, member_id=member_id))  # same version: ignored
    copy = await copy_of(app, cid)
    assert (copy.status, copy.aggregate_version) == ("revoked", 2)

    async with app.state.runtime.db.sessions() as s:
        inbox = await s.scalar(select(func.count()).select_from(InboxRecord).where(
            InboxRecord.consumer == CONSUMER, InboxRecord.event_id == issued.id))
    assert inbox == 1  # delivered twice, applied once


async def test_a_credential_of_someone_who_is_not_a_member_is_not_kept(app):
    cid = uuid.uuid4()
    await deliver(app, credential_event(tev.CredentialIssued, cid, 1, member_id=None))
    assert await copy_of(app, cid) is None
    async with app.state.runtime.db.uow() as uow:  # the handler alone, outside the runner
        await on_credential_event(uow, credential_event(tev.CredentialRevoked, cid, 2, member_id=None))
        await uow.commit()
    assert await copy_of(app, cid) is None


async def test_required_training_works_from_the_credentials_training_published(app, client, client_as, seed):
    # max_active_loans 10: each accepted application stays open, only the training rule should decide
    r = await client.post("/v1/loan-products", json=product_body(eligibility={"required_training": PROGRAMME, "max_active_loans": 10}))
    assert r.status_code == 201, r.text
    product = r.json()
    assert product["eligibility"]["required_training"] == PROGRAMME
    member = await seed.member(await seed.group())
    other = await seed.member(await seed.group(branch_id=member.branch_id))
    officer = client_as(roles=["field_officer"], branches=[member.branch_id])
    apply = {"member_id": str(member.member_id), "product_id": product["id"], "principal": "5000.00", "installments": 46, "frequency": "weekly"}
    not_done = f"member has not completed the training '{PROGRAMME}'"

    async def refused() -> None:
        r = await officer.post("/v1/loans", json=apply)
        assert_problem(r, 422, "member_id")
        assert not_done in r.text and "not known yet" not in r.text, r.text

    async with officer:
        await refused()  # no credential known to lending: she has none

        mine = uuid.uuid4()
        await deliver(app,
                      credential_event(tev.CredentialIssued, uuid.uuid4(), 1, member_id=member.member_id, programme_code="POULTRY-REARING"),
                      credential_event(tev.CredentialIssued, uuid.uuid4(), 1, member_id=other.member_id),  # someone else's
                      credential_event(tev.CredentialIssued, uuid.uuid4(), 1, member_id=None))  # a non-member's
        await refused()  # another programme, or another person's credential, does not count

        await deliver(app, credential_event(tev.CredentialIssued, mine, 1, member_id=member.member_id))
        r = await officer.post("/v1/loans", json=apply)
        assert r.status_code == 201, r.text

        await deliver(app, credential_event(tev.CredentialRevoked, mine, 2, member_id=member.member_id))
        await refused()

        await deliver(app, credential_event(tev.CredentialIssued, mine, 1, member_id=member.member_id))  # replayed from the DLQ
        await refused()

        again = uuid.uuid4()  # re-trained: a new credential of the same programme
        await deliver(app, credential_event(tev.CredentialIssued, again, 1, member_id=member.member_id, programme_code=PROGRAMME.lower()))
        r = await officer.post("/v1/loans", json=apply)
        assert r.status_code == 201, r.text  # codes compared ignoring case


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
async def test_migration_0008_goes_down_and_up_again(backend, make_database, tmp_path):  # noqa: ANN001
    import asyncio

    from alembic import command
    from sqlalchemy import inspect
    from sqlalchemy.ext.asyncio import create_async_engine

    from palli_common.migrations import alembic_config, upgrade

    url = f"sqlite+aiosqlite:///{tmp_path}/lending.db" if backend == "sqlite" else make_database("lending_0008")

    async def tables() -> set[str]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        finally:
            await engine.dispose()

    async def migrate(step, *args) -> None:  # noqa: ANN001  (alembic runs its own event loop: off this one)
        await asyncio.to_thread(step, *args)

    await migrate(upgrade, "palli_lending", url)
    assert "credential_copies" in await tables()
    await migrate(command.downgrade, alembic_config("palli_lending", url), "0007")
    found = await tables()
    assert "credential_copies" not in found and "savings_copies" in found
    await migrate(upgrade, "palli_lending", url)
    assert "credential_copies" in await tables()
