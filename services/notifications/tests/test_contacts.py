"""Members events -> contacts (service/contacts.py): version guard, tolerant reading of language and
consent, and the contact API (masked number, branch scope)."""

from __future__ import annotations

import uuid

from palli_common.testing.http import assert_problem
from palli_members.contracts import events as ev
from palli_notifications.adapters.tables import Contact
from palli_notifications.consumers import CONSUMERS
from palli_notifications.service.contacts import MEMBER_EVENTS, on_member_event


async def contact(db, member_id) -> Contact | None:  # noqa: ANN001
    async with db.sessions() as s:
        return await s.get(Contact, member_id)


def test_every_members_member_event_is_followed():
    member_types = {c.event_type for c in vars(ev).values() if isinstance(c, type) and issubclass(c, ev.MemberSnapshot) and c is not ev.MemberSnapshot}
    assert set(MEMBER_EVENTS) == member_types
    assert all(CONSUMERS["notifications-members"][t] is on_member_event for t in member_types)
    assert set(CONSUMERS) == {"notifications-members", "notifications-lending", "notifications-savings", "notifications-marketplace"}


async def test_contact_follows_the_member_and_never_goes_back(db, apply_event, make_member_event):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, 1))
    c = await contact(db, mid)
    assert (c.mobile, c.language, c.sms_consent, c.status, c.name_bn, c.aggregate_version) == (
        f"+88017{mid.int % 10**8:08d}", "bn", True, "active", "রহিমা খাতুন", 1)
    await apply_event(make_member_event(mid, 3, cls=ev.MemberUpdated, changed=["mobile"], mobile="+8801898765432", language="en",
                                        sms_consent=False))
    await apply_event(make_member_event(mid, 2, cls=ev.MemberUpdated, changed=["mobile"], mobile="+8801511111111"))  # late replay
    c = await contact(db, mid)
    assert (c.mobile, c.language, c.sms_consent, c.aggregate_version) == ("+8801898765432", "en", False, 3)
    await apply_event(make_member_event(mid, 4, cls=ev.MemberExited, reason="moved away", status="exited", language="xx"))
    c = await contact(db, mid)
    assert (c.status, c.language, c.sms_consent, c.aggregate_version) == ("exited", "bn", True, 4)  # unknown language: Bangla


async def test_contact_api_masks_the_number_and_keeps_to_the_branch(client, client_as, apply_event, make_member_event):
    mid, branch = uuid.uuid4(), uuid.uuid4()
    await apply_event(make_member_event(mid, 1, branch_id=str(branch), sms_consent=False, mobile="+8801712345678"))
    r = await client.get(f"/v1/notifications/contacts/{mid}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["mobile"], body["language"], body["sms_consent"], body["branch_id"]) == ("+8801******678", "bn", False, str(branch))
    async with client_as(roles=["field_officer"], branches=[uuid.uuid4()]) as other:
        assert_problem(await other.get(f"/v1/notifications/contacts/{mid}"), 403)
    async with client_as(roles=["field_officer"], branches=[branch]) as mine:
        assert (await mine.get(f"/v1/notifications/contacts/{mid}")).status_code == 200
    assert_problem(await client.get(f"/v1/notifications/contacts/{uuid.uuid4()}"), 404)
    assert_problem(await client.get("/v1/notifications/contacts/not-a-uuid"), 422, "member_id")
