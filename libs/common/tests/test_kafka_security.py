"""Every Kafka client gets the same connection options: plain by default, SASL over TLS when set."""

import pytest

from palli_common.kafka import connection_options, make_consumer, make_producer
from palli_common.settings import ServiceSettings


def test_default_is_plaintext_without_credentials():
    assert connection_options(ServiceSettings()) == {"security_protocol": "PLAINTEXT"}


async def test_sasl_ssl_passes_mechanism_credentials_and_tls_to_every_client(monkeypatch):
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "lending")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "s3cret")
    settings = ServiceSettings()
    options = connection_options(settings)
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == ("lending", "s3cret")
    assert options["ssl_context"] is not None
    assert "s3cret" not in repr(settings)  # the password is a secret in settings dumps and logs
    producer = make_producer(settings)
    assert producer.client._security_protocol == "SASL_SSL"
    assert producer.client._sasl_mechanism == "SCRAM-SHA-512"
    consumer = make_consumer(settings, "lending.loan", group_id="ledger")
    assert consumer._client._security_protocol == "SASL_SSL"


def test_sasl_without_credentials_is_refused_at_start(monkeypatch):
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    with pytest.raises(ValueError, match="KAFKA_SASL_MECHANISM"):
        connection_options(ServiceSettings())


def test_unknown_protocol_is_a_settings_error(monkeypatch):
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_TLS")
    with pytest.raises(ValueError):
        ServiceSettings()
