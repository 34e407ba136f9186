"""The recording provider sends nothing, so production must choose a provider out loud."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from palli_notifications.settings import NotificationsSettings


def test_production_needs_an_explicit_provider(monkeypatch):
    monkeypatch.delenv("NOTIFICATIONS_SMS_PROVIDER", raising=False)
    with pytest.raises(ValidationError, match="NOTIFICATIONS_SMS_PROVIDER must be set"):
        NotificationsSettings(environment="production")
    assert NotificationsSettings(environment="development").sms_provider == "recording"
    monkeypatch.setenv("NOTIFICATIONS_SMS_PROVIDER", "recording")
    assert NotificationsSettings(environment="production").sms_provider == "recording"


def test_the_http_provider_needs_its_url_and_token(monkeypatch):
    monkeypatch.delenv("NOTIFICATIONS_SMS_HTTP_URL", raising=False)
    with pytest.raises(ValidationError, match="NOTIFICATIONS_SMS_HTTP_URL"):
        NotificationsSettings(sms_provider="http")
    ok = NotificationsSettings(sms_provider="http", sms_http_url="https://sms.example.org/send", sms_http_api_token="t")
    assert ok.sms_provider == "http"
