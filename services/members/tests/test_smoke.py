async def test_register_member_writes_member_and_event(factory, outbox_count):
    before = await outbox_count("members.member.registered")
    member = await factory.member()
    assert member["status"] == "applicant"
    assert member["mobile"].startswith("+8801")
    assert await outbox_count("members.member.registered") == before + 1
