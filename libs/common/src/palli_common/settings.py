"""Settings base: each service subclasses it with its own env prefix (MEMBERS_, LENDING_...).

A few settings are platform-wide and read without a prefix (KAFKA_BOOTSTRAP_SERVERS, PALLI_ENV...),
so ops set them once for every service; a prefixed variable still wins for one service.
"""

from __future__ import annotations

import os
from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

# field name -> unprefixed environment variable shared by every service
SHARED_ENV = {
    "environment": "PALLI_ENV",
    "kafka_bootstrap_servers": "KAFKA_BOOTSTRAP_SERVERS",
    "kafka_enable_idempotence": "KAFKA_ENABLE_IDEMPOTENCE",
    "kafka_security_protocol": "KAFKA_SECURITY_PROTOCOL",
    "kafka_sasl_mechanism": "KAFKA_SASL_MECHANISM",
    "kafka_sasl_username": "KAFKA_SASL_USERNAME",
    "kafka_sasl_password": "KAFKA_SASL_PASSWORD",
    "otlp_endpoint": "OTEL_EXPORTER_OTLP_ENDPOINT",
    "trace_sample_ratio": "TRACE_SAMPLE_RATIO",
    "log_level": "LOG_LEVEL",
    "internal_jwks": "INTERNAL_JWKS",
}

DEV_SECRET_PREFIX = "dev-only-"


class _SharedEnvSource(PydanticBaseSettingsSource):
    """Reads the platform-wide variables; ranked below the prefixed ones."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        env = SHARED_ENV.get(field_name)
        return (os.environ.get(env) if env else None), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {
            name: os.environ[env]
            for name, env in SHARED_ENV.items()
            if name in self.settings_cls.model_fields and env in os.environ
        }


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PALLI_", env_file=".env", extra="ignore")

    service_name: str = "palli"
    environment: Literal["development", "test", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///.data/palli.db"
    # Per service (LENDING_DB_POOL_SIZE...), per worker process: connections kept open, and how
    # many more a burst may open (closed again when it ends; default as many as the pool).
    # Keep it at least the requests served at once: a checkout beyond pool + overflow waits.
    db_pool_size: int = 10
    db_max_overflow: int | None = None
    # A pooled connection idle longer than this is pinged before use; 0 pings at every checkout.
    db_ping_idle_seconds: float = 10.0
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    # Real Kafka: on (exactly-once per partition from the producer). The bundled Tansu broker rejects it.
    kafka_enable_idempotence: bool = True
    # Production brokers authenticate every service (SASL over TLS) and ACLs limit each to its topics.
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    # uvicorn worker processes for `serve` (--workers overrides). Each has its own pool, relay and
    # consumers: the relays take turns through a PostgreSQL advisory lock (relay.py), the consumers
    # share their groups' partitions. SQLite allows one (its relay has no lock to share).
    workers: int = 1
    relay_enabled: bool = True
    relay_sweep_seconds: float = 1.0
    metrics_broker_seconds: float = 10.0  # /metrics asks the broker for consumer lag and DLQ depth at most this often
    relay_batch_size: int = 200
    consumers_enabled: bool = True
    # How long a fetch may wait for data. Kafka answers as soon as data arrives; the bundled Tansu
    # broker waits the full time, so a short wait keeps local latency low at little cost.
    kafka_fetch_max_wait_ms: int = 50
    kafka_topic_partitions: int = 3  # for topics this service creates (its own and their .dlq twins)
    consumer_max_attempts: int = 5
    consumer_backoff_seconds: float = 0.2
    # Apply each fetched batch in one transaction (falling back to one event per transaction on any
    # error): one commit per batch instead of per event when a consumer works off a backlog.
    consumer_batch_transactions: bool = True
    # Where the gateway's public keys are: its JWKS URL, or a JWKS file. Verifies internal tokens.
    internal_jwks: str = "http://127.0.0.1:8000/.well-known/jwks.json"
    otlp_endpoint: str | None = None
    trace_sample_ratio: float | None = Field(default=None, ge=0, le=1)  # None: all in development/test, 5% in production
    # A span per SQL statement (OpenTelemetry's SQLAlchemy instrumentation). Off by default without
    # an OTLP endpoint: no span leaves the process then, and the statement spans cost about a fifth
    # of a repayment's CPU. Request, publish and consume spans stay on: they carry the trace ids
    # into logs and events. True or false forces it.
    trace_sql: bool | None = None
    log_level: str = "INFO"
    log_json: bool = True

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, dotenv_settings, _SharedEnvSource(settings_cls), file_secret_settings)

    @model_validator(mode="after")
    def _no_default_secrets_outside_development(self) -> "ServiceSettings":
        if self.environment == "development":
            return self
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr) and value.get_secret_value().startswith(DEV_SECRET_PREFIX):
                prefix = self.model_config.get("env_prefix", "")
                raise ValueError(
                    f"{prefix}{name.upper()} still holds the development default; "
                    f"set a real secret when PALLI_ENV={self.environment}"
                )
        return self

    @property
    def traces_sql(self) -> bool:
        return self.trace_sql if self.trace_sql is not None else bool(self.otlp_endpoint)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
