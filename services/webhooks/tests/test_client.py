"""The partners' generated client (clients/python/palli-client, from the gateway's merged OpenAPI
document) registers an endpoint and reads its log; its `palli_client.webhooks.verify_signature`
verifies a delivery the service signed."""

from __future__ import annotations

import importlib
import sys
import uuid
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]
CLIENT = ROOT / "clients" / "python" / "palli-client"


@pytest.fixture(scope="module")
def palli_client():
    sys.path.insert(0, str(CLIENT))
    try:
        yield importlib.import_module("palli_client")
    finally:
        sys.path.remove(str(CLIENT))


def test_the_helper_in_the_client_is_the_one_in_extras(palli_client):
    """scripts/generate_client.py copies it in; a hand edit of either copy shows here."""
    assert (CLIENT / "palli_client" / "webhooks.py").read_bytes() == (ROOT / "clients/python/extras/webhooks.py").read_bytes()


async def test_a_partner_uses_the_generated_client_and_verifies_a_delivery(palli_client, app, internal_keys, partner_id, apply_event,
                                                                          make_loan_event, deliver, recorder):
    from palli_client import AuthenticatedClient
    from palli_client.api.webhooks import (create_endpoint_v1_webhooks_endpoints_post as create,
                                           list_deliveries_v1_webhooks_endpoints_endpoint_id_deliveries_get as deliveries)
    from palli_client.models import EndpointCreated, EndpointIn, PageDeliveryOut
    from palli_client.webhooks import SignatureError, verify_signature

    token = internal_keys.token(partner=partner_id, subject=partner_id, roles=(), scopes=["loans:read"])
    url = f"https://partner.example.org/hooks/{uuid.uuid4().hex}"
    async with AuthenticatedClient(base_url="http://webhooks", token=token,
                                   httpx_args={"transport": httpx.ASGITransport(app=app)}) as client:
        created = await create.asyncio(client=client, body=EndpointIn(url=url, event_types=["lending.loan.disbursed"]))
        assert isinstance(created, EndpointCreated), created
        assert created.owner == partner_id and created.secret.startswith("whsec_")

        event = make_loan_event()
        await apply_event(event)
        rx = recorder(url)
        async with rx.client() as http:
            await deliver(http)
        [request] = rx.requests
        assert verify_signature(created.secret, request.headers["Palli-Signature"], request.content) > 0
        with pytest.raises(SignatureError):
            verify_signature("whsec_not_it", request.headers["Palli-Signature"], request.content)

        log = await deliveries.asyncio(created.id, client=client)
        assert isinstance(log, PageDeliveryOut)
        [row] = log.items
        assert str(row.id) == request.headers["Palli-Webhook-Id"] and row.state == "delivered" and row.last_status_code == 200
        assert str(row.event_id) == str(event.id) and row.event_type == "lending.loan.disbursed"
