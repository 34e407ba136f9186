"""Reading the journal: filters, cursor pages in journal order, money as decimal strings, and
branch scope (head-office entries only for every-branch callers)."""

from __future__ import annotations

import uuid
from datetime import date

from palli_common.testing.http import assert_problem


async def test_filters_and_pages(client, write_entry, make_loan_event, apply_event):
    branch, loan = uuid.uuid4(), str(uuid.uuid4())
    days = [date(2026, 11, 3), date(2026, 11, 1), date(2026, 11, 2)]
    written = [await write_entry(day, branch, [("1110", 12_345, 0), ("3100", 0, 12_345)], aggregate_id=loan) for day in days]
    event = make_loan_event("lending.loan.disbursed", loan_id=loan, branch_id=str(branch), channel="cash", principal="500.00",
                            amount="500.00", on=date(2026, 11, 4))
    await apply_event(event)

    seen, cursor = [], None
    while True:
        params = {"aggregate_id": loan, "limit": 1, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/v1/ledger/journal-entries", params=params)).json()
        seen += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    assert [e["posted_on"] for e in seen] == ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"]
    assert seen[0]["id"] == str(written[1].id) and seen[0]["total"] == "123.45"
    assert [(l["account_code"], l["debit"], l["credit"]) for l in seen[0]["lines"]] == [("1110", "123.45", "0.00"), ("3100", "0.00", "123.45")]

    async def ids(**params) -> list[str]:  # noqa: ANN003
        r = await client.get("/v1/ledger/journal-entries", params={"branch_id": str(branch), "limit": 200, **params})
        assert r.status_code == 200, r.text
        return [e["id"] for e in r.json()["items"]]

    assert len(await ids()) == 4
    assert await ids(**{"from": "2026-11-02", "to": "2026-11-03"}) == [str(written[2].id), str(written[0].id)]
    posted = await ids(kind="event")
    assert len(posted) == 1 and posted == await ids(source_event_id=str(event.id)) == await ids(account="1310-GEN-MC")
    assert len(await ids(account="3100")) == 3 and await ids(status="pending_approval") == []
    one = (await client.get(f"/v1/ledger/journal-entries/{posted[0]}")).json()
    assert (one["source_event_type"], one["aggregate_type"], one["rule_id"] is not None) == ("lending.loan.disbursed", "loan", True)
    assert_problem(await client.get(f"/v1/ledger/journal-entries/{uuid.uuid4()}"), 404)
    assert_problem(await client.get("/v1/ledger/journal-entries", params={"from": "2026-11-05", "to": "2026-11-01"}), 422, "from")
    assert_problem(await client.get("/v1/ledger/journal-entries", params={"cursor": "eyJ4IjoxfQ"}), 422, "cursor")
    assert_problem(await client.get("/v1/ledger/journal-entries", params={"cursor": "WyJ4IiwieSJd"}), 422, "cursor")  # ["x","y"]
    assert_problem(await client.get("/v1/ledger/journal-entries", params={"kind": "bogus"}), 422, "kind")


async def test_branch_scope(client_as, write_entry):
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    own = await write_entry(date(2026, 11, 1), mine, [("5220", 100, 0), ("1110", 0, 100)])
    other = await write_entry(date(2026, 11, 1), theirs, [("5220", 100, 0), ("1110", 0, 100)])
    head_office = await write_entry(date(2026, 11, 1), None, [("5210", 100, 0), ("1120", 0, 100)], description="head office")
    async with client_as(roles=["branch_manager"], branches=[mine]) as manager, client_as(roles=["auditor"]) as auditor:
        listed = {e["id"] for e in (await manager.get("/v1/ledger/journal-entries", params={"limit": 200, "from": "2026-11-01", "to": "2026-11-01"})).json()["items"]}
        assert str(own.id) in listed and str(other.id) not in listed and str(head_office.id) not in listed
        assert all(e["branch_id"] == str(mine) for e in (await manager.get("/v1/ledger/journal-entries", params={"limit": 200})).json()["items"])
        assert_problem(await manager.get(f"/v1/ledger/journal-entries/{other.id}"), 403)
        assert_problem(await manager.get(f"/v1/ledger/journal-entries/{head_office.id}"), 403)
        assert_problem(await manager.get("/v1/ledger/journal-entries", params={"branch_id": str(theirs)}), 403)
        assert (await auditor.get(f"/v1/ledger/journal-entries/{head_office.id}")).json()["branch_id"] is None
