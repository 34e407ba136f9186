"""`palli-members demo-data` seeds through the API, so it needs a bearer token like any caller."""

import httpx
import pytest

from palli_members.demo import seed


async def test_demo_data_needs_a_token_and_seeds_once_with_one(app, internal_keys):
    transport = httpx.ASGITransport(app=app)
    with pytest.raises(SystemExit, match="(?s)401.*PALLI_TOKEN"):
        await seed("http://members", None, transport=transport)
    with pytest.raises(SystemExit, match="403"):  # a one-branch officer may not open the demo branch
        await seed("http://members", internal_keys.token(roles=["field_officer"], branches=[]), transport=transport)
    token = internal_keys.token()  # an admin of every branch
    assert (await seed("http://members", token, transport=transport)).startswith("seeded branch TGL-01")
    async with httpx.AsyncClient(transport=transport, base_url="http://members", headers={"Authorization": f"Bearer {token}"}) as http:
        branch = next(b for b in (await http.get("/v1/branches", params={"limit": 200})).json()["items"] if b["code"] == "TGL-01")
        members = (await http.get("/v1/members", params={"branch_id": branch["id"], "limit": 200})).json()["items"]
    languages = [m["language"] for m in members]
    assert len(members) == 6 and languages.count("bn") > languages.count("en") > 0  # mostly Bangla, some English
    assert any(not m["sms_consent"] for m in members) and any(m["sms_consent"] for m in members)
    assert "already present" in await seed("http://members", token, transport=transport)
