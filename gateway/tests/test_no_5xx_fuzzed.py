"""Schemathesis over the gateway's merged OpenAPI, as an admin, against the real services (each on
its own PostgreSQL database): no input may give a 5xx, and every 4xx is problem+json.

It runs on a stack of its own, because an admin fuzzer creates users, products and holidays the
other gateway tests do not expect. The budget (PALLI_FUZZ_SECONDS, default 60) bounds the run;
the seed is printed so a finding can be replayed with `PALLI_FUZZ_SEED=...`."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import httpx


HERE = Path(__file__).parent
BUDGET = int(os.environ.get("PALLI_FUZZ_SECONDS", "60"))
# the fuzzer's own token must survive the run: signing out would turn the rest into 401s
SKIP = ["/v1/auth/logout"]


def test_fuzzed_requests_get_no_5xx_and_problem_json_4xx(own_stack, tmp_path):
    seed = int(os.environ.get("PALLI_FUZZ_SEED") or random.randrange(2**31))
    with own_stack() as stack:
        r = httpx.post(f"{stack.gateway_url}/v1/auth/token", data={"grant_type": "password", "username": stack.settings.admin_username,
                                                                        "password": stack.settings.admin_password.get_secret_value()})
        token = r.json()["access_token"]
        st = Path(sys.executable).with_name("st")
        cmd = [
            str(st), "run", f"{stack.gateway_url}/openapi.json", "--url", stack.gateway_url,
            "-H", f"Authorization: Bearer {token}",
            "--checks", "not_a_server_error,client_errors_are_problems",
            "--phases", "examples,coverage,fuzzing", "--max-time", str(BUDGET), "--max-examples", "20",
            "--seed", str(seed), "--no-shrink", "--request-timeout", "20", "--workers", "1",
            "--suppress-health-check", "all", "--warnings", "off", "--output-truncate", "true",
            "--report", "junit", "--report-dir", str(tmp_path),
            *[a for p in SKIP for a in ("--exclude-path", p)],
        ]
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "problem_check", "PYTHONPATH": str(HERE / "fuzz")}
        done = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=BUDGET + 240)
    print(f"schemathesis seed {seed}\n{done.stdout[-6000:]}")
    assert done.returncode == 0, f"seed {seed}:\n{done.stdout[-20000:]}\n{done.stderr[-3000:]}"
