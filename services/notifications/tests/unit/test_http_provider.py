"""The SSL Wireless-style HTTP provider (adapters/http_gateway.py) against a fake gateway
(httpx.MockTransport): the request it makes, and how each answer maps to an outcome."""

from __future__ import annotations

import json

import httpx
import pytest

from palli_notifications.adapters.http_gateway import HttpSmsProvider
from palli_notifications.adapters.sms import OutgoingSms
from palli_notifications.settings import NotificationsSettings

SMS = OutgoingSms(reference="a1b2c3d4e5f6a7b8c9d0", to="+8801712345678", text="প্রিয় রহিমা, ১,২৫০.০০ টাকা জমা হয়েছে।", encoding="UCS-2", segments=1)


def settings(**over) -> NotificationsSettings:  # noqa: ANN003
    values = dict(sms_provider="http", sms_http_url="https://sms.example.bd/api/v3/send-sms", sms_http_api_token="tok-123",
                  sms_sender_id="PALLIMFI", sms_http_timeout=3.0, environment="test")
    values.update(over)
    return NotificationsSettings(**values)


def provider(handler, **over) -> tuple[HttpSmsProvider, list[httpx.Request]]:  # noqa: ANN001
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    return HttpSmsProvider(settings(**over), transport=httpx.MockTransport(record)), seen


def success(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    return httpx.Response(200, json={"status": "SUCCESS", "status_code": 200, "error_message": "", "smsinfo": [
        {"sms_status": "SUCCESS", "status_message": "Success", "msisdn": body["msisdn"], "sms_type": "BN", "sms_body": body["sms"],
         "csms_id": body["csms_id"], "reference_id": "6449f8bd3a2c1"}]})


async def test_request_body_and_success():
    p, seen = provider(success)
    outcome = await p.send(SMS)
    assert (outcome.kind, outcome.provider_message_id, outcome.delivered) == ("sent", "6449f8bd3a2c1", False)
    [request] = seen
    assert (request.method, str(request.url)) == ("POST", "https://sms.example.bd/api/v3/send-sms")
    assert request.headers["content-type"] == "application/json" and "authorization" not in request.headers
    assert json.loads(request.content) == {"api_token": "tok-123", "sid": "PALLIMFI", "msisdn": "8801712345678", "sms": SMS.text,
                                           "csms_id": "a1b2c3d4e5f6a7b8c9d0"}
    await p.aclose()


async def test_basic_auth_when_a_username_is_set():
    p, seen = provider(success, sms_http_username="palli", sms_http_password="s3cret")
    await p.send(SMS)
    assert seen[0].headers["authorization"] == httpx.BasicAuth("palli", "s3cret")._auth_header
    await p.aclose()


def answer(status: int, body: object = None, text: str | None = None):  # noqa: ANN202
    def handle(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text)
        return httpx.Response(status, json=body)

    return handle


def fail_with(exc: Exception):  # noqa: ANN202
    def handle(request: httpx.Request) -> httpx.Response:
        raise exc

    return handle


@pytest.mark.parametrize(("handler", "kind", "error_has"), [
    (fail_with(httpx.ReadTimeout("slow")), "transient", "timed out"),
    (fail_with(httpx.ConnectError("refused")), "transient", "unreachable"),
    (answer(503, text="maintenance"), "transient", "HTTP 503"),
    (answer(429, text="slow down"), "transient", "HTTP 429"),
    (answer(200, text="<html>gateway error</html>"), "transient", "not JSON"),
    (answer(200, ["odd"]), "transient", "not an object"),
    (answer(200, {"status_code": 200}), "transient", "no status"),
    (answer(401, {"status": "FAILED", "error_message": "Unauthorized"}), "permanent", "HTTP 401"),
    (answer(400, text="bad request"), "permanent", "HTTP 400"),
    (answer(200, {"status": "FAILED", "status_code": 4003, "error_message": "Invalid MSISDN"}), "permanent", "4003"),
    (answer(200, {"status": "SUCCESS", "smsinfo": [{"sms_status": "FAILED", "status_message": "Blocked number"}]}), "permanent",
     "Blocked number"),
])
async def test_answers_map_to_outcomes(handler, kind, error_has):
    p, _ = provider(handler)
    outcome = await p.send(SMS)
    assert outcome.kind == kind and error_has in outcome.error, outcome
    await p.aclose()


async def test_a_duplicate_reference_means_an_earlier_try_got_through():
    p, _ = provider(answer(200, {"status": "FAILED", "status_code": 4025, "error_message": "Duplicate CSMS ID"}))
    outcome = await p.send(SMS)
    assert (outcome.kind, outcome.provider_message_id) == ("sent", None)
    await p.aclose()


def test_the_http_provider_needs_its_url_and_token():
    with pytest.raises(ValueError, match="NOTIFICATIONS_SMS_HTTP_URL"):
        NotificationsSettings(sms_provider="http", sms_http_api_token="x")
    with pytest.raises(ValueError, match="NOTIFICATIONS_SMS_HTTP_API_TOKEN"):
        NotificationsSettings(sms_provider="http", sms_http_url="https://x")
