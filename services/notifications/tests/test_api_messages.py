"""Messages API (lists by member, status and type, newest first, within the caller's branches; details
with history) and delivery reports from the SMS gateway."""

from __future__ import annotations

import uuid

from palli_common.testing.http import assert_problem
from palli_lending.contracts import events as loan
from palli_notifications.adapters.sms import SendOutcome

BASE = "/v1/notifications/messages"
REPORTS = "/v1/notifications/delivery-reports"


async def member_with_messages(apply_event, make_member_event, make_loan_event, branch: uuid.UUID, *types) -> uuid.UUID:  # noqa: ANN001
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, branch_id=str(branch)))
    for cls in types:
        await apply_event(make_loan_event(mid, cls=cls, branch_id=branch))
    return mid


async def test_list_filters_pages_and_branch_scope(client, client_as, apply_event, make_member_event, make_loan_event):
    branch, elsewhere = uuid.uuid4(), uuid.uuid4()
    mid = await member_with_messages(apply_event, make_member_event, make_loan_event, branch,
                                     loan.LoanDisbursed, loan.RepaymentReceived, loan.RepaymentReceived)
    other = await member_with_messages(apply_event, make_member_event, make_loan_event, elsewhere, loan.LoanDisbursed)

    r = await client.get(BASE, params={"member_id": str(mid), "limit": 2})
    assert r.status_code == 200, r.text
    page1 = r.json()
    assert [m["source_event_type"] for m in page1["items"]] == ["lending.loan.repayment_received"] * 2  # newest first
    page2 = (await client.get(BASE, params={"member_id": str(mid), "limit": 2, "cursor": page1["next_cursor"]})).json()
    assert [m["source_event_type"] for m in page2["items"]] == ["lending.loan.disbursed"] and page2["next_cursor"] is None
    item = page1["items"][0]
    assert item["to"].startswith("+8801") and item["to"].count("*") == 6 and item["body"].startswith("প্রিয়")

    typed = (await client.get(BASE, params={"member_id": str(mid), "event_type": "lending.loan.disbursed"})).json()["items"]
    assert len(typed) == 1
    assert (await client.get(BASE, params={"member_id": str(mid), "status": "delivered"})).json()["items"] == []

    async with client_as(roles=["field_officer"], branches=[branch]) as officer:
        mine = (await officer.get(BASE, params={"member_id": str(other)})).json()["items"]
        assert mine == []  # the other branch's member: not listed
        assert len((await officer.get(BASE, params={"member_id": str(mid)})).json()["items"]) == 3
        assert_problem(await officer.get(BASE, params={"branch_id": str(elsewhere)}), 403)
        theirs = (await client.get(BASE, params={"member_id": str(other)})).json()["items"][0]["id"]
        assert_problem(await officer.get(f"{BASE}/{theirs}"), 403)
        assert_problem(await officer.post(f"{BASE}/{theirs}/resend"), 403)
    assert_problem(await client.get(BASE, params={"status": "lost"}), 422, "status")
    assert_problem(await client.get(BASE, params={"cursor": "bm9wZQ"}), 422, "cursor")
    assert_problem(await client.get(f"{BASE}/{uuid.uuid4()}"), 404)


async def test_detail_shows_history_cost_and_text(client, apply_event, make_member_event, make_loan_event, dispatch):
    mid = await member_with_messages(apply_event, make_member_event, make_loan_event, uuid.uuid4(), loan.LoanDisbursed)
    await dispatch()
    [item] = (await client.get(BASE, params={"member_id": str(mid)})).json()["items"]
    detail = (await client.get(f"{BASE}/{item['id']}")).json()
    assert (detail["status"], detail["encoding"], detail["segments"], detail["attempts"]) == ("delivered", "UCS-2", 2, 1)
    assert [h["status"] for h in detail["history"]] == ["queued", "sending", "sent", "delivered"]
    assert detail["history"][1]["attempt"] == 1
    assert_problem(await client.post(f"{BASE}/{item['id']}/resend"), 409, "status")


async def test_resend_of_a_member_who_opted_out_since_is_refused(client, apply_event, make_member_event, make_loan_event, dispatch,
                                                               scripted, messages_of, phone):
    from palli_members.contracts import events as ev

    mid = await member_with_messages(apply_event, make_member_event, make_loan_event, uuid.uuid4(), loan.LoanClosed)
    await dispatch(scripted(phone(mid), SendOutcome.permanent("number barred")))
    [m] = await messages_of(mid)
    assert m.status == "failed"
    await apply_event(make_member_event(mid, 2, cls=ev.MemberUpdated, changed=["sms_consent"], sms_consent=False))
    problem = assert_problem(await client.post(f"{BASE}/{m.id}/resend"), 409, "status")
    assert problem["reason"] == "opted_out"
    [m] = await messages_of(mid)
    assert (m.status, m.resends) == ("failed", 0)  # nothing half-written


async def test_delivery_reports(client_as, apply_event, make_member_event, make_loan_event, dispatch, scripted, messages_of, phone,
                                outbox_events):
    a = await member_with_messages(apply_event, make_member_event, make_loan_event, uuid.uuid4(), loan.LoanDisbursed)
    b = await member_with_messages(apply_event, make_member_event, make_loan_event, uuid.uuid4(), loan.LoanDisbursed)
    held = uuid.uuid4()
    await apply_event(make_loan_event(held))
    await dispatch(scripted(phone(a)))
    await dispatch(scripted(phone(b)))
    [ma], [mb], [mh] = await messages_of(a), await messages_of(b), await messages_of(held)
    assert ma.status == mb.status == "sent"

    async with client_as(partner="sslwireless", scopes=["notifications:report"], roles=[]) as gateway:
        r = await gateway.post(REPORTS, json={"provider_message_id": ma.provider_message_id, "status": "delivered",
                                              "at": "2026-11-23T10:00:00+06:00"})
        assert r.status_code == 200, r.text
        assert (r.json()["status"], r.json()["delivered_at"]) == ("delivered", "2026-11-23T04:00:00Z")
        again = await gateway.post(REPORTS, json={"reference": ma.reference, "status": "failed"})
        assert again.json()["status"] == "delivered"  # delivered stays delivered
        r = await gateway.post(REPORTS, json={"reference": mb.reference, "status": "expired", "error": "phone off for 48h"})
        assert (r.json()["status"], r.json()["last_error"]) == ("failed", "delivery report: expired: phone off for 48h")
        assert_problem(await gateway.post(REPORTS, json={"reference": "nope", "status": "delivered"}), 404)
        assert_problem(await gateway.post(REPORTS, json={"reference": mh.reference or "x" * 20, "status": "delivered"}), 404)
        assert_problem(await gateway.post(REPORTS, json={"status": "delivered"}), 422)
        assert_problem(await gateway.post(REPORTS, json={"reference": ma.reference, "status": "read"}), 422, "status")
        assert_problem(await gateway.post(REPORTS, json={"reference": ma.reference, "status": "delivered", "at": "2026-11-23T10:00:00"}),
                       422, "at")
    assert [k.rsplit(".", 1)[1] for k, _ in await outbox_events(mb.id)] == ["queued", "sent", "failed"]
    async with client_as(roles=["field_officer"]) as staff:
        assert_problem(await staff.post(REPORTS, json={"reference": mb.reference, "status": "delivered"}), 403)
    async with client_as(roles=["admin"]) as admin:  # an expired message can be resent
        assert (await admin.post(f"{BASE}/{mb.id}/resend")).json()["status"] == "queued"
