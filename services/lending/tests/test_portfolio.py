"""Portfolio at risk and the arrears list: the figures equal a direct Python count over the same
loan rows, for every grouping; provisions round HALF_EVEN to the poisha; branch scope is applied in
SQL and a branch outside it is 403; bad input is 422 naming the field."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from sqlalchemy import func, select

from palli_common.db import Database
from palli_common.migrations import upgrade
from palli_common.testing.http import assert_problem
from palli_lending.adapters.tables import ClassificationBucket, Loan, LoanProduct

BUCKETS = [("standard", 0, "1.00"), ("watchful", 30, "5.00"), ("substandard", 60, "20.00"), ("doubtful", 180, "50.00"),
           ("bad", 360, "100.00")]
PERCENT = {n: Decimal(p) for n, _, p in BUCKETS}
MIN_DAYS = {n: d for n, d, _ in BUCKETS}


@pytest.fixture(scope="module", params=["postgresql", "sqlite"])
def lending_db_url(request, make_database, tmp_path_factory) -> str:
    """This module's own database: no other module's close of business rewrites these loans."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('portfolio')}/lending.db"
    else:
        url = make_database("lending_portfolio")
    upgrade("palli_lending", url)
    return url


@pytest.fixture
async def db(app) -> Database:
    database = app.state.runtime.db
    async with database.sessions() as s:  # migration 0002 seeds them; until it lands, seed them the same way
        if not (await s.execute(select(func.count()).select_from(ClassificationBucket))).scalar_one():
            s.add_all(ClassificationBucket(name=n, min_days_past_due=d, provision_percent=Decimal(p)) for n, d, p in BUCKETS)
            await s.commit()
    return database


def classify(dpd: int) -> str:
    return max((b for b in BUCKETS if b[1] <= dpd), key=lambda b: b[1])[0]


class Book:
    """Loans written straight into the table with their running summary, as close of business leaves it."""

    def __init__(self, db: Database):
        self.db = db
        self.products: list[LoanProduct] = []

    async def product(self) -> LoanProduct:
        now = datetime.now(UTC)
        product = LoanProduct(
            id=uuid.uuid4(), code=f"P-{uuid.uuid4().hex[:6]}", name="Test", interest_method="flat", amortisation="equal_installments",
            frequencies=["weekly"], min_amount=100_000, max_amount=10_000_000, min_installments=1, max_installments=52,
            min_rate=Decimal("10"), max_rate=Decimal("24"), default_rate=Decimal("20"), created_at=now, updated_at=now,
        )
        async with self.db.sessions() as s:
            s.add(product)
            await s.commit()
        self.products.append(product)
        return product

    async def loans(self, specs: list[dict]) -> list[Loan]:
        now = datetime.now(UTC)
        rows = []
        for spec in specs:
            dpd = spec.get("dpd", 0)
            outstanding = spec.get("outstanding", 100_000)
            rows.append(Loan(
                id=uuid.uuid4(), member_id=spec.get("member_id", uuid.uuid4()), group_id=spec.get("group_id", uuid.uuid4()),
                branch_id=spec["branch"], product_id=spec["product"].id, field_officer_id=spec.get("officer"),
                status=spec.get("status", "active"), principal=outstanding + 10_000, annual_rate=Decimal("20"), frequency="weekly",
                installments=10, applied_by="t", applied_at=now, outstanding_principal=outstanding, outstanding_interest=outstanding // 10,
                overdue_principal=min(outstanding, 5_000) if dpd else 0, overdue_interest=500 if dpd else 0, days_past_due=dpd,
                classification=spec.get("classification", classify(dpd)), arrears_since=date(2025, 6, 30) - timedelta(days=dpd) if dpd else None,
                next_due_on=date(2025, 7, 7), created_at=now, updated_at=now,
            ))
        async with self.db.sessions() as s:
            s.add_all(rows)
            await s.commit()
        return rows

    async def random_portfolio(self, branches: list[uuid.UUID], officers: list[uuid.UUID | None], n: int = 60) -> None:
        products = [await self.product(), await self.product()]
        rng = random.Random(7)
        specs = []
        for _ in range(n):
            specs.append(dict(
                branch=rng.choice(branches), officer=rng.choice(officers), product=rng.choice(products),
                dpd=rng.choice([0, 0, 0, 0, 1, 5, 29, 30, 31, 89, 90, 91, 200, 400]), outstanding=rng.randrange(1, 5_000_000),
                status=rng.choice(["active"] * 8 + ["closed", "applied"]),
            ))
        await self.loans(specs)

    async def rows(self, branches: list[uuid.UUID]) -> list[Loan]:
        async with self.db.sessions() as s:
            return list((await s.scalars(select(Loan).where(Loan.branch_id.in_(branches)))).all())


@pytest.fixture
def book(db) -> Book:  # noqa: ANN001
    return Book(db)


def money(poisha: int) -> str:
    return f"{Decimal(poisha) / 100:.2f}"


def python_par(loans: list[Loan], key) -> dict:  # noqa: ANN001
    """The reference: PAR and provisions by a plain walk over the rows."""
    groups: dict = defaultdict(list)
    for loan in loans:
        if loan.status == "active":
            groups[key(loan)].append(loan)
    out = {}
    for k, members in groups.items():
        total = sum(l.outstanding_principal for l in members)
        entry = {"loans": len(members), "outstanding_principal": money(total)}
        for days in (1, 30, 90):
            risky = [l for l in members if l.days_past_due >= days]
            amount = sum(l.outstanding_principal for l in risky)
            ratio = (Decimal(amount) / Decimal(total)).quantize(Decimal("0.0001"), ROUND_HALF_EVEN) if total else Decimal("0.0000")
            entry[f"par{days}"] = {"days": days, "loans": len(risky), "outstanding_principal": money(amount), "ratio": str(ratio)}
        lines, provision = [], 0
        for name, _, _ in BUCKETS:
            of = [l for l in members if l.classification == name]
            amount = sum(l.outstanding_principal for l in of)
            required = int((Decimal(amount) * PERCENT[name] / 100).quantize(Decimal(1), ROUND_HALF_EVEN))
            provision += required
            lines.append({"classification": name, "min_days_past_due": MIN_DAYS[name], "loans": len(of),
                          "outstanding_principal": money(amount), "provision_percent": str(PERCENT[name]),
                          "provision_required": money(required)})
        entry["classification"] = lines
        entry["provision_required"] = money(provision)
        out[k] = entry
    return out


def strip(group: dict) -> dict:
    return {k: v for k, v in group.items() if k not in ("key", "product_code")}


@pytest.mark.parametrize("group_by, key", [
    ("branch", lambda l: str(l.branch_id)),
    ("field_officer", lambda l: str(l.field_officer_id) if l.field_officer_id else None),
    ("product", lambda l: str(l.product_id)),
    ("portfolio", lambda l: "portfolio"),
])
async def test_par_equals_a_direct_count_over_the_same_rows(client_as, book, group_by, key):  # noqa: ANN001
    branches = [uuid.uuid4() for _ in range(3)]
    await book.random_portfolio(branches, [uuid.uuid4(), uuid.uuid4(), None])
    rows = await book.rows(branches)
    expected = python_par(rows, key)
    async with client_as(roles=["branch_manager"], branches=branches) as c:
        r = await c.get("/v1/portfolio/par", params={"group_by": group_by})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["group_by"] == group_by and "as_of" in body
    assert {g["key"]: strip(g) for g in body["groups"]} == expected
    assert strip(body["total"]) == python_par(rows, lambda l: "total")["total"]
    if group_by == "product":
        codes = {str(p.id): p.code for p in book.products}
        assert all(g["product_code"] == codes[g["key"]] for g in body["groups"])


async def test_provision_rounds_half_even_to_the_poisha(client, book):  # noqa: ANN001
    branch = uuid.uuid4()
    product = await book.product()
    # 1% of 250 = 2.5 -> 2; 5% of 30 = 1.5 -> 2; 20% of 12345 = 2469; 50% of 101 = 50.5 -> 50; 100% of 777
    await book.loans([
        dict(branch=branch, product=product, dpd=0, outstanding=250),
        dict(branch=branch, product=product, dpd=45, outstanding=30),
        dict(branch=branch, product=product, dpd=100, outstanding=12345),
        dict(branch=branch, product=product, dpd=200, outstanding=101),
        dict(branch=branch, product=product, dpd=365, outstanding=777),
        dict(branch=branch, product=product, dpd=365, outstanding=99_999, status="written_off"),
    ])
    r = await client.get("/v1/portfolio/par", params={"group_by": "branch", "branch_id": str(branch)})
    assert r.status_code == 200, r.text
    (group,) = r.json()["groups"]
    lines = {c["classification"]: (c["loans"], c["outstanding_principal"], c["provision_percent"], c["provision_required"])
             for c in group["classification"]}
    assert lines == {
        "standard": (1, "2.50", "1.00", "0.02"), "watchful": (1, "0.30", "5.00", "0.02"),
        "substandard": (1, "123.45", "20.00", "24.69"), "doubtful": (1, "1.01", "50.00", "0.50"), "bad": (1, "7.77", "100.00", "7.77"),
    }
    assert group["provision_required"] == "33.00"
    assert (group["loans"], group["outstanding_principal"]) == (5, "135.03")
    # PAR1 = 13253 / 13503 ; PAR30 the same; PAR90 = 13223 / 13503
    assert (group["par1"]["ratio"], group["par30"]["ratio"], group["par90"]["ratio"]) == ("0.9815", "0.9815", "0.9793")
    assert (group["par90"]["loans"], group["par90"]["outstanding_principal"]) == (3, "132.23")


async def test_an_empty_scope_has_zero_ratios(client_as, db):  # noqa: ANN001
    async with client_as(roles=["field_officer"], branches=[uuid.uuid4()]) as c:
        r = await c.get("/v1/portfolio/par", params={"group_by": "portfolio"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["groups"] == []
    assert (body["total"]["loans"], body["total"]["outstanding_principal"], body["total"]["par30"]["ratio"]) == (0, "0.00", "0.0000")


async def test_branch_scope(client_as, book, seed):  # noqa: ANN001
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    product = await book.product()
    their_group = await seed.group(branch_id=theirs)
    await book.loans([
        dict(branch=mine, product=product, dpd=40, outstanding=1000), dict(branch=mine, product=product, dpd=0, outstanding=3000),
        dict(branch=theirs, product=product, dpd=95, outstanding=5000, group_id=their_group.group_id),
    ])
    async with client_as(roles=["field_officer"], branches=[mine]) as c:
        r = await c.get("/v1/portfolio/par", params={"group_by": "branch"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert [g["key"] for g in body["groups"]] == [str(mine)]
        assert (body["total"]["loans"], body["total"]["outstanding_principal"], body["total"]["par30"]["ratio"]) == (2, "40.00", "0.2500")
        r = await c.get("/v1/portfolio/par", params={"branch_id": str(mine), "group_by": "portfolio"})
        assert r.status_code == 200 and r.json()["total"]["loans"] == 2
        assert_problem(await c.get("/v1/portfolio/par", params={"branch_id": str(theirs)}), 403)
        assert_problem(await c.get("/v1/portfolio/arrears", params={"branch_id": str(theirs)}), 403)
        assert_problem(await c.get("/v1/portfolio/arrears", params={"group_id": str(their_group.group_id)}), 403)
        r = await c.get("/v1/portfolio/arrears")
        assert r.status_code == 200, r.text
        assert [(i["branch_id"], i["days_past_due"]) for i in r.json()["items"]] == [(str(mine), 40)]
    async with client_as(roles=["auditor"]) as c:  # every branch
        r = await c.get("/v1/portfolio/par", params={"branch_id": str(theirs), "group_by": "branch"})
        assert r.status_code == 200 and [g["key"] for g in r.json()["groups"]] == [str(theirs)]


async def test_arrears_list_pages_longest_overdue_first(client_as, book, seed):  # noqa: ANN001
    branch = uuid.uuid4()
    product = await book.product()
    group = await seed.group(branch_id=branch)
    member = await seed.member(group)
    other_group = await seed.group(branch_id=branch)
    days = [0, 1, 1, 1, 7, 30, 31, 31, 90, 365, 0]
    loans = await book.loans(
        [dict(branch=branch, product=product, dpd=d, group_id=group.group_id, member_id=member.member_id) for d in days]
        + [dict(branch=branch, product=product, dpd=50, group_id=other_group.group_id),
           dict(branch=branch, product=product, dpd=70, status="closed", group_id=group.group_id)]
    )
    active_overdue = [l for l in loans if l.status == "active" and l.days_past_due >= 1]
    expected = [str(l.id) for l in sorted(active_overdue, key=lambda l: (-l.days_past_due, str(l.id)))]

    async with client_as(roles=["field_officer"], branches=[branch]) as c:
        seen, cursor = [], None
        while True:
            params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
            r = await c.get("/v1/portfolio/arrears", params=params)
            assert r.status_code == 200, r.text
            page = r.json()
            seen += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert [i["loan_id"] for i in seen] == expected
        first = seen[0]
        assert (first["days_past_due"], first["classification"], first["overdue_principal"], first["overdue_interest"],
                first["overdue_total"]) == (365, "bad", "50.00", "5.00", "55.00")
        assert first["member_name"] == "Rahima Khatun" and first["mobile"] == member.mobile

        r = await c.get("/v1/portfolio/arrears", params={"min_days": 30, "group_id": str(group.group_id), "limit": 200})
        assert [i["days_past_due"] for i in r.json()["items"]] == [365, 90, 31, 31, 30]
        r = await c.get("/v1/portfolio/arrears", params={"group_id": str(other_group.group_id)})
        assert [i["days_past_due"] for i in r.json()["items"]] == [50]


@pytest.mark.parametrize("path, params, field", [
    ("/v1/portfolio/par", {"group_by": "region"}, "group_by"),
    ("/v1/portfolio/par", {"branch_id": "not-a-uuid"}, "branch_id"),
    ("/v1/portfolio/arrears", {"min_days": 0}, "min_days"),
    ("/v1/portfolio/arrears", {"min_days": "a week"}, "min_days"),
    ("/v1/portfolio/arrears", {"group_id": "7"}, "group_id"),
    ("/v1/portfolio/arrears", {"cursor": "garbage!"}, "cursor"),
    ("/v1/portfolio/arrears", {"cursor": "WzEsMl0"}, "cursor"),  # [1,2]: not a (days, loan id) key
    ("/v1/portfolio/arrears", {"limit": 0}, "limit"),
])
async def test_bad_input_is_422_naming_the_field(client, db, path, params, field):  # noqa: ANN001
    assert_problem(await client.get(path, params=params), 422, field)
