from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class WebhooksSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="WEBHOOKS_", env_file=".env", extra="ignore")

    service_name: str = "webhooks"
    database_url: str = "sqlite+aiosqlite:///.data/webhooks.db"
    port: int = 8008

    # Endpoints' signing secrets are kept encrypted with a key derived from this (Fernet); the
    # common settings refuse the dev-only default outside development.
    secret_key: SecretStr = SecretStr("dev-only-webhooks-secret-key")
    # http://127.0.0.1, http://[::1] and http://localhost endpoints (a partner's receiver on the same
    # machine in development and tests); every other endpoint must be https. Refused in production.
    allow_local_http: bool = False
    secret_grace_seconds: int = Field(default=24 * 3600, ge=0, le=30 * 24 * 3600)  # a rotated-out secret keeps signing this long
    max_endpoints_per_owner: int = 20
    # Resolve an endpoint's host before each POST and refuse it while any address is private, loopback,
    # link-local or reserved (a public name pointed at the platform's own network). Off only in tests
    # whose HTTP transport is mocked (their hosts do not resolve).
    check_addresses: bool = True

    delivery_timeout: float = Field(default=10.0, gt=0, le=120)  # seconds for one POST, connect included
    retry_window_seconds: float = Field(default=24 * 3600, gt=0)  # retried until this long after the first attempt, then failed
    backoff_seconds: float = Field(default=30.0, gt=0)  # first retry after about this, doubling (plus up to 25% jitter)
    backoff_max_seconds: float = Field(default=3600.0, gt=0)
    # a `sending` delivery whose lease ran out (the worker died mid-send) is sent again, same Palli-Webhook-Id
    lease_seconds: float = Field(default=60.0, gt=0)

    worker_enabled: bool = True
    worker_batch_size: int = Field(default=50, ge=1, le=1000)
    worker_concurrency: int = Field(default=8, ge=1, le=100)  # POSTs in flight at once
    worker_poll_seconds: float = Field(default=1.0, gt=0)

    @model_validator(mode="after")
    def _sane(self) -> "WebhooksSettings":
        if self.allow_local_http and self.environment == "production":
            raise ValueError("WEBHOOKS_ALLOW_LOCAL_HTTP is for development and tests; production endpoints are https only")
        if self.lease_seconds <= self.delivery_timeout:
            # a lease shorter than a send would let a second worker send while the first still waits
            raise ValueError("WEBHOOKS_LEASE_SECONDS must be longer than WEBHOOKS_DELIVERY_TIMEOUT")
        return self
