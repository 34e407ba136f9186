"""The set-based job's rounding expressions on PostgreSQL against Python's decimal, which the
account-by-account path uses: DECIMAL64 then HALF_EVEN to 9 places, and HALF_EVEN to the poisha.
Their fast paths (one round()) must give way to the exact roundings at and around every tie."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from palli_savings.adapters.interest_sql import decimal64_9, half_even_2
from palli_savings.domain.interest import DECIMAL64

NINE, CENT = Decimal("0.000000001"), Decimal("0.01")


def near_ties(rng: random.Random) -> list[Decimal]:
    """Values at 9-place ties, and a DECIMAL64 last place or less either side of them, at every scale."""
    values = []
    for exponent in range(-9, 9):
        for _ in range(6):
            tie = Decimal(rng.randrange(0, 10**6)).scaleb(-9) + Decimal(rng.randrange(0, 10 ** max(0, exponent + 9))) + Decimal("5e-10")
            ulp = Decimal(1).scaleb(tie.adjusted() - 15)
            values += [tie, tie + ulp / 2, tie - ulp / 2, tie + ulp, tie - ulp, tie + ulp / 3, tie - ulp * Decimal("0.51")]
    return [v for v in values if v >= 0]


def plain(rng: random.Random) -> list[Decimal]:
    """Products like a run's balance x its factor: many places, every magnitude up to 10^8."""
    return [Decimal(rng.randrange(0, 10**12)) * Decimal(rng.randrange(1, 10**20)).scaleb(-30 + rng.randrange(0, 12))
            for _ in range(400)]


async def evaluate(url: str, expression: str, values: list[Decimal]) -> list[Decimal]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(text(f"SELECT {expression} FROM (SELECT CAST(x AS numeric) AS v, n FROM unnest(CAST(:xs AS text[])) "
                                           f"WITH ORDINALITY AS u(x, n)) s ORDER BY n"), dict(xs=[str(v) for v in values]))
            return [r[0] for r in rows]
    finally:
        await engine.dispose()


@pytest.fixture
def postgres_url(savings_db_url: str) -> str:
    if not savings_db_url.startswith("postgresql"):
        pytest.skip("the set-based path is PostgreSQL's")
    return savings_db_url


async def test_decimal64_then_nine_places_matches_python_at_and_around_ties(postgres_url):
    rng = random.Random(7)
    values = near_ties(rng) + plain(rng) + [Decimal(0), Decimal("0.0000000005"), Decimal("0.0000000015"), Decimal("123456.7890123455")]
    got = await evaluate(postgres_url, decimal64_9("v"), values)
    wanted = [DECIMAL64.plus(v).quantize(NINE, rounding=ROUND_HALF_EVEN) for v in values]
    assert [(v, g) for v, g, w in zip(values, got, wanted, strict=True) if g != w] == []
    # the ties did reach the exact path: HALF_EVEN keeps an even last digit where round() would not
    assert await evaluate(postgres_url, decimal64_9("v"), [Decimal("0.0000000005"), Decimal("1.0000000025")]) == \
        [Decimal(0), Decimal("1.000000002")]


async def test_half_even_to_the_poisha_matches_python(postgres_url):
    rng = random.Random(11)
    values = [Decimal(rng.randrange(1, 10**12)).scaleb(-9) for _ in range(300)]
    values += [Decimal(rng.randrange(1, 10**6)) / 100 + Decimal("0.005") for _ in range(100)] + [Decimal("0.005"), Decimal("0.015")]
    got = await evaluate(postgres_url, half_even_2("v"), values)
    assert got == [v.quantize(CENT, rounding=ROUND_HALF_EVEN) for v in values]
