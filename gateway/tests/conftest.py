"""A real stack for gateway tests: the gateway and the members, lending, ledger and notifications
services, each on its own port and PostgreSQL database, verifying the gateway's internal tokens from
its JWKS URL. No broker: consumers, relays and the SMS dispatcher are off; tests write what events
would have brought straight into a service's database."""

from __future__ import annotations

import itertools
import random
import uuid
import sys
from pathlib import Path
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass

import httpx
import pytest

from palli_common.migrations import upgrade
from palli_common.testing.broker import free_port
from palli_common.testing.servers import ServerThread
from palli_gateway.auth.passwords import Passwords
from palli_gateway.main import create_app
from palli_gateway.settings import SERVICE_PREFIXES, GatewaySettings, Upstream
from palli_ledger.main import create_app as create_ledger
from palli_ledger.settings import LedgerSettings
from palli_lending.main import create_app as create_lending
from palli_lending.settings import LendingSettings
from palli_members.main import create_app as create_members
from palli_members.settings import MembersSettings
from palli_notifications.main import create_app as create_notifications
from palli_notifications.settings import NotificationsSettings
from palli_savings.main import create_app as create_savings
from palli_savings.settings import SavingsSettings
from palli_marketplace.main import create_app as create_marketplace
from palli_marketplace.settings import MarketplaceSettings
from palli_webhooks.main import create_app as create_webhooks
from palli_webhooks.settings import WebhooksSettings
from palli_training.main import create_app as create_training
from palli_training.settings import TrainingSettings

sys.path.insert(0, str(Path(__file__).parent))  # the walk's setups per service (walk_training.py) import as plain modules

ADMIN = ("root-admin", "root-admin-password")
PASSWORD = "correct horse battery staple"
FAST_HASH = {"argon2_time_cost": 1, "argon2_memory_kib": 1024}  # the real cost is checked in test_passwords
_seq = itertools.count(1)


def gateway_settings(database_url: str, members_url: str, lending_url: str | None = None, *, ledger_url: str | None = None,
                     notifications_url: str | None = None, savings_url: str | None = None, training_url: str | None = None,
                     marketplace_url: str | None = None, webhooks_url: str | None = None, **over) -> GatewaySettings:
    urls = {"members": members_url, "lending": lending_url, "ledger": ledger_url, "notifications": notifications_url,
            "savings": savings_url, "training": training_url, "marketplace": marketplace_url, "webhooks": webhooks_url}
    values = dict(
        database_url=database_url, environment="test", log_json=False, log_level="WARNING",
        routes=[Upstream(prefix=p, service=name, url=urls[name], timeout=5)
                for (name, _), prefixes in SERVICE_PREFIXES.items() if urls.get(name) for p in prefixes],
        admin_username=ADMIN[0], admin_password=ADMIN[1], key_secret="test-key-secret",
        rate_limit_per_address="100000/minute", rate_limit_per_principal="100000/minute", rate_limit_token_endpoint="100000/minute",
        audit_flush_seconds=0.05, key_reload_seconds=0.5, **FAST_HASH,
        # every service runs in this one process here: the first build of eight OpenAPI documents shares one GIL
        openapi_fetch_timeout=20.0,
    )
    values.update(over)
    return GatewaySettings(**values)


@dataclass
class Stack:
    gateway_url: str
    members_url: str
    gateway_db: str
    settings: GatewaySettings
    lending_db: str
    ledger_db: str
    notifications_db: str
    savings_db: str
    training_db: str
    marketplace_db: str
    webhooks_db: str = ""


@pytest.fixture(scope="session")
def stack(make_database: Callable[[str], str]) -> Iterator[Stack]:
    with running_stack(make_database) as s:
        yield s


@contextmanager
def running_stack(make_database: Callable[[str], str]) -> Iterator[Stack]:
    """A stack of its own, for tests that would disturb the shared one (e.g. a fuzzer acting as admin)."""
    gateway_db = make_database("gateway")
    dbs = {"members": make_database("gwmembers"), "lending": make_database("gwlending"), "ledger": make_database("gwledger"),
           "notifications": make_database("gwnotify"), "savings": make_database("gwsavings"), "training": make_database("gwtraining"),
           "marketplace": make_database("gwmarket"), "webhooks": make_database("gwwebhooks")}
    upgrade("palli_gateway", gateway_db)
    for name, url in dbs.items():
        upgrade(f"palli_{name}", url)
    gport = free_port()
    ports = {name: free_port() for name in dbs}
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    settings = gateway_settings(gateway_db, urls["members"], urls["lending"], ledger_url=urls["ledger"],
                                notifications_url=urls["notifications"], savings_url=urls["savings"], training_url=urls["training"],
                                marketplace_url=urls["marketplace"], webhooks_url=urls["webhooks"], port=gport)
    # no broker here: lending's copies of groups and members, notifications' contacts and messages are written by the tests
    common = dict(relay_enabled=False, consumers_enabled=False, environment="test", log_json=False, log_level="WARNING",
                  internal_jwks=f"http://127.0.0.1:{gport}/.well-known/jwks.json")
    apps = {
        "members": create_members(MembersSettings(database_url=dbs["members"], **common)),
        "lending": create_lending(LendingSettings(database_url=dbs["lending"], **common)),
        "ledger": create_ledger(LedgerSettings(database_url=dbs["ledger"], **common)),
        "notifications": create_notifications(NotificationsSettings(database_url=dbs["notifications"], dispatcher_enabled=False, **common)),
        "savings": create_savings(SavingsSettings(database_url=dbs["savings"], **common)),
        "training": create_training(TrainingSettings(database_url=dbs["training"], **common)),
        "marketplace": create_marketplace(MarketplaceSettings(database_url=dbs["marketplace"], **common)),
        "webhooks": create_webhooks(WebhooksSettings(database_url=dbs["webhooks"], worker_enabled=False,
                                                     secret_key="test-webhooks-secret-key", **common)),
    }
    with ServerThread(create_app(settings), gport), ExitStack() as services:
        for name, app in apps.items():
            services.enter_context(ServerThread(app, ports[name]))
        yield Stack(f"http://127.0.0.1:{gport}", urls["members"], gateway_db, settings, dbs["lending"], dbs["ledger"], dbs["notifications"],
                    dbs["savings"], dbs["training"], dbs["marketplace"], dbs["webhooks"])


class Api:
    """A client of the running gateway with helpers to sign in and to create users and clients."""

    def __init__(self, http: httpx.AsyncClient):
        self.http = http
        self._admin: str | None = None

    async def token(self, username: str, password: str = PASSWORD) -> dict:
        r = await self.http.post("/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
        assert r.status_code == 200, r.text
        return r.json()

    async def admin(self) -> dict[str, str]:
        if self._admin is None:
            self._admin = (await self.token(*ADMIN))["access_token"]
        return {"Authorization": f"Bearer {self._admin}"}

    async def user(self, roles: list[str], branch_id: str | None = None) -> dict:
        name = f"user{next(_seq)}-{random.randint(0, 10**6)}"
        body = {"username": name, "full_name": name, "password": PASSWORD, "roles": roles, "branch_id": branch_id}
        r = await self.http.post("/v1/auth/users", json=body, headers=await self.admin())
        assert r.status_code == 201, r.text
        return r.json()

    async def headers_for(self, roles: list[str], branch_id: str | None = None) -> dict[str, str]:
        user = await self.user(roles, branch_id)
        return {"Authorization": f"Bearer {(await self.token(user['username']))['access_token']}"}

    async def client(self, scopes: list[str], branch_ids: list[str] | None = None) -> dict:
        r = await self.http.post("/v1/auth/clients", json={"name": "Partner NGO", "scopes": scopes, "branch_ids": branch_ids}, headers=await self.admin())
        assert r.status_code == 201, r.text
        return r.json()

    async def client_headers(self, scopes: list[str], branch_ids: list[str] | None = None) -> dict[str, str]:
        c = await self.client(scopes, branch_ids)
        r = await self.http.post("/v1/auth/token", data={"grant_type": "client_credentials", "client_id": c["client_id"], "client_secret": c["client_secret"]})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    async def branch(self) -> dict:
        body = {"code": f"G{uuid.uuid4().hex[:8]}", "name": "Porabari branch", "district": "Tangail", "upazila": "Tangail Sadar"}
        r = await self.http.post("/v1/branches", json=body, headers=await self.admin())
        assert r.status_code == 201, r.text
        return r.json()


@pytest.fixture
async def api(stack: Stack) -> AsyncIterator[Api]:
    async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=30) as http:
        yield Api(http)


@pytest.fixture(scope="session")
def passwords() -> Passwords:
    return Passwords(time_cost=1, memory_kib=1024)


@pytest.fixture
def own_stack(make_database: Callable[[str], str]) -> Callable[[], AbstractContextManager[Stack]]:
    """`with own_stack() as stack:` a stack no other test shares."""
    return lambda: running_stack(make_database)
