"""The net under every route's own bounds: a value the database refuses (beyond a column's range)
is the input's fault, a 422 problem, never a 500."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from sqlalchemy import Integer, bindparam, select, text

from palli_common.db import Database
from palli_common.problems import install_problem_handlers


async def test_a_value_beyond_an_int4_parameter_is_a_422_problem(backbone_db_url):
    db = Database(backbone_db_url)
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/count")
    async def count(n: int):  # deliberately unbounded: the database is the last line
        async with db.engine.connect() as conn:
            return {"n": (await conn.execute(select(bindparam("n", type_=Integer)), {"n": n})).scalar_one()}

    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://t") as c:
            assert (await c.get("/count", params={"n": 7})).json() == {"n": 7}
            r = await c.get("/count", params={"n": 4739495239631})
    finally:
        await db.dispose()
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["errors"][0]["field"] == "request"


async def test_server_side_data_exceptions_are_422_and_other_database_errors_stay_500(backbone_db_url):
    db = Database(backbone_db_url)
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/short")
    async def short(s: str):  # a varchar(3) column refuses more: SQLSTATE 22001 from the server
        async with db.engine.begin() as conn:
            await conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS short_text (s varchar(3))"))
            await conn.execute(text("INSERT INTO short_text VALUES (:s)"), {"s": s})
        return {"s": s}

    @app.get("/broken")
    async def broken():  # a server bug, not the input's fault
        async with db.engine.connect() as conn:
            await conn.execute(text("SELECT * FROM no_such_table"))

    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://t") as c:
            fits = await c.get("/short", params={"s": "abc"})
            over = await c.get("/short", params={"s": "x" * 10})
            bug = await c.get("/broken")
    finally:
        await db.dispose()
    assert fits.status_code == 200
    assert over.status_code == 422 and over.json()["errors"][0]["field"] == "request"
    assert bug.status_code == 500 and bug.headers["content-type"].startswith("application/problem+json")
