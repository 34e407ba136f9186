"""Optimistic concurrency: ETag on reads, If-Match on changes, 412 when someone changed it first."""

from palli_common.testing.http import assert_problem


async def test_stale_if_match_is_refused_and_changes_nothing(client, factory, outbox_count):
    member = await factory.member()
    read = await client.get(f"/v1/members/{member['id']}")
    assert read.headers["etag"] == '"1"'

    first = await client.patch(f"/v1/members/{member['id']}", json={"name_en": "Rahima Begum"}, headers={"If-Match": '"1"'})
    assert first.status_code == 200 and first.headers["etag"] == '"2"'

    before = await outbox_count()
    second = await client.patch(f"/v1/members/{member['id']}", json={"name_en": "Stale Edit"}, headers={"If-Match": '"1"'})
    problem = assert_problem(second, 412, "If-Match")
    assert "read it again" in problem["detail"]
    assert (await client.get(f"/v1/members/{member['id']}")).json()["name_en"] == "Rahima Begum"
    assert await outbox_count() == before


async def test_if_match_on_actions_and_without_header(client, factory):
    member = await factory.member()
    assert_problem(await client.post(f"/v1/members/{member['id']}/activate", headers={"If-Match": '"7"'}), 412, "If-Match")
    ok = await client.post(f"/v1/members/{member['id']}/activate", headers={"If-Match": 'W/"1"'})
    assert ok.status_code == 200 and ok.json()["status"] == "active"
    # without If-Match the change applies (clients opt in to the check)
    assert (await client.post(f"/v1/members/{member['id']}/make-dormant")).status_code == 200


async def test_garbage_if_match_is_422_naming_the_header(client, factory):
    group = await factory.group()
    assert_problem(await client.patch(f"/v1/groups/{group['id']}", json={"meeting_place": "x"}, headers={"If-Match": "yesterday"}), 422, "If-Match")
    read = await client.get(f"/v1/groups/{group['id']}")
    stale = await client.post(f"/v1/groups/{group['id']}/activate", headers={"If-Match": '"99"'})
    assert_problem(stale, 412, "If-Match")
    fresh = await client.post(f"/v1/groups/{group['id']}/activate", headers={"If-Match": read.headers["etag"]})
    assert fresh.status_code == 200 and fresh.headers["etag"] == '"2"'


async def test_branch_etag_round_trip(client, factory):
    branch = await factory.branch()
    read = await client.get(f"/v1/branches/{branch['id']}")
    changed = await client.patch(f"/v1/branches/{branch['id']}", json={"name": "Kalihati branch"}, headers={"If-Match": read.headers["etag"]})
    assert changed.status_code == 200 and changed.headers["etag"] == '"2"'
    assert_problem(await client.patch(f"/v1/branches/{branch['id']}", json={"name": "x"}, headers={"If-Match": read.headers["etag"]}), 412, "If-Match")
