"""The compose file keeps what has no authentication of its own off the host: the broker has no
published port, advertises only its compose-network name and sits on an internal network;
PostgreSQL and Redis are published on the loopback address only. Services publish their ports:
every /v1 call needs the gateway's signed internal token.

Every long-running Palli container (a service or the gateway) has a health check, resource limits
and a database URL naming its own role, whose password the init script reads; the observability
profile brings the collector, Jaeger, Prometheus (scraping every one of them) and Grafana with its
datasources and a dashboard over the platform's metric names.

The structural checks read the YAML (PyYAML resolves the `<<` merge keys as Compose does), so they
run without docker-compose; `config -q` runs too where docker-compose is installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
COMPOSE = DEPLOY / "docker-compose.yml"
OBSERVABILITY = DEPLOY / "observability"


def services() -> dict:
    return yaml.safe_load(COMPOSE.read_text())["services"]


def palli_servers() -> dict[str, dict]:
    """Every long-running container built from a Palli Dockerfile: the services and the gateway
    (one-shot migrate and batch jobs have restart: "no")."""
    return {name: s for name, s in services().items() if "build" in s and s.get("restart") != "no"}


def port_of(service: dict) -> int:
    return int(service["ports"][0].split(":")[-1])


def database_url(name: str, service: dict) -> str:
    return service["environment"][f"{name.upper()}_DATABASE_URL"]


def test_every_service_and_the_gateway_is_there():
    expected = {"members", "lending", "savings", "training", "marketplace", "ledger", "notifications", "gateway"}
    assert expected <= set(palli_servers())
    for name in palli_servers():
        assert f"{name}-migrate" in services(), f"{name} has no migrate job"
        migrate = services()[f"{name}-migrate"]
        assert migrate["command"][-1] == "migrate" and migrate["restart"] == "no"
        assert palli_servers()[name]["depends_on"][f"{name}-migrate"]["condition"] == "service_completed_successfully"


def test_the_broker_is_reachable_only_inside_the_compose_network():
    kafka = services()["kafka"]
    assert "ports" not in kafka and kafka.get("network_mode") != "host"
    env = kafka["environment"]
    advertised = [listener.split("://", 1)[1] for listener in env["KAFKA_ADVERTISED_LISTENERS"].split(",")]
    assert all(address.startswith("kafka:") for address in advertised), advertised
    assert {name.split("://")[0] for name in env["KAFKA_LISTENERS"].split(",")} == {"INTERNAL", "CONTROLLER"}
    networks = yaml.safe_load(COMPOSE.read_text())["networks"]
    assert kafka["networks"] == ["internal"] and networks["internal"]["internal"] is True
    for name, service in palli_servers().items():  # everything that talks to the broker can reach it
        assert "internal" in service["networks"], name


@pytest.mark.parametrize("name", ["postgres", "redis"])
def test_stores_are_published_on_loopback_only(name: str):
    assert all(port.startswith("127.0.0.1:") for port in services()[name].get("ports", []))


@pytest.mark.parametrize("name", ["grafana", "prometheus", "jaeger"])
def test_observability_uis_are_published_on_loopback_only(name: str):
    assert all(port.startswith("127.0.0.1:") for port in services()[name].get("ports", []))


def test_every_server_has_a_health_check_on_its_own_port():
    for name, service in palli_servers().items():
        check = service.get("healthcheck")
        assert check and check.get("test"), f"{name} has no healthcheck"
        assert f"127.0.0.1:{port_of(service)}/readyz" in " ".join(check["test"]), name
        assert service["restart"] == "unless-stopped", name
    for name in ("kafka", "postgres", "redis", "prometheus", "grafana", "jaeger"):
        assert services()[name].get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def limits_of(service: dict) -> dict:
    return service.get("deploy", {}).get("resources", {}).get("limits", {})


def megabytes(size: str) -> float:
    number, unit = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmMgG])", size).groups()
    return float(number) * {"k": 1 / 1024, "m": 1, "g": 1024}[unit.lower()]


def test_every_container_has_resource_limits():
    for name, service in services().items():
        limits = limits_of(service)
        assert limits.get("cpus") and limits.get("memory"), f"{name} has no cpu/memory limits"
        assert 0 < float(limits["cpus"]) <= 4 and 64 <= megabytes(limits["memory"]) <= 4096, (name, limits)
    for name, service in palli_servers().items():
        assert megabytes(limits_of(service)["memory"]) == 256, name


def test_each_service_logs_in_as_its_own_role_to_its_own_database():
    seen_roles, seen_passwords = set(), set()
    postgres_env = services()["postgres"]["environment"]
    init = (DEPLOY / "postgres" / "init-databases.sh").read_text()
    listed = re.search(r'SERVICES="\$\{PALLI_DB_SERVICES:-([^}]*)\}"', init).group(1).split()
    for name, service in palli_servers().items():
        url = urlsplit(database_url(name, service))
        assert url.hostname == "postgres" and url.path == f"/{name}", (name, url.geturl())
        assert url.username == name, f"{name} connects as {url.username}, not its own role"
        variable = f"{name.upper()}_DB_PASSWORD"
        assert url.password == f"${{{variable}:-dev-only-{name}-db}}", (name, url.password)
        # the init script creates the role from the same variable the URL uses
        assert postgres_env[variable] == url.password and name in listed, name
        seen_roles.add(url.username)
        seen_passwords.add(url.password)
    assert len(seen_roles) == len(seen_passwords) == len(palli_servers())
    superuser = services()["postgres"]["environment"]["POSTGRES_USER"]
    assert all(superuser not in database_url(n, s) for n, s in palli_servers().items())
    # and no service's migrate or batch job sneaks in as another role
    for name, service in services().items():
        for key, value in service.get("environment", {}).items():
            if key.endswith("_DATABASE_URL"):
                owner = key.removesuffix("_DATABASE_URL").lower()
                assert urlsplit(value).username == owner == urlsplit(value).path.lstrip("/"), (name, key)


def test_the_init_script_isolates_the_databases():
    init = (DEPLOY / "postgres" / "init-databases.sh").read_text()
    services_mount = services()["postgres"]["volumes"]
    assert "./postgres/init-databases.sh:/docker-entrypoint-initdb.d/init-databases.sh:ro" in services_mount
    assert (DEPLOY / "postgres" / "init-databases.sh").stat().st_mode & 0o111, "the entrypoint runs it only if executable"
    for statement in ('REVOKE ALL ON DATABASE :"svc" FROM PUBLIC', "CREATE DATABASE %I OWNER %I", "PASSWORD :'pw'",
                      "REVOKE CONNECT ON DATABASE postgres FROM PUBLIC"):
        assert statement in init, statement


def test_services_send_traces_to_the_collector_over_otlp_http():
    collector = yaml.safe_load((OBSERVABILITY / "otel-collector.yaml").read_text())
    assert set(collector["receivers"]["otlp"]["protocols"]) == {"grpc", "http"}
    assert collector["service"]["pipelines"]["traces"]["receivers"] == ["otlp"]
    assert collector["exporters"]["otlp/jaeger"]["endpoint"] == "jaeger:4317"
    for name, service in palli_servers().items():
        endpoint = service["environment"]["OTEL_EXPORTER_OTLP_ENDPOINT"]
        # palli_common uses the OTLP/HTTP exporter, which takes the full URL of the traces endpoint
        assert endpoint.endswith("http://otel-collector:4318/v1/traces}"), (name, endpoint)


def test_the_observability_profile_has_its_services():
    for name, image in {"otel-collector": "otel/opentelemetry-collector-contrib:", "jaeger": "jaegertracing/all-in-one:",
                        "prometheus": "prom/prometheus:", "grafana": "grafana/grafana:"}.items():
        service = services()[name]
        assert service["profiles"] == ["observability"], name
        assert service["image"].startswith(image) and not service["image"].endswith(":latest"), name
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (DEPLOY / source).exists(), f"{name} mounts {source}, which is not there"


def test_prometheus_scrapes_metrics_on_every_service_and_the_gateway():
    config = yaml.safe_load((OBSERVABILITY / "prometheus.yml").read_text())
    targets = {
        target
        for job in config["scrape_configs"] if job.get("metrics_path", "/metrics") == "/metrics"
        for group in job.get("static_configs", []) for target in group["targets"]
    }
    for name, service in palli_servers().items():
        assert f"{name}:{port_of(service)}" in targets, f"Prometheus does not scrape {name}"


DASHBOARD_METRICS = [
    "palli_http_requests_total", "palli_http_request_duration_seconds_bucket", "palli_outbox_backlog",
    "palli_relay_lag_seconds", "palli_consumer_lag", "palli_dlq_depth", "palli_business_events_total",
]


def test_grafana_is_provisioned_with_the_dashboard():
    provisioning = OBSERVABILITY / "grafana" / "provisioning"
    sources = yaml.safe_load((provisioning / "datasources" / "datasources.yaml").read_text())["datasources"]
    assert {(s["type"], s["url"]) for s in sources} >= {("prometheus", "http://prometheus:9090"), ("jaeger", "http://jaeger:16686")}
    providers = yaml.safe_load((provisioning / "dashboards" / "dashboards.yaml").read_text())["providers"]
    assert providers[0]["options"]["path"] == "/var/lib/grafana/dashboards"
    dashboards = list((OBSERVABILITY / "grafana" / "dashboards").glob("*.json"))
    assert dashboards
    board = json.loads(dashboards[0].read_text())
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    for metric in DASHBOARD_METRICS:
        assert any(re.search(rf"\b{metric}\b", e) for e in exprs), f"no panel shows {metric}"
    assert any("histogram_quantile(0.99" in e for e in exprs) and any("histogram_quantile(0.5" in e for e in exprs)
    assert any("histogram_quantile(0.95" in e for e in exprs)
    assert any('type="lending.loan.repayment_received"' in e for e in exprs) and any('type="ledger.journal.posted"' in e for e in exprs)
    assert any("route" in e and 'status=~"5.."' in e for e in exprs), "no errors-by-route panel"
    for e in exprs:  # a typo'd family would draw an empty panel, not fail
        for name in re.findall(r"\bpalli_[a-z_]+", e):
            assert name in DASHBOARD_METRICS, f"{name} is not one of the platform's metrics"
        assert e.count("(") == e.count(")") and e.count("{") == e.count("}"), e
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))


def compose(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["docker-compose", "-f", str(COMPOSE), *args], capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose is not installed")
@pytest.mark.parametrize("profiles", [[], ["--profile", "observability"], ["--profile", "observability", "--profile", "jobs"]])
def test_the_compose_file_is_valid(profiles: list[str]):
    done = compose(*profiles, "config", "-q")
    assert done.returncode == 0, done.stderr



def test_prometheus_scrapes_the_gateway_with_its_metrics_token():
    """The gateway faces the internet: its /metrics answers only GATEWAY_METRICS_TOKEN's bearer."""
    config = yaml.safe_load((OBSERVABILITY / "prometheus.yml").read_text())
    [job] = [j for j in config["scrape_configs"] if any("gateway:8000" in t for g in j.get("static_configs", []) for t in g["targets"])]
    token_file = job["authorization"]["credentials_file"]
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    prometheus, gateway = compose["services"]["prometheus"], compose["services"]["gateway"]
    assert "GATEWAY_METRICS_TOKEN" in gateway["environment"]
    assert token_file in " ".join(prometheus["entrypoint"]) and "GATEWAY_METRICS_TOKEN" in prometheus["environment"]


def test_the_dashboards_business_counters_are_event_types_the_services_publish():
    """A panel on an event type nobody publishes would sit at zero for ever."""
    published = set()
    for contracts in (DEPLOY.parent / "services").glob("*/src/*/contracts/events.py"):
        published |= set(re.findall(r'event_type\s*=\s*"([a-z_.]+)"', contracts.read_text()))
    board = json.loads((OBSERVABILITY / "grafana" / "dashboards" / "palli-overview.json").read_text())
    named = set(re.findall(r'type=\\?"([a-z_.]+)\\?"', json.dumps(board)))
    assert named and named <= published, named - published
