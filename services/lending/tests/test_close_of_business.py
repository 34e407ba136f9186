"""Close of business: arrears, days past due and classification computed set-based from the
installments; events for loans that fall overdue or change class, once; idempotent re-runs; the CLI
and the API; and (PostgreSQL) 100,000 loans within the minute, matching a direct SQL count."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text, update

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_common.identity import Identity
from palli_common.migrations import upgrade
from palli_common.tables import BATCH_EVENTS, BATCH_KEY, OutboxRecord
from palli_common.testing.events import outbox_events as read_outbox
from palli_common.testing.http import assert_problem
from palli_lending.adapters.tables import BusinessDay, ClassificationBucket, Loan, LoanInstallment, LoanProduct
from palli_lending.service.close_of_business import close_business_day
from palli_lending.service.common import business_today
from palli_lending.service.portfolio import GroupBy, portfolio_at_risk

D = date(2025, 6, 30)  # the business day most tests close
BUCKETS = [("standard", 0, "1.00"), ("watchful", 30, "5.00"), ("substandard", 60, "20.00"), ("doubtful", 180, "50.00"),
           ("bad", 360, "100.00")]


@pytest.fixture(scope="module", params=["postgresql", "sqlite"])
def lending_db_url(request, make_database, tmp_path_factory) -> str:
    """A database of this module's own: close of business touches every active loan, so other
    modules' loans must not meet these runs (nor these runs theirs)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('cob')}/lending.db"
    else:
        url = make_database("lending_cob")
    upgrade("palli_lending", url)
    return url


@pytest.fixture
async def db(app) -> Database:
    database = app.state.runtime.db
    await ensure_buckets(database)
    return database


async def ensure_buckets(db: Database) -> None:
    """Migration 0002 seeds the buckets; until it lands, the tests seed them the same way."""
    async with db.sessions() as s:
        if not (await s.execute(select(func.count()).select_from(ClassificationBucket))).scalar_one():
            s.add_all(ClassificationBucket(name=n, min_days_past_due=d, provision_percent=Decimal(p)) for n, d, p in BUCKETS)
            await s.commit()


async def make_product(db: Database) -> LoanProduct:
    now = datetime.now(UTC)
    product = LoanProduct(
        id=uuid.uuid4(), code=f"T-{uuid.uuid4().hex[:8]}", name="Test", interest_method="flat", amortisation="equal_installments",
        frequencies=["weekly"], min_amount=100_000, max_amount=10_000_000, min_installments=1, max_installments=52,
        min_rate=Decimal("10"), max_rate=Decimal("24"), default_rate=Decimal("20"), created_at=now, updated_at=now,
    )
    async with db.sessions() as s:
        s.add(product)
        await s.commit()
    return product


# (due_on, principal, interest, paid_principal, paid_interest[, waived_interest])
Inst = tuple


async def make_loan(db: Database, product: LoanProduct, installments: list[Inst], *, status: str = "active",
                    branch_id: uuid.UUID | None = None, **summary) -> Loan:  # noqa: ANN003
    now = datetime.now(UTC)
    principal = sum(i[1] for i in installments)
    loan = Loan(
        id=uuid.uuid4(), member_id=uuid.uuid4(), group_id=uuid.uuid4(), branch_id=branch_id or uuid.uuid4(), product_id=product.id,
        status=status, principal=principal, annual_rate=Decimal("20"), frequency="weekly", installments=len(installments),
        applied_by="t", applied_at=now, disbursed_on=D - timedelta(days=400),
        outstanding_principal=sum(i[1] - i[3] for i in installments),
        outstanding_interest=sum(i[2] - i[4] - (i[5] if len(i) > 5 else 0) for i in installments),
        created_at=now, updated_at=now, **summary,
    )
    rows = [
        LoanInstallment(loan_id=loan.id, number=n, due_on=i[0], principal=i[1], interest=i[2], paid_principal=i[3],
                        paid_interest=i[4], waived_interest=i[5] if len(i) > 5 else 0)
        for n, i in enumerate(installments, 1)
    ]
    async with db.sessions() as s:
        s.add(loan)
        await s.flush()
        s.add_all(rows)
        await s.commit()
    return loan


async def loan_row(db: Database, loan_id: uuid.UUID) -> Loan:
    async with db.sessions() as s:
        return (await s.execute(select(Loan).where(Loan.id == loan_id))).scalar_one()


def expected(installments: list[Inst], day: date) -> dict:
    """The reference: what close of business must leave on the loan, by a plain Python walk."""
    unpaid = [i for i in installments if i[1] + i[2] > i[3] + i[4] + (i[5] if len(i) > 5 else 0)]
    due = [i for i in unpaid if i[0] <= day]
    since = min((i[0] for i in due), default=None)
    dpd = (day - since).days if since else 0
    classification = max((b for b in BUCKETS if b[1] <= dpd), key=lambda b: b[1])[0]
    return dict(
        overdue_principal=sum(i[1] - i[3] for i in due), overdue_interest=sum(i[2] - i[4] - (i[5] if len(i) > 5 else 0) for i in due),
        days_past_due=dpd, arrears_since=since, next_due_on=min((i[0] for i in unpaid), default=None), classification=classification,
    )


def summary(loan: Loan) -> dict:
    return {k: getattr(loan, k) for k in ("overdue_principal", "overdue_interest", "days_past_due", "arrears_since", "next_due_on",
                                          "classification")}


def ago(days: int) -> date:
    return D - timedelta(days=days)


CASES = {
    "paid": [(ago(60), 1000, 100, 1000, 100), (ago(30), 1000, 100, 1000, 100), (ago(-30), 1000, 100, 0, 0)],
    "partly paid 10 days": [(ago(10), 1000, 100, 400, 100), (ago(-4), 1000, 100, 0, 0)],
    "interest only left": [(ago(3), 1000, 100, 1000, 40), (ago(-4), 1000, 100, 0, 0)],
    "1 day": [(ago(1), 1000, 100, 0, 0), (ago(-6), 1000, 100, 0, 0)],
    "31 days": [(ago(31), 1000, 100, 0, 0), (ago(1), 1000, 100, 0, 0), (ago(-29), 1000, 100, 0, 0)],
    "95 days partly paid": [(ago(95), 1000, 100, 999, 100), (ago(65), 1000, 100, 0, 0), (ago(35), 1000, 100, 0, 0)],
    "400 days": [(ago(400), 5000, 700, 0, 0)],
    "due today": [(D, 1000, 100, 0, 0), (ago(-7), 1000, 100, 0, 0)],
    "future only": [(ago(-7), 1000, 100, 0, 0), (ago(-14), 1000, 100, 0, 0)],
    "interest waived": [(ago(20), 1000, 100, 1000, 0, 100)],
    "no installments": [],
}


async def test_arrears_days_past_due_and_classification_from_the_installments(db, outbox_events):  # noqa: ANN001
    product = await make_product(db)
    loans = {name: await make_loan(db, product, inst) for name, inst in CASES.items()}
    closed = await make_loan(db, product, [(ago(90), 1000, 0, 0, 0)], status="closed")

    result = await close_business_day(db, D)
    assert result.loans >= len(CASES)

    got = {name: summary(await loan_row(db, loan.id)) for name, loan in loans.items()}
    assert got == {name: expected(CASES[name], D) for name in CASES}
    # spelled out for the reader
    assert got["paid"] == dict(overdue_principal=0, overdue_interest=0, days_past_due=0, arrears_since=None, next_due_on=ago(-30),
                               classification="standard")
    assert (got["partly paid 10 days"]["overdue_principal"], got["partly paid 10 days"]["days_past_due"]) == (600, 10)
    assert (got["interest only left"]["overdue_principal"], got["interest only left"]["overdue_interest"]) == (0, 60)
    assert [got[n]["days_past_due"] for n in ("1 day", "31 days", "95 days partly paid", "400 days")] == [1, 31, 95, 400]
    assert [got[n]["classification"] for n in ("1 day", "31 days", "95 days partly paid", "400 days")] == \
        ["standard", "watchful", "substandard", "bad"]
    assert (got["31 days"]["overdue_principal"], got["31 days"]["overdue_interest"]) == (2000, 200)
    assert got["95 days partly paid"]["overdue_principal"] == 2001
    assert got["due today"] == dict(overdue_principal=1000, overdue_interest=100, days_past_due=0, arrears_since=D,
                                    next_due_on=D, classification="standard")
    assert got["future only"] == dict(overdue_principal=0, overdue_interest=0, days_past_due=0, arrears_since=None,
                                      next_due_on=ago(-7), classification="standard")
    assert got["interest waived"]["days_past_due"] == 0 and got["interest waived"]["next_due_on"] is None
    assert got["no installments"]["days_past_due"] == 0

    untouched = await loan_row(db, closed.id)  # only active loans are closed
    assert (untouched.days_past_due, untouched.version, untouched.overdue_principal) == (0, 1, 0)

    # events: overdue when days past due leave 0, classification when the class moves; versions go up by one per event
    assert await outbox_events(loans["paid"].id) == []
    assert await outbox_events(loans["due today"].id) == []
    one = await outbox_events(loans["1 day"].id)
    assert [t for t, _ in one] == ["lending.loan.overdue"]
    assert (one[0][1]["days_past_due"], one[0][1]["overdue_principal"], one[0][1]["overdue_interest"], one[0][1]["on"]) == \
        (1, "10.00", "1.00", D.isoformat())
    thirty = await outbox_events(loans["31 days"].id)
    assert [t for t, _ in thirty] == ["lending.loan.overdue", "lending.loan.classification_changed"]
    change = thirty[1][1]
    assert (change["previous"], change["classification"], change["provision_percent"], change["days_past_due"]) == \
        ("standard", "watchful", "5.00", 31)
    assert change["product_code"] == product.code and change["loan_id"] == str(loans["31 days"].id)
    assert change["outstanding_principal"] == "30.00"
    async with db.sessions() as s:
        versions = [e["aggregate_version"] for e in await read_outbox(s, key=str(loans["31 days"].id))]
    assert versions == [2, 3]
    assert (await loan_row(db, loans["31 days"].id)).version == 3
    assert (await loan_row(db, loans["future only"].id)).version == 2  # next_due_on was set: a change, no event


async def test_a_second_run_changes_nothing_and_publishes_nothing(db):  # noqa: ANN001
    product = await make_product(db)
    for inst in CASES.values():
        await make_loan(db, product, inst)
    first = await close_business_day(db, D)
    assert first.events > 0 or first.updated > 0
    async with db.sessions() as s:
        before = [l.model_dump() for l in (await s.scalars(select(Loan).order_by(Loan.id))).all()]
        outbox = (await s.execute(select(func.count()).select_from(OutboxRecord))).scalar_one()

    again = await close_business_day(db, D)
    assert (again.loans, again.updated, again.newly_overdue, again.classification_changes, again.events) == (first.loans, 0, 0, 0, 0)
    async with db.sessions() as s:
        assert [l.model_dump() for l in (await s.scalars(select(Loan).order_by(Loan.id))).all()] == before
        assert (await s.execute(select(func.count()).select_from(OutboxRecord))).scalar_one() == outbox
        run = await s.get(BusinessDay, D)
    assert run is not None and run.finished_at is not None and run.loans == again.loans


async def test_days_move_on_then_a_repayment_clears_the_arrears(db, outbox_events):  # noqa: ANN001
    product = await make_product(db)
    loan = await make_loan(db, product, [(ago(5), 1000, 100, 0, 0), (ago(-25), 1000, 100, 0, 0)])
    day1 = D
    await close_business_day(db, day1)
    assert [t for t, _ in await outbox_events(loan.id)] == ["lending.loan.overdue"]

    day2 = D + timedelta(days=25)  # 30 days past due; the second installment falls due too
    await close_business_day(db, day2)
    row = await loan_row(db, loan.id)
    assert (row.days_past_due, row.classification, row.overdue_principal, row.arrears_since) == (30, "watchful", 2000, ago(5))
    events = await outbox_events(loan.id)
    assert [t for t, _ in events] == ["lending.loan.overdue", "lending.loan.classification_changed"]  # no second "overdue"

    # the member pays everything due (as a repayment would leave the installments)
    async with db.sessions() as s:
        await s.execute(update(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                        .values(paid_principal=LoanInstallment.principal, paid_interest=LoanInstallment.interest, completed_on=day2))
        await s.commit()
    await close_business_day(db, day2)
    row = await loan_row(db, loan.id)
    assert (row.days_past_due, row.classification, row.overdue_principal, row.arrears_since, row.next_due_on) == \
        (0, "standard", 0, None, None)
    events = await outbox_events(loan.id)
    assert [t for t, _ in events][-1] == "lending.loan.classification_changed"
    assert (events[-1][1]["previous"], events[-1][1]["classification"], events[-1][1]["days_past_due"]) == ("watchful", "standard", 0)
    assert len(events) == 3


async def test_batches_report_progress(db):  # noqa: ANN001
    product = await make_product(db)
    for n in range(7):
        await make_loan(db, product, [(ago(n * 10), 1000, 100, 0, 0)])
    seen: list[tuple[int, int]] = []
    result = await close_business_day(db, D - timedelta(days=1), batch_size=3, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1] == (result.loans, result.loans)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) >= 1 + 7 // 3
    batched = {l.id: summary(l) for l in await _active(db)}
    await close_business_day(db, D - timedelta(days=1), batch_size=100_000)  # the same figures in one batch: nothing to change
    assert {l.id: summary(l) for l in await _active(db)} == batched


async def _active(db: Database) -> list[Loan]:
    async with db.sessions() as s:
        return list((await s.scalars(select(Loan).where(Loan.status == "active"))).all())


async def test_a_future_day_is_refused(db):  # noqa: ANN001
    with pytest.raises(ValidationFailed) as caught:
        await close_business_day(db, business_today() + timedelta(days=1))
    assert caught.value.field == "day"


async def test_the_api_runs_it_for_head_office_only(client_as, db):  # noqa: ANN001
    product = await make_product(db)
    await make_loan(db, product, [(ago(3), 1000, 100, 0, 0)])
    async with client_as(roles=["accountant"]) as c:
        r = await c.post("/v1/portfolio/close-of-business", json={"day": D.isoformat()})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["day"] == D.isoformat() and body["loans"] >= 1 and {"newly_overdue", "classification_changes", "seconds"} <= body.keys()
        assert_problem(await c.post("/v1/portfolio/close-of-business",
                                    json={"day": (business_today() + timedelta(days=1)).isoformat()}), 422, "day")
        assert_problem(await c.post("/v1/portfolio/close-of-business", json={"day": "2025-13-01"}), 422, "day")
        assert_problem(await c.post("/v1/portfolio/close-of-business", json={"day": "yesterday"}), 422, "day")
        assert_problem(await c.post("/v1/portfolio/close-of-business", json={}), 422, "day")
    async with client_as(roles=["accountant"], branches=[uuid.uuid4()]) as c:
        assert_problem(await c.post("/v1/portfolio/close-of-business", json={"day": D.isoformat()}), 403)


def test_the_cli_closes_a_day(lending_db_url, monkeypatch):  # noqa: ANN001
    from typer.testing import CliRunner

    from palli_lending.cli import app as cli

    monkeypatch.setenv("LENDING_DATABASE_URL", lending_db_url)
    runner = CliRunner()
    r = runner.invoke(cli, ["close-of-business", "--date", D.isoformat()])
    assert r.exit_code == 0, r.output
    assert f"closed {D.isoformat()}" in r.output and "active loans" in r.output and " s" in r.output
    r = runner.invoke(cli, ["close-of-business", "--date", "30-06-2025"])
    assert r.exit_code == 2 and "--date" in r.output
    r = runner.invoke(cli, ["close-of-business", "--date", (business_today() + timedelta(days=2)).isoformat()])
    assert r.exit_code == 2 and "future" in r.output


# --- 100,000 loans (PostgreSQL) ------------------------------------------------------------------

LOANS = 100_000
BIG_DAY = date(2025, 6, 30)

_BULK = """
INSERT INTO loan_products (id, code, name, interest_method, amortisation, frequencies, min_amount, max_amount, min_installments,
    max_installments, min_rate, max_rate, default_rate, grace_on_principal, grace_on_interest, min_days_to_first, prepayment_interest,
    eligibility, active, version, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-0000000000aa', 'BULK', 'Bulk', 'flat', 'equal_installments', '["weekly"]', 100000, 10000000, 1, 52,
    10, 24, 20, 0, 0, 15, 'accrued', '{}', true, 1, now(), now());

-- Loan g (ids ascend like UUIDv7) has 1-3 installments 30 days apart, the first due between 200 days
-- before and 89 days after the business day. By its habit h (0-99): 0-87 paid all that fell due,
-- 88-92 paid nothing, 93-96 paid half the principal and all the interest, 97-99 only the interest.
-- Every 50th loan is closed (close of business leaves it alone).
WITH inst AS (
    SELECT g, n, due_on, p, i,
           CASE WHEN due_on > DATE '{day}' THEN 0 WHEN h < 88 THEN p WHEN h BETWEEN 93 AND 96 THEN p / 2 ELSE 0 END AS paid_p,
           CASE WHEN due_on > DATE '{day}' THEN 0 WHEN h < 88 OR h >= 93 THEN i ELSE 0 END AS paid_i
    FROM (SELECT g, n, DATE '{day}' - 200 + (g * 37) % 290 + (n - 1) * 30 AS due_on, 100000 + (g % 97) * 100 AS p, 2000 AS i,
                 (g * 7919) % 100 AS h
          FROM generate_series(1, {loans}) g, generate_series(1, 3) n WHERE n <= 1 + g % 3) x
),
new_loans AS (
    INSERT INTO loans (id, member_id, group_id, branch_id, product_id, field_officer_id, status, principal, annual_rate, frequency,
        installments, applied_by, applied_at, disbursed_on, outstanding_principal, outstanding_interest, outstanding_penalty,
        paid_principal, paid_interest, paid_penalty, overdue_principal, overdue_interest, days_past_due, classification,
        transaction_count, version, created_at, updated_at)
    SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, md5('member' || g)::uuid, md5('group' || (g % 4000))::uuid,
           ('00000000-0000-0000-0000-' || lpad((g % 20)::text, 12, '0'))::uuid, '00000000-0000-0000-0000-0000000000aa',
           md5('officer' || (g % 200))::uuid, CASE WHEN g % 50 = 0 THEN 'closed' ELSE 'active' END, sum(p), 20, 'monthly', count(*),
           'bulk', now(), DATE '{day}' - 230, sum(p - paid_p), sum(i - paid_i), 0, sum(paid_p), sum(paid_i), 0, 0, 0, 0, 'standard', 0, 1,
           now(), now()
    FROM inst GROUP BY g
)
INSERT INTO loan_installments (loan_id, number, due_on, principal, interest, penalty, paid_principal, paid_interest, paid_penalty,
    waived_interest, completed_on)
SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, n, due_on, p, i, 0, paid_p, paid_i, 0, 0,
       CASE WHEN paid_p = p AND paid_i = i THEN due_on END
FROM inst;

ANALYZE loans;
ANALYZE loan_installments
"""

# an independent count: days past due by a correlated subquery per loan, not the job's grouped join
_DIRECT_DPD = """
SELECT count(*) FROM loans l
WHERE l.status = 'active' AND l.days_past_due <> COALESCE(DATE '2025-06-30' - (
    SELECT min(i.due_on) FROM loan_installments i WHERE i.loan_id = l.id AND i.due_on <= DATE '2025-06-30'
      AND i.principal + i.interest > i.paid_principal + i.paid_interest), 0)
"""

_DIRECT_PAR = """
SELECT count(*), sum(outstanding_principal),
       sum(CASE WHEN days_past_due >= 1 THEN outstanding_principal ELSE 0 END),
       sum(CASE WHEN days_past_due >= 30 THEN outstanding_principal ELSE 0 END),
       sum(CASE WHEN days_past_due >= 90 THEN outstanding_principal ELSE 0 END),
       sum(CASE WHEN days_past_due >= 1 THEN 1 ELSE 0 END)
FROM loans WHERE status = 'active'
"""


async def test_100k_loans_close_within_the_minute(make_database, internal_keys):  # noqa: ANN001
    import httpx

    from palli_lending.main import create_app
    from palli_lending.settings import LendingSettings

    url = make_database("lending_cob_100k")
    await asyncio.to_thread(upgrade, "palli_lending", url)
    db = Database(url)
    try:
        await ensure_buckets(db)
        clock = time.perf_counter()
        async with db.engine.begin() as conn:
            for statement in _BULK.replace("{loans}", str(LOANS)).replace("{day}", BIG_DAY.isoformat()).split(";\n"):
                if statement.strip():
                    await conn.exec_driver_sql(statement)
        print(f"\n100k: loaded {LOANS} loans in {time.perf_counter() - clock:.1f} s")

        seen: list[int] = []
        result = await close_business_day(db, BIG_DAY, progress=lambda done, total: seen.append(done))
        print(f"100k: close of business {result}")
        active = LOANS - LOANS // 50
        assert result.loans == active and seen[0] == 0 and seen[-1] == active and seen == sorted(seen) and len(seen) >= 2 + result.updated // 5000
        assert result.seconds < 45
        async with db.sessions() as s:
            assert (await s.execute(text(_DIRECT_DPD))).scalar_one() == 0
            loans, total, par1, par30, par90, overdue = (await s.execute(text(_DIRECT_PAR))).one()
            events = len(await read_outbox(s))
        assert result.newly_overdue == overdue and result.events == events > 0

        clock = time.perf_counter()
        again = await close_business_day(db, BIG_DAY)
        print(f"100k: re-run in {time.perf_counter() - clock:.1f} s: {again}")
        assert (again.updated, again.events) == (0, 0)

        who = Identity(subject="t", kind="staff", roles=frozenset({"admin"}), scopes=frozenset(), branch_ids=None)
        report = await portfolio_at_risk(db, who=who, group_by=GroupBy.PORTFOLIO)
        t = report.total
        assert (t.loans, t.outstanding_principal) == (loans, total)
        assert [t.bands[d].outstanding_principal for d in (1, 30, 90)] == [par1, par30, par90]
        assert report.as_of == BIG_DAY

        settings = LendingSettings(database_url=url, relay_enabled=False, consumers_enabled=False, environment="test", log_json=False,
                                   log_level="WARNING", internal_jwks=str(internal_keys.jwks_path))
        application = create_app(settings)
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://lending",
                                         headers=internal_keys.headers(roles=["admin"])) as c:
                r = await c.get("/v1/portfolio/par", params={"group_by": "branch"})
                assert r.status_code == 200, r.text
                body = r.json()
        finally:
            await application.state.runtime.db.dispose()
        assert len(body["groups"]) == 20
        assert body["total"]["outstanding_principal"] == f"{Decimal(total) / 100:.2f}"
        assert body["total"]["par30"]["outstanding_principal"] == f"{Decimal(par30) / 100:.2f}"
        assert body["total"]["par30"]["ratio"] == str((Decimal(par30) / Decimal(total)).quantize(Decimal("0.0001")))
        assert sum(g["loans"] for g in body["groups"]) == loans
    finally:
        await db.dispose()


async def test_two_runs_of_one_day_at_once_publish_each_event_once(db, outbox_events):  # noqa: ANN001
    product = await make_product(db)
    day = D + timedelta(days=60)
    loans = [await make_loan(db, product, [(day - timedelta(days=n), 1000, 100, 0, 0)]) for n in (2, 40, 70)]
    first, second = await asyncio.gather(close_business_day(db, day, batch_size=2), close_business_day(db, day, batch_size=2))
    assert first.loans == second.loans
    for loan in loans:
        kinds = [t for t, _ in await outbox_events(loan.id)]
        assert kinds == ["lending.loan.overdue"] + (["lending.loan.classification_changed"] if loan is not loans[0] else [])
    async with db.sessions() as s:
        run = await s.get(BusinessDay, day)
    assert run.finished_at is not None and run.loans == first.loans


async def test_a_batch_that_loses_a_deadlock_is_retried():
    from sqlalchemy.exc import DBAPIError

    from palli_lending.service.close_of_business import _Batch, _retrying

    class Deadlock(Exception):
        sqlstate = "40P01"

    calls = []

    async def batch() -> _Batch:
        calls.append(1)
        if len(calls) < 3:
            raise DBAPIError("UPDATE loans ...", {}, Deadlock())
        return _Batch(loans=5, last=None)

    assert (await _retrying(batch)).loans == 5 and len(calls) == 3
    calls.clear()

    async def always() -> _Batch:
        calls.append(1)
        raise DBAPIError("UPDATE loans ...", {}, Deadlock())

    with pytest.raises(DBAPIError):
        await _retrying(always)
    assert len(calls) == 3


# --- the staged path (PostgreSQL) against the batched one -----------------------------------------

TWIN_PRODUCT = uuid.UUID("00000000-0000-4000-8000-0000000000b1")


async def twin_portfolio(db: Database, seed: int = 7, loans: int = 400) -> list[uuid.UUID]:
    """The same loans in any database: the named CASES, then `loans` more from a seeded random walk
    (ids random, as on a migrated portfolio): installments due from 400 days before D to 60 after,
    paid in full, in part, interest only, not at all or waived; some loans already carrying
    figures from an earlier close (in arrears, classified, stale); some closed or written off."""
    import random

    rng = random.Random(seed)
    await ensure_buckets(db)
    now = datetime(2025, 6, 1, tzinfo=UTC)
    async with db.sessions() as s:
        s.add(LoanProduct(
            id=TWIN_PRODUCT, code="TWIN-1", name="Twin", interest_method="flat", amortisation="equal_installments", frequencies=["weekly"],
            min_amount=100_000, max_amount=10_000_000, min_installments=1, max_installments=52, min_rate=Decimal("10"),
            max_rate=Decimal("24"), default_rate=Decimal("20"), created_at=now, updated_at=now,
        ))
        await s.commit()
    plans: list[tuple[str, list[Inst], dict]] = [(name, inst, {}) for name, inst in CASES.items()]
    for k in range(loans):
        first = rng.randint(-400, 60)
        rows: list[Inst] = []
        for n in range(rng.randint(1, 5)):
            p, i = rng.choice((1000, 2500, 33334)), rng.choice((0, 100, 1200))
            habit = rng.random()
            if habit < 0.45:
                paid = (p, i)
            elif habit < 0.6:
                paid = (p // 2, i)
            elif habit < 0.7:
                paid = (0, i)
            else:
                paid = (0, 0)
            rows.append((ago(-(first + 14 * n)), p, i, *paid, *((i - paid[1],) if habit > 0.97 else ())))
        summary = {}
        if rng.random() < 0.3:  # figures from an earlier close, right or stale
            summary = dict(days_past_due=rng.choice((0, 3, 31, 75, 200, 400)), classification=rng.choice([b[0] for b in BUCKETS]),
                           overdue_principal=rng.choice((0, 1000, 5000)), arrears_since=ago(rng.randint(0, 400)),
                           next_due_on=ago(rng.randint(-30, 30)))
        status = rng.choices(("active", "closed", "written_off"), (0.9, 0.05, 0.05))[0]
        plans.append((f"random {k}", rows, dict(summary, status=status)))
    ids = []
    async with db.sessions() as s:
        for name, rows, extra in plans:
            loan_id = uuid.UUID(int=rng.getrandbits(128))
            extra = dict(extra)
            status = extra.pop("status", "active")
            s.add(Loan(
                id=loan_id, member_id=uuid.UUID(int=rng.getrandbits(128)), group_id=uuid.UUID(int=rng.getrandbits(128)),
                branch_id=uuid.UUID(int=rng.getrandbits(128)), product_id=TWIN_PRODUCT, status=status, principal=sum(r[1] for r in rows),
                annual_rate=Decimal("20"), frequency="weekly", installments=len(rows), applied_by="t", applied_at=now,
                disbursed_on=D - timedelta(days=420), outstanding_principal=sum(r[1] - r[3] for r in rows),
                outstanding_interest=sum(r[2] - r[4] - (r[5] if len(r) > 5 else 0) for r in rows), created_at=now, updated_at=now,
                **extra,
            ))
            s.add_all(LoanInstallment(loan_id=loan_id, number=n, due_on=r[0], principal=r[1], interest=r[2], paid_principal=r[3],
                                      paid_interest=r[4], waived_interest=r[5] if len(r) > 5 else 0) for n, r in enumerate(rows, 1))
            ids.append(loan_id)
        await s.commit()
    return ids


REPAY = """
UPDATE loan_installments i SET paid_principal = i.principal, paid_interest = i.interest - i.waived_interest, completed_on = :day
WHERE i.loan_id = :loan AND i.due_on <= :day;
UPDATE loans SET version = version + 1, updated_at = now() WHERE id = :loan
"""


async def repay_due(db: Database, loan_ids: list[uuid.UUID], day: date) -> None:
    """Everything due paid on these loans, as a repayment leaves the installments (and the loan's version)."""
    async with db.engine.begin() as conn:
        for loan_id in loan_ids:
            for statement in REPAY.split(";"):
                await conn.execute(text(statement), {"loan": loan_id, "day": day})


async def loans_and_events(db: Database) -> tuple[list[dict], dict[str, list[dict]], list[tuple]]:
    """Every loan as stored (but when it was written), each loan's events in publishing (id) order
    without their own id and time, and the runs."""
    async with db.sessions() as s:
        loans = [{k: v for k, v in l.model_dump().items() if k != "updated_at"}
                 for l in (await s.scalars(select(Loan).order_by(Loan.id))).all()]
        events: dict[str, list[dict]] = {}
        for r in (await s.scalars(select(OutboxRecord).order_by(OutboxRecord.id))).all():
            assert r.topic == "lending.loan"
            if r.key == BATCH_KEY:  # the staged path's: its first event's id, events in id order
                ids = [e["id"] for e in r.envelope]
                assert ids[0] == str(r.id) and ids == sorted(ids) and len(ids) <= BATCH_EVENTS
                assert r.event_type in {e["type"] for e in r.envelope} | {"lending.loan.*"}
            else:
                assert (r.envelope["id"], r.event_type) == (str(r.id), r.envelope["type"])
            for key, envelope in r.events():
                envelope = dict(envelope)
                assert key == envelope["aggregate_id"]
                envelope.pop("id"), envelope.pop("occurred_at")
                events.setdefault(key, []).append({"event_type": envelope["type"], **envelope})
        runs = [(b.day, b.loans, b.finished_at is not None) for b in (await s.scalars(select(BusinessDay).order_by(BusinessDay.day))).all()]
    return loans, events, runs


def valid_events(events: dict[str, list[dict]]) -> None:
    from palli_common.events import EventEnvelope
    from palli_lending.contracts.events import LoanClassificationChanged, LoanOverdue

    contracts = {c.event_type: c for c in (LoanOverdue, LoanClassificationChanged)}
    for key, each in events.items():
        assert [e["aggregate_version"] for e in each] == sorted({e["aggregate_version"] for e in each}), key
        for e in each:
            envelope = EventEnvelope.model_validate({**e, "id": str(uuid.uuid4()), "occurred_at": "2025-06-30T10:00:00Z"})
            assert contracts[e["type"]](**envelope.payload).model_dump(mode="json") == envelope.payload


@pytest.fixture
async def twins(make_database):  # noqa: ANN001
    """Two databases with the same portfolio: `batched` (the old path) and `staged`."""
    dbs = {}
    for name in ("batched", "staged"):
        url = make_database(f"lending_cob_{name}")
        await asyncio.to_thread(upgrade, "palli_lending", url)
        dbs[name] = Database(url)
    loan_ids = [await twin_portfolio(db) for db in dbs.values()]
    assert loan_ids[0] == loan_ids[1]
    yield dbs, loan_ids[0]
    for db in dbs.values():
        await db.dispose()


async def test_the_staged_path_leaves_the_loans_and_events_of_the_batched_one(twins, monkeypatch):  # noqa: ANN001
    from palli_lending.service import close_of_business as cob

    monkeypatch.setattr(cob, "_SLICE_BLOCKS", 2)  # several slices, both workers, batches cut at slice ends
    from palli_lending.adapters import cob_sql

    monkeypatch.setattr(cob_sql, "LOANS_PER_ROW", 3)  # batches of 13 loans: several batch rows each
    dbs, loan_ids = twins
    days = [D, D, D + timedelta(days=7), D + timedelta(days=40), D + timedelta(days=200)]
    for step, day in enumerate(days):
        if step == 2:  # some members pay what they owe between two closes
            for db in dbs.values():
                await repay_due(db, loan_ids[::9], day)
        old = await close_business_day(dbs["batched"], day, method="batched", batch_size=13)
        new = await close_business_day(dbs["staged"], day, batch_size=13)
        assert (new.loans, new.updated, new.newly_overdue, new.classification_changes, new.events) == \
            (old.loans, old.updated, old.newly_overdue, old.classification_changes, old.events), day
        if step == 0:
            assert new.updated > 300 and new.newly_overdue > 50 and new.classification_changes > 50
        if step == 1:
            assert new.updated == new.events == 0
        assert await loans_and_events(dbs["staged"]) == await loans_and_events(dbs["batched"]), day
    _, events, _ = await loans_and_events(dbs["staged"])
    valid_events(events)
    assert {e["type"] for each in events.values() for e in each} == {"lending.loan.overdue", "lending.loan.classification_changed"}
    async with dbs["staged"].sessions() as s:
        rows = (await s.scalars(select(OutboxRecord))).all()
    # a row holds up to three loans' events, a loan's overdue and classification events side by side
    assert {r.key for r in rows} == {BATCH_KEY} and max(len(r.envelope) for r in rows) == 6
    assert "lending.loan.*" in {r.event_type for r in rows} and "lending.loan.overdue" in {r.event_type for r in rows}


async def test_a_loan_changed_after_staging_is_done_again_under_its_lock(twins, monkeypatch):  # noqa: ANN001
    """A repayment commits between the snapshot and the update: the loan is not written from the
    stale figures, but done again from the installments as they are now, as the batched path
    (which sees the repayment under its lock) does."""
    from palli_lending.service import close_of_business as cob

    dbs, loan_ids = twins
    day = D + timedelta(days=3)
    moved = loan_ids[::5]
    apply_stage = cob._apply_stage
    calls = []

    async def repayment_meanwhile(*args, **kwargs):  # noqa: ANN002, ANN003
        if not calls:
            await repay_due(dbs["staged"], moved, day)
        calls.append(1)
        return await apply_stage(*args, **kwargs)

    apply, redone = cob._apply, []

    async def spy(*args, **kwargs):  # noqa: ANN002, ANN003
        applied = await apply(*args, **kwargs)
        if args[-1]:  # lock: a redo
            redone.append(applied.updated)
        return applied

    monkeypatch.setattr(cob, "_apply_stage", repayment_meanwhile)
    monkeypatch.setattr(cob, "_apply", spy)
    await repay_due(dbs["batched"], moved, day)
    old = await close_business_day(dbs["batched"], day, method="batched", batch_size=50)
    new = await close_business_day(dbs["staged"], day, batch_size=50)
    assert (new.updated, new.newly_overdue, new.classification_changes) == (old.updated, old.newly_overdue, old.classification_changes)
    assert redone and sum(redone) > 10  # the repaid loans that were staged came back, and were written
    assert await loans_and_events(dbs["staged"]) == await loans_and_events(dbs["batched"])


async def test_a_run_that_dies_midway_then_runs_again_ends_as_one_run(twins, monkeypatch):  # noqa: ANN001
    from palli_lending.service import close_of_business as cob

    dbs, _ = twins
    apply = cob._apply
    calls = []

    async def dies(*args, **kwargs):  # noqa: ANN002, ANN003
        calls.append(1)
        if len(calls) == 4:
            raise ConnectionResetError("the job was killed")
        return await apply(*args, **kwargs)

    await close_business_day(dbs["batched"], D, method="batched", batch_size=40)
    monkeypatch.setattr(cob, "_apply", dies)
    with pytest.raises(ConnectionResetError, match="the job was killed"):
        await close_business_day(dbs["staged"], D, batch_size=40, workers=2)
    async with dbs["staged"].sessions() as s:
        assert (await s.get(BusinessDay, D)).finished_at is None
        assert (await s.execute(select(func.count()).select_from(OutboxRecord))).scalar_one() > 0
    monkeypatch.setattr(cob, "_apply", apply)
    await close_business_day(dbs["staged"], D, batch_size=40)
    assert await loans_and_events(dbs["staged"]) == await loans_and_events(dbs["batched"])
