#!/usr/bin/env python3
"""Regenerate the partners' Python client (clients/python/palli-client) from the gateway's merged OpenAPI document.

    .venv/bin/python scripts/generate_client.py           # build the document offline, generate, add the webhooks helper
    .venv/bin/python scripts/generate_client.py --url http://127.0.0.1:8000/openapi.json   # from a running gateway instead
    .venv/bin/python scripts/generate_client.py --check   # exit 1 when the committed client is not what would be generated

Offline, the document is what the gateway's `GET /openapi.json` serves, built the same way: every
service's `create_app().openapi()` (each services/<name>/src/palli_<name>/main.py, on throwaway SQLite
settings: nothing is connected to) and the gateway's own, merged by `palli_gateway.openapi.merge_openapi`
with the gateway's permission table, so only the routes partners and staff can call are in it.
It is kept at clients/python/openapi.json beside the client.

The generator is openapi-python-client (pinned in clients/python/generator-requirements.txt, settings in
clients/python/generator-config.yml). It runs in a virtualenv of its own, .data/venvs/openapi-python-client,
made on first use: it wants typer<0.28, and the platform pins typer 0.29. The webhooks signature helper
(clients/python/extras/webhooks.py) is copied into the generated package as `palli_client.webhooks`.
The one warning it gives is expected: the credential QR code (image/svg+xml) has no typed response, so
`qr_v1_training_verify_code_qr_svg_get` returns the raw `Response` (its `content` is the SVG).
"""

from __future__ import annotations

import argparse
import filecmp
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ROOT / "clients" / "python"
DOCUMENT = CLIENTS / "openapi.json"
TARGET = CLIENTS / "palli-client"
PACKAGE = "palli_client"
HELPER = CLIENTS / "extras" / "webhooks.py"
GENERATOR_VENV = ROOT / ".data" / "venvs" / "openapi-python-client"


def services() -> list[str]:
    return sorted(p.parent.parent.parent.name for p in ROOT.glob("services/*/src/palli_*/main.py"))


def offline_document(workdir: Path) -> dict:
    """The merged public document from the apps themselves, as the gateway builds it."""
    os.environ.setdefault("PALLI_ENV", "development")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    for name in services():  # settings read <NAME>_DATABASE_URL: a throwaway file nothing ever opens
        os.environ[f"{name.upper()}_DATABASE_URL"] = f"sqlite+aiosqlite:///{workdir}/{name}.db"
    from palli_gateway.main import _access, create_app
    from palli_gateway.openapi import merge_openapi
    from palli_gateway.settings import GatewaySettings

    settings = GatewaySettings(database_url=f"sqlite+aiosqlite:///{workdir}/gateway.db")
    gateway = create_app(settings)
    specs = {name: importlib.import_module(f"palli_{name}.main").create_app().openapi() for name in services()}
    return merge_openapi(gateway.openapi(), specs, _access, title="Palli API", version="1.0.0", public_url=settings.public_url)


def fetched_document(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the operator's own gateway
        return json.load(response)


def generator() -> Path:
    exe = GENERATOR_VENV / "bin" / "openapi-python-client"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(GENERATOR_VENV)], check=True)
        subprocess.run([str(GENERATOR_VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", "-r",
                        str(CLIENTS / "generator-requirements.txt")], check=True)
    return exe


def for_generator(document: dict) -> dict:
    """The generator names a model after its schema's `title`, not its component name; where the
    gateway renamed a component to keep two services' apart (`Lending_ReverseIn` beside the
    ledger's `ReverseIn`), both still say title "ReverseIn" and the second would be dropped. Each
    component's title becomes its (unique) name."""
    copy = json.loads(json.dumps(document))
    for name, schema in (copy.get("components", {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            schema["title"] = name
    return copy


def generate(document: Path, into: Path) -> Path:
    out = into / "palli-client"
    source = into / "for-generator.json"
    source.write_text(json.dumps(for_generator(json.loads(document.read_text(encoding="utf-8")))), encoding="utf-8")
    document = source
    env = {**os.environ, "PATH": f"{GENERATOR_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}  # its post hooks run ruff
    subprocess.run([str(generator()), "generate", "--path", str(document), "--output-path", str(out), "--meta", "setup",
                    "--config", str(CLIENTS / "generator-config.yml")], check=True, env=env, cwd=into)
    shutil.copyfile(HELPER, out / PACKAGE / "webhooks.py")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)  # the post hooks' cache, not the client
    return out


def differences(a: Path, b: Path) -> list[str]:
    compared = filecmp.dircmp(a, b, ignore=["__pycache__", ".ruff_cache"])
    out = [f"only in {compared.left}: {n}" for n in compared.left_only] + [f"only in {compared.right}: {n}" for n in compared.right_only]
    out += [str(Path(compared.left) / n) for n in compared.diff_files]
    for sub in compared.common_dirs:
        out += differences(a / sub, b / sub)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="read the merged document from a running gateway instead of building it")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if the committed client is out of date")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        document = fetched_document(args.url) if args.url else offline_document(work)
        text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        (work / "openapi.json").write_text(text, encoding="utf-8")
        generated = generate(work / "openapi.json", work)
        if args.check:
            stale = differences(generated, TARGET) if TARGET.exists() else [f"{TARGET} is missing"]
            if not DOCUMENT.exists() or DOCUMENT.read_text(encoding="utf-8") != text:
                stale.append(str(DOCUMENT))
            for line in stale:
                print(f"out of date: {line}")
            return 1 if stale else 0
        DOCUMENT.write_text(text, encoding="utf-8")
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(generated, TARGET)
    print(f"{TARGET.relative_to(ROOT)}: generated from {args.url or 'the apps (offline)'}; document at {DOCUMENT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
