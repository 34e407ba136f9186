"""An HTTP SMS gateway in the style of SSL Wireless's ISMS API v3 (most Bangladeshi gateways look alike).

Request: `POST <NOTIFICATIONS_SMS_HTTP_URL>` with JSON
    {"api_token": ..., "sid": <sender id>, "msisdn": "8801XXXXXXXXX", "sms": <text>, "csms_id": <our reference>}
and HTTP basic auth when a username is set. `csms_id` is our message's reference (at most 20
characters, unique): the gateway refuses a csms_id it has seen, so a send retried after a timeout or a
crash cannot reach the member twice.
Answer: {"status": "SUCCESS", "status_code": 200, "smsinfo": [{"sms_status": "SUCCESS", "reference_id": ..., "csms_id": ...}]}
or {"status": "FAILED", "status_code": 4xxx, "error_message": ...}, often with HTTP 200 either way.

Outcomes: timeout or connection error, HTTP 5xx or 429, or an unreadable answer -> transient (retry with
the same csms_id); HTTP 4xx, or status FAILED -> permanent, except a duplicate csms_id, which means the
gateway took this very message on an earlier try -> sent. Another gateway is another class like this one.
"""

from __future__ import annotations

from typing import Any

import httpx

from palli_notifications.adapters.sms import OutgoingSms, SendOutcome
from palli_notifications.settings import NotificationsSettings

MAX_ERROR = 500


def _short(text: str) -> str:
    return text[:MAX_ERROR]


class HttpSmsProvider:
    name = "http"

    def __init__(self, settings: NotificationsSettings, *, transport: httpx.AsyncBaseTransport | None = None):
        assert settings.sms_http_url and settings.sms_http_api_token  # the settings validator made sure
        self.url = settings.sms_http_url
        self.api_token = settings.sms_http_api_token.get_secret_value()
        self.sender_id = settings.sms_sender_id
        auth = None
        if settings.sms_http_username:
            password = settings.sms_http_password.get_secret_value() if settings.sms_http_password else ""
            auth = httpx.BasicAuth(settings.sms_http_username, password)
        self.client = httpx.AsyncClient(timeout=settings.sms_http_timeout, auth=auth, transport=transport)

    def request_body(self, sms: OutgoingSms) -> dict[str, str]:
        return {"api_token": self.api_token, "sid": self.sender_id, "msisdn": sms.to.removeprefix("+"), "sms": sms.text,
                "csms_id": sms.reference}

    async def send(self, sms: OutgoingSms) -> SendOutcome:
        try:
            response = await self.client.post(self.url, json=self.request_body(sms), headers={"Accept": "application/json"})
        except httpx.TimeoutException as exc:
            return SendOutcome.transient(f"gateway timed out: {type(exc).__name__}")
        except httpx.TransportError as exc:
            return SendOutcome.transient(f"gateway unreachable: {type(exc).__name__}: {exc}")
        if response.status_code == 429 or response.status_code >= 500:
            return SendOutcome.transient(_short(f"gateway answered HTTP {response.status_code}: {response.text}"))
        if response.status_code >= 400:
            return SendOutcome.permanent(_short(f"gateway refused with HTTP {response.status_code}: {response.text}"))
        try:
            answer = response.json()
        except ValueError:
            return SendOutcome.transient(_short(f"gateway's answer is not JSON (HTTP {response.status_code}): {response.text}"))
        return self._outcome(answer, sms)

    def _outcome(self, answer: Any, sms: OutgoingSms) -> SendOutcome:
        if not isinstance(answer, dict):
            return SendOutcome.transient(_short(f"gateway's answer is not an object: {answer!r}"))
        status = str(answer.get("status", "")).upper()
        info = answer.get("smsinfo")
        first = info[0] if isinstance(info, list) and info and isinstance(info[0], dict) else {}
        if status == "SUCCESS" and str(first.get("sms_status", "SUCCESS")).upper() == "SUCCESS":
            return SendOutcome.sent(str(first.get("reference_id") or first.get("csms_id") or sms.reference))
        error = str(answer.get("error_message") or first.get("status_message") or answer)
        if status in ("SUCCESS", "FAILED"):
            if "duplicate" in error.lower():  # this csms_id went through on an earlier try
                return SendOutcome.sent(None)
            return SendOutcome.permanent(_short(f"gateway refused ({answer.get('status_code')}): {error}"))
        return SendOutcome.transient(_short(f"gateway's answer has no status: {answer!r}"))

    async def aclose(self) -> None:
        await self.client.aclose()
