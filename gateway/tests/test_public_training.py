"""Public routes through the gateway: a credential is checked by its code (and its QR code) with no
token at all; the service sees the anonymous caller, who may read that and nothing else."""

from __future__ import annotations

from .test_permissions import Records
from .walk_training import credential


async def test_anyone_verifies_a_credential_without_signing_in(api, stack) -> None:
    _, _, issued = await credential(Records(api, stack.lending_db, stack.notifications_db, stack.savings_db))
    r = await api.http.get(f"/v1/training/verify/{issued['code']}")
    assert r.status_code == 200, r.text
    assert r.json()["valid"] is True and r.json()["programme"].startswith("Active Citizens facilitators")
    qr = await api.http.get(f"/v1/training/verify/{issued['code']}/qr.svg")
    assert qr.status_code == 200 and qr.headers["content-type"].startswith("image/svg+xml")
    missing = await api.http.get("/v1/training/verify/NOSUCHCODE")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/problem+json")
    # the anonymous caller gets nothing else: every other training route still wants a token
    assert (await api.http.get("/v1/training/credentials")).status_code == 401
    assert (await api.http.get(f"/v1/training/participants/{issued['participant_id']}")).status_code == 401
