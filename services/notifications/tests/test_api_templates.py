"""Templates API: the seeded Bangla and English texts, admin edits with If-Match, refusals naming
`body`, previews with their encoding and parts, and new messages following an edit."""

from __future__ import annotations

import uuid
from contextlib import asynccontextmanager

from palli_common.testing.http import assert_problem
from palli_lending.contracts import events as loan
from palli_notifications.domain.templates import MESSAGE_TYPES

BASE = "/v1/notifications/templates"


@asynccontextmanager
async def restored(client, event_type: str, language: str):  # noqa: ANN001
    """Tests share one database: put the template back as it was."""
    before = (await client.get(f"{BASE}/{event_type}/{language}")).json()
    try:
        yield before
    finally:
        await client.put(f"{BASE}/{event_type}/{language}", json={"body": before["body"], "enabled": before["enabled"]})


async def test_every_message_type_is_seeded_in_both_languages_and_fits(client, settings):
    r = await client.get(BASE)
    assert r.status_code == 200, r.text
    seeded = {(t["event_type"], t["language"]): t for t in r.json()}
    assert set(seeded) == {(e, lang) for e in MESSAGE_TYPES for lang in ("bn", "en")}
    for (event_type, language), t in seeded.items():
        assert t["preview"]["encoding"] == ("UCS-2" if language == "bn" else "GSM-7"), t
        assert t["preview"]["segments"] <= settings.template_max_segments, t
        assert set(t["placeholders"]) == set(MESSAGE_TYPES[event_type])
    bn = seeded[("lending.loan.disbursed", "bn")]["preview"]["text"]
    assert "১০,০০,০০০.০০ টাকা" in bn and "২৩/১১/২০২৬" in bn and not any(c.isascii() and c.isdigit() for c in bn)


async def test_edit_with_if_match(client, client_as):
    path = f"{BASE}/lending.loan.prepaid/en"
    async with restored(client, "lending.loan.prepaid", "en"):
        r = await client.get(path)
        version = int(r.headers["etag"].strip('"'))
        async with client_as(roles=["admin"], subject="admin-1") as admin:
            new = "{name}: loan repaid early, {amount} on {on}. Palli"
            r = await admin.put(path, json={"body": new}, headers={"If-Match": f'"{version}"'})
            assert r.status_code == 200, r.text
            assert (r.json()["body"], r.json()["version"], r.json()["updated_by"], r.headers["etag"]) == (
                new, version + 1, "admin-1", f'"{version + 1}"')
            assert r.json()["preview"]["text"] == "Mosammat Rahima Khatun Begum: loan repaid early, Tk 99,999.99 on 23/11/2026. Palli"
            stale = await admin.put(path, json={"body": "x {name}"}, headers={"If-Match": f'"{version}"'})
            assert_problem(stale, 412, "If-Match")
            assert_problem(await admin.put(path, json={"body": "x"}, headers={"If-Match": "soon"}), 422, "If-Match")
        assert (await client.get(path)).json()["body"] == new


async def test_bad_bodies_are_refused_naming_body(client):
    path = f"{BASE}/lending.loan.closed/bn"
    cases = {
        "unknown placeholder": "প্রিয় {name}, {installment_amount}",
        "unbalanced": "প্রিয় {name, ঋণ পরিশোধ",
        "stray close": "প্রিয় name}",
        "too long for 3 parts": "প্রিয় {name}, " + "ঋ" * 190,
        "blank": "   ",
    }
    for case, body in cases.items():
        r = await client.put(path, json={"body": body})
        problem = assert_problem(r, 422, "body")
        assert problem["detail"], case
    assert "{installment_amount}" in (await client.put(path, json={"body": cases["unknown placeholder"]})).json()["detail"]
    assert_problem(await client.put(path, json={"body": "x", "color": "red"}), 422, "color")
    assert_problem(await client.put(f"{BASE}/lending.loan.closed/fr", json={"body": "x"}), 422, "language")
    assert_problem(await client.put(f"{BASE}/lending.loan.applied/bn", json={"body": "x"}), 404)
    assert_problem(await client.get(f"{BASE}/lending.loan.applied/bn"), 404)


async def test_preview(client):
    r = await client.post(f"{BASE}/preview", json={"event_type": "lending.loan.overdue", "language": "bn",
                                                    "body": "{name}: {overdue}, {days_past_due} দিন"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == "মোছাম্মৎ রহিমা খাতুন বেগম: ৯৯,৯৯৯.৯৯ টাকা, ৩৬৫ দিন"
    assert (body["encoding"], body["units"], body["segments"], body["per_segment"]) == ("UCS-2", len(body["text"]), 1, 70)
    stored = await client.post(f"{BASE}/preview", json={"event_type": "lending.loan.disbursed", "language": "en"})
    assert stored.json()["encoding"] == "GSM-7" and stored.json()["segments"] == 1
    long = await client.post(f"{BASE}/preview", json={"event_type": "lending.loan.closed", "language": "en", "body": "x" * 400})
    assert long.json()["segments"] == 3  # a preview shows what a long body costs; only saving it is refused
    assert_problem(await client.post(f"{BASE}/preview", json={"event_type": "lending.loan.closed", "body": "{nid}"}), 422, "body")
    assert_problem(await client.post(f"{BASE}/preview", json={"event_type": "members.member.registered"}), 422, "event_type")


async def test_new_messages_follow_an_edit_and_a_disabled_template_suppresses(client, apply_event, make_member_event, make_loan_event,
                                                                             messages_of):
    async with restored(client, "lending.loan.repayment_reversed", "en"):
        r = await client.put(f"{BASE}/lending.loan.repayment_reversed/en", json={"body": "Reversed: {amount} ({on})"})
        assert r.status_code == 200, r.text
        mid = uuid.uuid4()
        await apply_event(make_member_event(mid, language="en"))
        await apply_event(make_loan_event(mid, cls=loan.RepaymentReversed, amount="500.00"))
        r = await client.put(f"{BASE}/lending.loan.repayment_reversed/en", json={"body": "Reversed: {amount}", "enabled": False})
        assert r.json()["enabled"] is False
        await apply_event(make_loan_event(mid, cls=loan.RepaymentReversed, amount="600.00"))
        first, second = await messages_of(mid)
        assert (first.status, first.body) == ("queued", "Reversed: Tk 500.00 (23/11/2026)")
        assert (second.status, second.reason) == ("suppressed", "template_disabled")
