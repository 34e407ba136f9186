"""The ledger as a real process: a money event it has no posting rule for is not skipped but
parked on `lending.loan.dlq` with an error that says what to do; once an accountant adds the rule,
replaying the dead letter posts it, once."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import httpx
from aiokafka import AIOKafkaProducer

from palli_common.consumer import replay_parked
from palli_common.events import EventEnvelope
from palli_common.ids import uuid7
from palli_common.settings import ServiceSettings
from palli_common.testing.events import wait_for_event


def repayment_by_bank(loan_id: str, branch_id: str) -> EventEnvelope:
    """A repayment through a channel lending may add one day ("bank"), which no seeded rule covers."""
    return EventEnvelope(
        id=uuid7(), type="lending.loan.repayment_received", version=1, source="lending", occurred_at=datetime.now(UTC),
        aggregate_type="loan", aggregate_id=loan_id, aggregate_version=7, correlation_id="dlq-test",
        payload={"loan_id": loan_id, "member_id": str(uuid.uuid4()), "group_id": str(uuid.uuid4()), "branch_id": branch_id,
                 "product_id": str(uuid.uuid4()), "product_code": "GEN-MC", "status": "active", "on": "2026-11-02",
                 "loan_principal": "10000.00", "amount": "250.00", "principal": "200.00", "interest": "50.00", "penalty": "0.00",
                 "channel": "bank", "reference": "DBBL-778812", "outstanding_principal": "9800.00"},
    )


async def test_event_without_a_rule_is_parked_then_posted_after_the_rule_and_a_replay(service_factory, internal_keys, kafka):
    ledger = service_factory("ledger", LEDGER_CONSUMER_BACKOFF_SECONDS="0.05").start()
    loan_id, branch_id = str(uuid.uuid4()), str(uuid.uuid4())
    event = repayment_by_bank(loan_id, branch_id)
    producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap, enable_idempotence=kafka.idempotence)
    await producer.start()
    try:
        await producer.send_and_wait("lending.loan", value=event.model_dump_json().encode(), key=loan_id.encode(),
                                     headers=event.kafka_headers())
    finally:
        await producer.stop()

    parked = await wait_for_event(kafka.bootstrap, "lending.loan.dlq", lambda e: e.envelope.id == event.id, timeout=60)
    error = parked.headers["dlq-error"]
    assert "no active posting rule" in error and "lending.loan.repayment_received" in error and "bank" in error, error
    assert "/v1/ledger/posting-rules" in error
    assert parked.headers["dlq-consumer"] == "ledger-lending"

    async with httpx.AsyncClient(base_url=ledger.url, headers=internal_keys.headers(roles=["accountant"], subject="acc-1")) as gl:
        assert (await gl.get("/v1/ledger/journal-entries", params={"aggregate_id": loan_id})).json()["items"] == []
        rule = {"event_type": "lending.loan.repayment_received", "channel": "bank", "description": "repayment into the bank account",
                "lines": [{"side": "debit", "account": "1120", "amount": "amount"},
                          {"side": "credit", "account": "1310-{product_code}", "amount": "principal"},
                          {"side": "credit", "account": "4110", "amount": "interest"},
                          {"side": "credit", "account": "4120", "amount": "penalty"}]}
        assert (await gl.post("/v1/ledger/posting-rules", json=rule)).status_code == 403  # the books' rules are an admin's
        admins = [internal_keys.headers(roles=["admin"], subject=name) for name in ("admin-1", "admin-2")]
        r = await gl.post("/v1/ledger/posting-rules", json=rule, headers=admins[0])
        assert r.status_code == 202, r.text
        r = await gl.post(f"/v1/ledger/book-changes/{r.json()['id']}/approve", headers=admins[1])  # maker-checker
        assert r.status_code == 200 and r.json()["status"] == "applied", r.text

        settings = ServiceSettings(kafka_bootstrap_servers=kafka.bootstrap, kafka_enable_idempotence=kafka.idempotence)
        replayed = await replay_parked(settings, "lending.loan.dlq", consumer_name="ledger-lending")
        assert str(event.id) in {row["event_id"] for row in replayed}

        async def posted() -> list[dict]:
            return (await gl.get("/v1/ledger/journal-entries", params={"aggregate_id": loan_id})).json()["items"]

        deadline = asyncio.get_running_loop().time() + 30
        while not (entries := await posted()) and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.2)
        assert len(entries) == 1, entries
        lines = {(line["account_code"], line["debit"], line["credit"]) for line in entries[0]["lines"]}
        assert lines == {("1120", "250.00", "0.00"), ("1310-GEN-MC", "0.00", "200.00"), ("4110", "0.00", "50.00")}
        assert entries[0]["source_event_id"] == str(event.id) and entries[0]["posted_on"] == "2026-11-02"

        # replaying again sends nothing twice, and the same event delivered again posts nothing
        assert await replay_parked(settings, "lending.loan.dlq", consumer_name="ledger-lending") == []
        assert len(await posted()) == 1
