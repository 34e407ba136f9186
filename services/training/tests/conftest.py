"""Training fixtures: the app in-process on a fresh, migrated database (PostgreSQL and SQLite),
callers with internal identity tokens, members seeded as the members-event consumer keeps them,
and a `people` helper that builds the cast of a course (a master facilitator and a cohort)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from datetime import date

import httpx
import pytest

from palli_common.events import new_event
from palli_common.migrations import upgrade
from palli_members.contracts import events as mev
from palli_training.main import create_app
from palli_training.service.copies import on_member_event
from palli_training.settings import TrainingSettings
from palli_training.testing import TANGAIL, post_ok, youth_body

@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def training_db_url(request, make_database: Callable[[str], str], tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('training')}/training.db"
    else:
        url = make_database("training")
    upgrade("palli_training", url)
    return url


@pytest.fixture
async def app(training_db_url: str, internal_keys):
    settings = TrainingSettings(database_url=training_db_url, relay_enabled=False, consumers_enabled=False, environment="test",
                                log_json=False, log_level="WARNING", internal_jwks=str(internal_keys.jwks_path),
                                public_url="https://palli.example.org")
    application = create_app(settings)
    yield application
    await application.state.runtime.db.dispose()


@pytest.fixture
def client_as(app, internal_keys) -> Callable[..., httpx.AsyncClient]:
    def make(**identity) -> httpx.AsyncClient:  # noqa: ANN003
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://training", headers=internal_keys.headers(**identity))

    return make


@pytest.fixture
async def client(client_as) -> AsyncIterator[httpx.AsyncClient]:
    async with client_as(roles=["admin"]) as c:
        yield c


@pytest.fixture
def member(app) -> Callable:
    """`await member(gender=..., born=...)` -> (member_id, branch_id) as the consumer keeps her."""

    async def make(gender: str = "female", born: date = date(1995, 3, 1), status: str = "active") -> tuple[uuid.UUID, uuid.UUID]:
        member_id, branch_id = uuid.uuid4(), uuid.uuid4()
        fact = mev.MemberActivated(
            member_id=str(member_id), branch_id=str(branch_id), group_id=str(uuid.uuid4()), name_bn="রহিমা খাতুন", name_en="Rahima Khatun",
            gender=gender, date_of_birth=born, mobile="+8801712345678", division="Dhaka", district="Tangail", upazila="Mirzapur",
            union=None, household_monthly_income="12000.00", land_holding_decimals="10.00", status=status, joined_on=date(2026, 1, 15))
        async with app.state.runtime.db.uow() as uow:
            await on_member_event(uow, new_event(fact, aggregate_id=member_id, aggregate_version=2))
            await uow.commit()
        return member_id, branch_id

    return make


@pytest.fixture
def people(client) -> Callable:
    """`await people.master()` -> a master facilitator's id; `await people.cohort(programme, facilitator, n=3, starts_on=...)`."""

    class People:
        async def youth(self, **over) -> dict:  # noqa: ANN003
            return await post_ok(client, "/v1/training/participants", youth_body(**over), 201)

        async def master(self) -> dict:
            p = await self.youth(name="Farida Yasmin", born="1985-01-01")
            return await post_ok(client, "/v1/training/facilitators", {"participant_id": p["id"], "level": "master",
                                                                       "partner": "Palli head office"}, 201)

        async def cohort(self, programme: str, facilitator: dict, starts_on: date, n: int = 3, capacity: int = 25, every_days: int = 1,
                         **over) -> tuple[dict, list[dict]]:  # noqa: ANN003
            cohort = await post_ok(client, "/v1/training/cohorts", {
                "programme_id": programme, "facilitator_id": facilitator["id"], "name": f"Batch {uuid.uuid4().hex[:4]}",
                "partner": "Mirzapur Youth Forum", "address": TANGAIL, "place": "Mirzapur union hall", "capacity": capacity,
                "starts_on": starts_on.isoformat(), "every_days": every_days, **over}, 201)
            youths = [await self.youth(name=f"Youth {i} Akter") for i in range(n)]
            for y in youths:
                await post_ok(client, f"/v1/training/cohorts/{cohort['id']}/enrolments", {"participant_id": y["id"]}, 201)
            return cohort, youths

    return People()
