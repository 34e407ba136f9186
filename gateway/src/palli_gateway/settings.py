from pydantic import AliasChoices, BaseModel, Field, SecretStr
from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class Upstream(BaseModel):
    """A public path prefix under /v1 and the service that owns it."""

    prefix: str  # e.g. "/v1/members"; matched on whole path segments
    service: str  # e.g. "members"
    url: str  # e.g. "http://127.0.0.1:8001"
    timeout: float = 10.0  # seconds the service may stay silent (connect excluded) before 504


SERVICE_PREFIXES = {  # the embedded defaults: every service on 127.0.0.1 at its port from `make up`
    ("members", "http://127.0.0.1:8001"): ("/v1/branches", "/v1/groups", "/v1/members"),
    ("lending", "http://127.0.0.1:8002"): ("/v1/loan-products", "/v1/loans", "/v1/collection-sheets", "/v1/portfolio", "/v1/holidays"),
    ("savings", "http://127.0.0.1:8003"): ("/v1/savings",),
    ("training", "http://127.0.0.1:8004"): ("/v1/training",),
    ("marketplace", "http://127.0.0.1:8005"): ("/v1/marketplace",),
    ("ledger", "http://127.0.0.1:8006"): ("/v1/ledger",),
    ("notifications", "http://127.0.0.1:8007"): ("/v1/notifications",),
    ("webhooks", "http://127.0.0.1:8008"): ("/v1/webhooks",),
}


def _default_routes() -> list[Upstream]:
    return [Upstream(prefix=p, service=name, url=url) for (name, url), prefixes in SERVICE_PREFIXES.items() for p in prefixes]


class GatewaySettings(ServiceSettings):
    # GATEWAY_ROUTES is JSON: [{"prefix": "/v1/members", "service": "members", "url": "http://members:8001"}]
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env", extra="ignore", populate_by_name=True)

    service_name: str = "gateway"
    database_url: str = "sqlite+aiosqlite:///.data/gateway.db"
    host: str = "127.0.0.1"
    port: int = 8000
    routes: list[Upstream] = _default_routes()
    public_url: str = "http://127.0.0.1:8000"  # what partners see in the OpenAPI servers list
    # Prometheus's bearer token for the gateway's /metrics; unset, /metrics is shut in production
    metrics_token: SecretStr | None = None
    connect_timeout: float = 2.0  # a service that does not accept a connection in time gives 502
    # Load balancers whose X-Forwarded-For is believed (uvicorn's forwarded_allow_ips), so limits and the
    # audit see the caller's address; empty: nobody's, the socket address counts.
    trusted_proxies: str = ""

    # tokens
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    client_token_minutes: int = 60
    key_reload_seconds: float = 60.0  # how soon a replica signs with a key rotated elsewhere  # `palli-gateway keys rotate`; retired keys stay published until their tokens expire
    # Encrypts signing keys at rest in the gateway database (Fernet, derived from this secret).
    key_secret: SecretStr = SecretStr("dev-only-gateway-key-secret")

    # first admin, created when no admin exists
    admin_username: str | None = Field(default=None, validation_alias=AliasChoices("ADMIN_USERNAME", "GATEWAY_ADMIN_USERNAME"))
    admin_password: SecretStr | None = Field(default=None, validation_alias=AliasChoices("ADMIN_PASSWORD", "GATEWAY_ADMIN_PASSWORD"))
    # argon2id cost (RFC 9106's second recommended setting by default: 3 passes over 64 MiB)
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536

    # failed logins: after `login_max_failures` in a row the account locks, doubling from `login_lock_seconds`
    login_max_failures: int = 5
    login_lock_seconds: int = 60

    # limits (the `limits` library's notation); storage: memory:// or async+redis://host:6379
    rate_limit_storage: str = "memory://"
    rate_limit_per_address: str = "600/minute"
    rate_limit_per_principal: str = "1200/minute"
    rate_limit_token_endpoint: str = "20/minute"  # per address, on /v1/auth/token
    max_body_bytes: int = 1_048_576
    # seconds a service may take to send its OpenAPI document for the merged /openapi.json
    openapi_fetch_timeout: float = Field(default=2.0, gt=0, le=60)
    cors_origins: list[str] = []

    idempotency_hours: int = 24
    audit_flush_seconds: float = 0.2

