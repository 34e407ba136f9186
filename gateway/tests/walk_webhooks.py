"""The permission walk's setups for the webhooks service's routes. A partner sees only its own
endpoints, and may subscribe only to events its scopes let it read, so each endpoint is made by
the caller about to call (`r.caller`: the claims of the token the walk is about to send), for an
event type of one of its scopes; staff callers (admins, auditors) act on the root admin's."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

TYPE_FOR_SCOPE = {"loans:read": "lending.loan.disbursed", "members:read": "members.member.registered",
                  "savings:read": "savings.account.opened", "marketplace:read": "marketplace.sale.recorded",
                  "marketplace:orders": "marketplace.order.reserved"}


def _caller(r) -> dict:  # noqa: ANN001
    return getattr(r, "caller", None) or {}


def _partner(r) -> bool:  # noqa: ANN001
    return _caller(r).get("kind") == "partner"


def _event_type(r) -> str:  # noqa: ANN001
    if _partner(r):
        for scope in sorted((_caller(r).get("scope") or "").split()):
            if scope in TYPE_FOR_SCOPE:
                return TYPE_FOR_SCOPE[scope]
    return "lending.loan.disbursed"


def _body(r) -> dict:  # noqa: ANN001
    return {"url": f"https://partner.example.org/walk/{uuid.uuid4().hex}", "event_types": [_event_type(r)],
            "description": "permission walk"}


async def endpoint(r) -> dict:  # noqa: ANN001
    """An endpoint of the caller's (a partner's own), or the root admin's for staff."""
    if _partner(r):
        created = await r.api.http.post("/v1/webhooks/endpoints", json=_body(r), headers=r.caller_headers)
        assert created.status_code == 201, created.text
        return created.json()
    return await r._post("/v1/webhooks/endpoints", _body(r))


async def delivery(r) -> tuple[dict, str]:  # noqa: ANN001
    """A delivered event of the endpoint's type, as the fan-out and the worker would have left it: (endpoint, delivery id)."""
    from palli_common.ids import uuid7
    from palli_webhooks.adapters.tables import WebhookDelivery

    e, stamp, delivery_id = await endpoint(r), datetime.now(UTC), uuid7()
    await r._insert(r.webhooks_db, WebhookDelivery(
        id=delivery_id, endpoint_id=uuid.UUID(e["id"]), event_id=uuid.uuid4(), event_type=e["event_types"][0], body='{"walk": true}',
        state="delivered", attempts=1, last_status_code=200, first_attempt_at=stamp, last_attempt_at=stamp, delivered_at=stamp,
        created_at=stamp))
    return e, str(delivery_id)


async def _fixed(url: str, body: dict | None = None):  # noqa: ANN202
    return url, body


async def _new(r):  # noqa: ANN001, ANN202
    return "/v1/webhooks/endpoints", _body(r)


async def _endpoint_url(r, suffix: str = ""):  # noqa: ANN001, ANN202
    return f"/v1/webhooks/endpoints/{(await endpoint(r))['id']}{suffix}", None


async def _replay(r):  # noqa: ANN001, ANN202
    _, delivery_id = await delivery(r)
    return f"/v1/webhooks/deliveries/{delivery_id}/replay", None


SETUPS = {
    ("GET", "/v1/webhooks/event-types"): lambda r: _fixed("/v1/webhooks/event-types"),
    ("POST", "/v1/webhooks/endpoints"): _new,
    ("GET", "/v1/webhooks/endpoints"): lambda r: _fixed("/v1/webhooks/endpoints"),
    ("GET", "/v1/webhooks/endpoints/{endpoint_id}"): lambda r: _endpoint_url(r),
    ("DELETE", "/v1/webhooks/endpoints/{endpoint_id}"): lambda r: _endpoint_url(r),
    ("POST", "/v1/webhooks/endpoints/{endpoint_id}/rotate-secret"): lambda r: _endpoint_url(r, "/rotate-secret"),
    ("GET", "/v1/webhooks/endpoints/{endpoint_id}/deliveries"): lambda r: _endpoint_url(r, "/deliveries"),
    ("POST", "/v1/webhooks/deliveries/{delivery_id}/replay"): _replay,
}
