from typing import Literal

from pydantic import SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", env_file=".env", extra="ignore")

    service_name: str = "notifications"
    database_url: str = "sqlite+aiosqlite:///.data/notifications.db"
    port: int = 8007

    # "recording" (development): messages are stored in `recorded_sms`, nothing leaves the machine.
    # "http": an SSL Wireless-style JSON gateway (adapters/http_gateway.py).
    sms_provider: Literal["recording", "http"] = "recording"
    sms_http_url: str | None = None  # e.g. https://smsplus.sslwireless.com/api/v3/send-sms
    sms_http_api_token: SecretStr | None = None
    sms_http_username: str | None = None  # HTTP basic auth, for gateways that want it besides (or instead of) a token
    sms_http_password: SecretStr | None = None
    sms_sender_id: str = "PALLI"  # the masking name / sid the gateway registered for us
    sms_http_timeout: float = 10.0

    sms_max_attempts: int = 6  # sends tried before a message is failed (a resend starts again)
    sms_backoff_seconds: float = 2.0  # first retry after about this, doubling each time (plus up to 25% jitter)
    sms_backoff_max_seconds: float = 900.0
    sms_lease_seconds: float = 60.0  # a `sending` row unclaimed this long (the dispatcher died) is sent again

    dispatcher_enabled: bool = True
    dispatch_batch_size: int = 50
    dispatch_concurrency: int = 8  # provider calls in flight at once
    dispatch_poll_seconds: float = 2.0  # idle wait; a new message wakes the dispatcher at once

    template_max_segments: int = 3  # a template rendered with long sample values must fit in this many SMS parts

    @model_validator(mode="after")
    def _http_provider_is_configured(self) -> "NotificationsSettings":
        if self.environment == "production" and "sms_provider" not in self.model_fields_set:
            # the recording default sends nothing: in production that must be a choice, not an accident
            raise ValueError("NOTIFICATIONS_SMS_PROVIDER must be set when PALLI_ENV=production: http (with its URL and token), "
                             "or recording to keep messages without sending them")
        if self.sms_provider == "http":
            missing = [name for name in ("sms_http_url", "sms_http_api_token") if not getattr(self, name)]
            if missing:
                raise ValueError(f"NOTIFICATIONS_SMS_PROVIDER=http needs {', '.join('NOTIFICATIONS_' + m.upper() for m in missing)}")
        if self.sms_max_attempts < 1:
            raise ValueError("NOTIFICATIONS_SMS_MAX_ATTEMPTS must be at least 1")
        return self
