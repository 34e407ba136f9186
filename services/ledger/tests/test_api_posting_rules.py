"""Posting rules through the API: the seeded rules, validation of lines against the chart,
one rule per (event type, channel), If-Match edits, deactivation."""

from __future__ import annotations

import uuid

from palli_common.testing.http import assert_problem, each_case

DEBIT_CASH = {"side": "debit", "account": "1110", "amount": "amount"}
CREDIT_FEES = {"side": "credit", "account": "4130", "amount": "amount"}


def new_type() -> str:
    return f"lending.loan.test_{uuid.uuid4().hex[:8]}"


async def test_the_seeded_rules(client):
    rules = []
    r = await client.get("/v1/ledger/posting-rules", params={"limit": 200, "event_type": "lending.loan.disbursed"})
    by_channel = {rule["channel"]: rule for rule in r.json()["items"]}
    assert set(by_channel) >= {"cash", "mobile_wallet", "savings"}
    assert by_channel["mobile_wallet"]["lines"] == [
        {"side": "debit", "account": "1310-{product_code}", "amount": "principal"}, {"side": "credit", "account": "1130", "amount": "principal"}]
    cursor = None
    while True:
        page = (await client.get("/v1/ledger/posting-rules", params={"limit": 5, **({"cursor": cursor} if cursor else {})})).json()
        rules += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    assert len({rule["id"] for rule in rules}) == len(rules)
    seeded = {(rule["event_type"], rule["channel"]): rule for rule in rules}
    for event in ("applied", "approved", "rejected", "withdrawn", "write_off_requested", "overdue"):
        assert seeded[(f"lending.loan.{event}", None)]["lines"] == []
    for event in ("repayment_received", "prepaid", "repayment_reversed"):
        assert all((f"lending.loan.{event}", c) in seeded for c in ("cash", "mobile_wallet", "savings"))
    # migration 0003: provisions follow classification, are used by a write-off and released by a close
    assert [(line["side"], line["account"], line["amount"]) for line in seeded[("lending.loan.written_off", None)]["lines"]] == [
        ("debit", "1390", "provision_used"), ("debit", "5130", "write_off_loss"), ("credit", "1310-{product_code}", "principal"),
        ("debit", "1390", "provision_release"), ("credit", "5120", "provision_release")]
    assert [(line["side"], line["account"], line["amount"]) for line in seeded[("lending.loan.closed", None)]["lines"]] == [
        ("debit", "1390", "provision_release"), ("credit", "5120", "provision_release")]
    assert seeded[("lending.loan.classification_changed", None)]["version"] == 2
    one = seeded[("lending.loan.written_off", None)]
    r = await client.get(f"/v1/ledger/posting-rules/{one['id']}")
    assert r.status_code == 200 and r.headers["ETag"] == f'"{one["version"]}"'
    assert_problem(await client.get(f"/v1/ledger/posting-rules/{uuid.uuid4()}"), 404)


async def test_bad_rules_are_refused_naming_the_line(client):
    base = {"event_type": new_type(), "description": "test", "lines": [DEBIT_CASH, CREDIT_FEES]}
    cases = [
        ("bad side", {"lines": [{**DEBIT_CASH, "side": "left"}, CREDIT_FEES]}, "lines.0.side"),
        ("unknown account", {"lines": [DEBIT_CASH, {**CREDIT_FEES, "account": "4999"}]}, "lines.1.account"),
        ("header account", {"lines": [{**DEBIT_CASH, "account": "1100"}, CREDIT_FEES]}, "lines.0.account"),
        ("template under a non-header", {"lines": [{**DEBIT_CASH, "account": "1110-{product_code}"}, CREDIT_FEES]}, "lines.0.account"),
        ("template under an unknown header", {"lines": [{**DEBIT_CASH, "account": "1999-{product_code}"}, CREDIT_FEES]}, "lines.0.account"),
        ("malformed template", {"lines": [{**DEBIT_CASH, "account": "1310-{product code}"}, CREDIT_FEES]}, "lines.0.account"),
        ("unknown amount field", {"lines": [DEBIT_CASH, {**CREDIT_FEES, "amount": "fee"}]}, "lines.1.amount"),
        ("debits only", {"lines": [DEBIT_CASH, {**DEBIT_CASH, "account": "1120"}]}, "lines"),
        ("one line", {"lines": [DEBIT_CASH]}, "lines"),
        ("lines not a list", {"lines": "Dr 1110"}, "lines"),
        ("extra line field", {"lines": [{**DEBIT_CASH, "memo": "x"}, CREDIT_FEES]}, "lines.0.memo"),
        ("bad event type", {"event_type": "fee charged"}, "event_type"),
        ("bad channel", {"channel": "Bank Asia"}, "channel"),
        ("no description", {"description": ""}, "description"),
        ("no lines, not said on purpose", {"lines": []}, "lines"),
        ("no_posting with lines", {"no_posting": True}, "no_posting"),
    ]

    async def check(change: dict, field: str) -> None:
        assert_problem(await client.post("/v1/ledger/posting-rules", json={**base, **change}), 422, field)

    await each_case(cases, check)


async def test_one_rule_per_event_type_and_channel(client, books):
    assert_problem(await client.post("/v1/ledger/posting-rules", json={
        "event_type": "lending.loan.disbursed", "channel": "cash", "description": "again", "lines": [DEBIT_CASH, CREDIT_FEES]}), 409, "channel")
    assert_problem(await client.post("/v1/ledger/posting-rules", json={
        "event_type": "lending.loan.written_off", "description": "again", "lines": [], "no_posting": True}), 409, "channel")  # null channel too
    event_type = new_type()
    for channel in ("cash", None):  # a channel's own rule and the any-channel rule live side by side
        r = await books.post("/v1/ledger/posting-rules", json={"event_type": event_type, "channel": channel, "description": "x",
                                                               "lines": [DEBIT_CASH, CREDIT_FEES]})
        assert r.status_code == 200, r.text
        assert r.json()["channel"] == channel and r.json()["created_by"]


async def test_edit_and_deactivate_a_rule(client, books, make_loan_event, apply_event, posted_for):
    import pytest

    from palli_ledger.domain.rules import PostingRefused

    event_type = new_type()
    r = await books.post("/v1/ledger/posting-rules", json={"event_type": event_type, "description": "fee", "lines": [DEBIT_CASH, CREDIT_FEES]})
    rule, etag = r.json(), r.headers["ETag"]
    r = await books.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"description": "fee in cash"}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["version"] == 2
    assert_problem(await client.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"description": "x"}, headers={"If-Match": etag}), 412)
    assert_problem(await client.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"lines": [DEBIT_CASH]}), 422, "lines")
    assert_problem(await client.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"lines": None}), 422, "lines")
    assert_problem(await client.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"event_type": "lending.loan.x"}), 422, "event_type")
    r = await books.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"active": False})
    assert r.status_code == 200 and r.json()["active"] is False
    with pytest.raises(PostingRefused, match="no active posting rule"):
        await apply_event(make_loan_event(event_type, amount="5.00"))
    assert_problem(await client.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"lines": []}), 422, "lines")  # never silently
    assert_problem(await client.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"no_posting": True}), 422, "no_posting")
    r = await books.patch(f"/v1/ledger/posting-rules/{rule['id']}", json={"active": True, "lines": [], "no_posting": True})
    assert r.status_code == 200 and (r.json()["lines"], r.json()["no_posting"]) == ([], True)
    event = make_loan_event(event_type, amount="5.00")
    await apply_event(event)
    assert await posted_for(event.id) == (None, [])
