async def test_register_member_writes_member_and_event(factory, outbox_count):
    before = await outbox_count("members.member.registered")
    member = await factory.member()
    assert member["status"] == "applicant"
    assert member["mobile"].startswith("+8801")
    assert await outbox_count("members.member.registered") == before + 1


async def test_openapi_documents_problem_responses(client):
    spec = (await client.get("/openapi.json")).json()
    post = spec["paths"]["/v1/members"]["post"]["responses"]
    assert post["422"]["content"]["application/problem+json"]["schema"]["$ref"] == "#/components/schemas/Problem"
    assert "409" in post and "Problem" in spec["components"]["schemas"]
