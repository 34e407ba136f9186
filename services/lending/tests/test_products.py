"""Loan products through the API: the defaults seeded by migration 0002, creation with every
problem reported at once, the regulatory rate cap, If-Match, activation; and eligibility()."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from palli_common.testing.http import assert_problem, each_case, get_json as get
from palli_lending.adapters.tables import ClassificationBucket, Loan, LoanProduct
from palli_lending.domain.products import Policy, highest_effective_rate, problems, validate
from palli_common.errors import ValidationFailed
from palli_lending.service.products import EDITABLE, eligibility, load_product

SEEDED = {
    "GEN-MC": "1e4d0000-0000-4000-8000-000000000001",
    "ME": "1e4d0000-0000-4000-8000-000000000002",
    "WE": "1e4d0000-0000-4000-8000-000000000003",
    "AGRI": "1e4d0000-0000-4000-8000-000000000004",
    "HOUSING": "1e4d0000-0000-4000-8000-000000000005",
    "COVID-SME": "1e4d0000-0000-4000-8000-000000000006",
}


def code() -> str:
    return f"T-{uuid.uuid4().hex[:10].upper()}"


def product_body(**over) -> dict:
    """A valid weekly flat product, 12% flat over 46-52 weeks (about 22.9% a year)."""
    return {
        "code": code(), "name": "Test microcredit", "name_bn": "পরীক্ষা ঋণ", "interest_method": "flat",
        "amortisation": "equal_installments", "frequencies": ["weekly"], "min_amount": "5000.00", "max_amount": "100000.00",
        "min_installments": 46, "max_installments": 52, "min_rate": "10.00", "max_rate": "12.00", "default_rate": "12.00",
        **over,
    }


async def create(client, **over) -> dict:  # noqa: ANN001
    r = await client.post("/v1/loan-products", json=product_body(**over))
    assert r.status_code == 201, r.text
    assert r.headers["etag"] == '"1"'
    return r.json()


def stored(row: LoanProduct) -> dict:
    return {key: getattr(row, key) for key in EDITABLE}


# --- the defaults -----------------------------------------------------------------------------

async def test_default_products_are_seeded_with_fixed_ids(client):
    items = {p["code"]: p for p in (await get(client, "/v1/loan-products", limit=200))["items"]}
    assert {c: items[c]["id"] for c in SEEDED} == SEEDED
    gen = items["GEN-MC"]
    assert gen["name_bn"] == "সাধারণ ঋণ" and gen["interest_method"] == "flat" and gen["frequencies"] == ["weekly"]
    assert (gen["min_amount"], gen["max_amount"]) == ("5000.00", "100000.00")
    assert (gen["min_installments"], gen["max_installments"]) == (46, 52)
    assert gen["max_rate"] == "12.00" and gen["installment_multiple"] == "1.00" and gen["min_days_to_first"] == 15
    assert gen["eligibility"] == {"genders": None, "max_active_loans": 1, "member_statuses": ["active"],
                                  "group_statuses": ["active"], "min_compulsory_savings": None, "required_training": None}
    assert items["ME"]["max_amount"] == "1000000.00" and items["ME"]["max_rate"] == "24.00"
    assert items["ME"]["frequencies"] == ["weekly", "monthly"] and items["ME"]["interest_method"] == "declining_balance"
    assert items["WE"]["eligibility"]["genders"] == ["female"] and items["WE"]["max_rate"] == "20.00"
    assert items["AGRI"]["frequencies"] == ["at_end"] and items["AGRI"]["term_months"] == [6, 9]
    assert items["AGRI"]["max_installments"] == 1
    assert items["HOUSING"]["frequencies"] == ["monthly"] and items["HOUSING"]["max_installments"] == 60
    covid = items["COVID-SME"]
    assert (covid["min_rate"], covid["max_rate"], covid["grace_on_principal"]) == ("4.00", "9.00", 3)
    assert [items[c]["name_bn"] for c in ("ME", "WE", "AGRI", "HOUSING", "COVID-SME")] == [
        "ক্ষুদ্র উদ্যোক্তা ঋণ", "নারী উদ্যোক্তা ঋণ", "কৃষি ঋণ", "গৃহ ঋণ", "কোভিড প্রণোদনা ঋণ"]
    assert all(items[c]["active"] and items[c]["version"] >= 1 for c in SEEDED)


async def test_every_default_product_passes_the_validator_and_the_cap(app):
    async with app.state.runtime.db.sessions() as s:
        rows = {p.code: p for p in (await s.scalars(select(LoanProduct).where(LoanProduct.code.in_(SEEDED)))).all()}
    assert set(rows) == set(SEEDED)
    policy = Policy(rate_cap_percent=app.state.runtime.settings.rate_cap_percent,
                    min_days_to_first=app.state.runtime.settings.min_days_to_first_installment)
    for code_, row in rows.items():
        assert problems(stored(row), policy) == [], code_
        assert highest_effective_rate(stored(row)).percent <= Decimal("24.00"), code_
    # flat 12% costs far more than its figure, yet stays within the cap
    assert Decimal("22") < highest_effective_rate(stored(rows["GEN-MC"])).percent <= Decimal("24")


async def test_classification_buckets_are_seeded(app):
    async with app.state.runtime.db.sessions() as s:
        buckets = (await s.scalars(select(ClassificationBucket).order_by(ClassificationBucket.min_days_past_due))).all()
    assert [(b.name, b.min_days_past_due, b.provision_percent) for b in buckets] == [
        ("standard", 0, Decimal("1.00")), ("watchful", 30, Decimal("5.00")), ("substandard", 60, Decimal("20.00")),
        ("doubtful", 180, Decimal("50.00")), ("bad", 360, Decimal("100.00")),
    ]


# --- creation ---------------------------------------------------------------------------------

async def test_create_product_and_read_it_back(client):
    body = product_body(code=f"  new-{uuid.uuid4().hex[:8]}  ", installment_multiple="1.00",
                        eligibility={"genders": ["female"], "max_active_loans": 2, "min_compulsory_savings": "500"})
    r = await client.post("/v1/loan-products", json=body)
    assert r.status_code == 201, r.text
    p = r.json()
    assert p["code"] == body["code"].strip().upper()
    assert (p["min_amount"], p["max_amount"], p["installment_multiple"]) == ("5000.00", "100000.00", "1.00")
    assert (p["min_rate"], p["max_rate"], p["default_rate"]) == ("10.00", "12.00", "12.00")
    assert p["min_days_to_first"] == 15 and p["grace_on_principal"] == 0 and p["prepayment_interest"] == "accrued"
    assert p["term_months"] is None and p["active"] is True and p["version"] == 1
    assert p["eligibility"] == {"genders": ["female"], "max_active_loans": 2, "member_statuses": ["active"],
                                "group_statuses": ["active"], "min_compulsory_savings": "500.00", "required_training": None}
    r = await client.get(f"/v1/loan-products/{p['id']}")
    assert r.status_code == 200 and r.headers["etag"] == '"1"'
    assert r.json() == p


async def test_every_inconsistent_field_is_reported_at_once(client):
    r = await client.post("/v1/loan-products", json=product_body(
        min_rate="14.00", max_rate="12.00", min_amount="9000.00", max_amount="8000.00", min_installments=10,
        max_installments=8, grace_on_principal=10, grace_on_interest=12, min_days_to_first=10, installment_multiple="0.00",
    ))
    body = assert_problem(r, 422)
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"min_rate", "max_amount", "max_installments", "grace_on_principal", "grace_on_interest",
                      "min_days_to_first", "installment_multiple"}
    assert "15 days" in body["detail"]


BAD_PRODUCTS = [
    ("rate as a JSON number", {"max_rate": 12}, "max_rate"),
    ("rate with three places", {"min_rate": "10.005"}, "min_rate"),
    ("rate above 100", {"max_rate": "100.01"}, "max_rate"),
    ("negative rate", {"min_rate": "-1.00"}, "min_rate"),
    ("rate not a number", {"default_rate": "twelve"}, "default_rate"),
    ("default rate outside the range", {"default_rate": "9.00"}, "default_rate"),
    ("money as a JSON number", {"min_amount": 5000}, "min_amount"),
    ("zero min amount", {"min_amount": "0.00"}, "min_amount"),
    ("money with three places", {"max_amount": "100000.001"}, "max_amount"),
    ("no frequency", {"frequencies": []}, "frequencies"),
    ("unknown frequency", {"frequencies": ["daily"]}, "frequencies.0"),
    ("frequency twice", {"frequencies": ["weekly", "weekly"]}, "frequencies"),
    ("unknown interest method", {"interest_method": "compound"}, "interest_method"),
    ("unknown amortisation", {"amortisation": "balloon"}, "amortisation"),
    ("unknown prepayment interest", {"prepayment_interest": "none"}, "prepayment_interest"),
    ("zero installments", {"min_installments": 0}, "min_installments"),
    ("grace as long as the loan", {"grace_on_principal": 46}, "grace_on_principal"),
    ("first installment too soon", {"min_days_to_first": 14}, "min_days_to_first"),
    ("term months without at_end", {"term_months": [6]}, "term_months"),
    ("at_end mixed with weekly", {"frequencies": ["weekly", "at_end"]}, "frequencies"),
    ("at_end with many installments", {"frequencies": ["at_end"], "term_months": [6]}, "max_installments"),
    ("at_end without terms", {"frequencies": ["at_end"], "min_installments": 1, "max_installments": 1}, "term_months"),
    ("at_end with a zero term", {"frequencies": ["at_end"], "min_installments": 1, "max_installments": 1, "term_months": [0]}, "term_months.0"),
    ("at_end with a term twice", {"frequencies": ["at_end"], "min_installments": 1, "max_installments": 1, "term_months": [6, 6]}, "term_months"),
    ("bad code", {"code": "-bad code!"}, "code"),
    ("missing name", {"name": None}, "name"),
    ("unknown field", {"colour": "blue"}, "colour"),
    ("unknown gender", {"eligibility": {"genders": ["other"]}}, "eligibility.genders.0"),
    ("empty genders", {"eligibility": {"genders": []}}, "eligibility.genders"),
    ("zero loans allowed", {"eligibility": {"max_active_loans": 0}}, "eligibility.max_active_loans"),
    ("exited members", {"eligibility": {"member_statuses": ["exited"]}}, "eligibility.member_statuses.0"),
    ("negative savings", {"eligibility": {"min_compulsory_savings": "-1.00"}}, "eligibility.min_compulsory_savings"),
    ("unknown rule", {"eligibility": {"min_age": 18}}, "eligibility.min_age"),
]


async def test_bad_products_are_refused_naming_the_field(client):
    before = len((await get(client, "/v1/loan-products", limit=200))["items"])

    async def check(override: dict, field: str) -> None:
        assert_problem(await client.post("/v1/loan-products", json=product_body(**override)), 422, field)

    await each_case(BAD_PRODUCTS, check)
    assert len((await get(client, "/v1/loan-products", limit=200))["items"]) == before


async def test_at_end_product_with_one_installment_and_terms(client):
    p = await create(client, frequencies=["at_end"], interest_method="declining_balance", min_installments=1,
                     max_installments=1, term_months=[6, 9, 12], min_rate="16.00", default_rate="20.00", max_rate="22.00")
    assert p["term_months"] == [6, 9, 12] and p["frequencies"] == ["at_end"]


# --- the regulatory cap -----------------------------------------------------------------------

async def test_flat_rate_is_judged_by_what_it_really_costs(client):
    body = assert_problem(await client.post("/v1/loan-products", json=product_body(max_rate="15.00", default_rate="15.00")), 422, "max_rate")
    assert "above the 24.00% cap" in body["detail"] and "15.00%" in body["detail"] and "weekly" in body["detail"]
    assert [e["field"] for e in body["errors"]] == ["max_rate"]
    assert_problem(await client.post("/v1/loan-products", json=product_body(max_rate="13.00", default_rate="12.00")), 422, "max_rate")
    await create(client, max_rate="12.00")


async def test_declining_rate_up_to_the_cap_passes(client):
    declining = dict(interest_method="declining_balance", frequencies=["weekly", "fortnightly", "monthly"], min_installments=12,
                     max_installments=104, default_rate="20.00")
    await create(client, **declining, max_rate="24.00")
    body = assert_problem(await client.post("/v1/loan-products", json=product_body(**declining, max_rate="24.01")), 422, "max_rate")
    assert "24.01%" in body["detail"]


async def test_the_cap_counts_every_frequency_the_product_allows(client):
    # flat 13.40% over 12 installments costs about 23.9% a year paid monthly, about 24.5% paid weekly
    monthly = dict(frequencies=["monthly"], min_installments=12, max_installments=12, max_rate="13.40")
    await create(client, **monthly)
    body = assert_problem(await client.post("/v1/loan-products", json=product_body(**{**monthly, "frequencies": ["monthly", "weekly"]})),
                          422, "max_rate")
    assert "a weekly loan of 5000.00 taka in 12 installments" in body["detail"]


async def test_the_cap_counts_every_number_of_installments_not_only_the_ends(client):
    # flat 13.50% monthly: 6 installments cost 22.8% a year, 60 cost 22.5%, but 16 cost 24.2%
    body = assert_problem(await client.post("/v1/loan-products", json=product_body(
        frequencies=["monthly"], min_installments=6, max_installments=60, max_rate="13.50")), 422, "max_rate")
    assert "in 16 installments costs 24.21% a year" in body["detail"]
    await create(client, frequencies=["monthly"], min_installments=6, max_installments=60, max_rate="13.00")


def test_the_cap_follows_the_policy():
    gen = dict(interest_method="flat", amortisation="equal_installments", frequencies=["weekly"], min_amount=500_000,
               max_amount=10_000_000, min_installments=46, max_installments=52, term_months=None, min_rate=Decimal("10"),
               max_rate=Decimal("12"), default_rate=Decimal("12"), grace_on_principal=0, grace_on_interest=0,
               min_days_to_first=15, installment_multiple=100, prepayment_interest="accrued")
    validate(gen, Policy())
    with pytest.raises(ValidationFailed) as refused:
        validate(gen, Policy(rate_cap_percent=Decimal("20.00")))
    assert refused.value.errors[0][0] == "max_rate" and "20.00% cap" in refused.value.detail
    with pytest.raises(ValidationFailed) as refused:
        validate({**gen, "min_days_to_first": 20}, Policy(min_days_to_first=30))
    assert [f for f, _ in refused.value.errors] == ["min_days_to_first"]


# --- duplicates, reads, 404 -------------------------------------------------------------------

async def test_product_code_is_unique(client):
    p = await create(client)
    assert_problem(await client.post("/v1/loan-products", json=product_body(code=p["code"])), 409, "code")
    assert_problem(await client.post("/v1/loan-products", json=product_body(code=p["code"].lower())), 409, "code")
    assert_problem(await client.post("/v1/loan-products", json=product_body(code="GEN-MC")), 409, "code")


async def test_unknown_product_is_404(client):
    missing = uuid.uuid4()
    assert_problem(await client.get(f"/v1/loan-products/{missing}"), 404)
    assert_problem(await client.patch(f"/v1/loan-products/{missing}", json={"name": "x"}), 404)
    assert_problem(await client.post(f"/v1/loan-products/{missing}/deactivate"), 404)
    assert_problem(await client.post(f"/v1/loan-products/{missing}/activate"), 404)
    assert_problem(await client.get("/v1/loan-products/not-a-uuid"), 422, "product_id")


async def test_list_pages_by_code_and_filters_on_active(client):
    inactive = await create(client)
    assert (await client.post(f"/v1/loan-products/{inactive['id']}/deactivate")).status_code == 200
    seen, cursor = [], None
    while True:
        page = await get(client, "/v1/loan-products", limit=3, **({"cursor": cursor} if cursor else {}))
        assert len(page["items"]) <= 3
        seen += [p["code"] for p in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen) and len(seen) == len(set(seen)) and set(SEEDED) <= set(seen) and inactive["code"] in seen
    active = [p["code"] for p in (await get(client, "/v1/loan-products", active="true", limit=200))["items"]]
    retired = [p["code"] for p in (await get(client, "/v1/loan-products", active="false", limit=200))["items"]]
    assert inactive["code"] in retired and inactive["code"] not in active and set(SEEDED) <= set(active)
    assert_problem(await client.get("/v1/loan-products", params={"active": "maybe"}), 422, "active")


# --- changes ----------------------------------------------------------------------------------

async def test_patch_changes_what_is_sent_under_if_match(client):
    p = await create(client)
    r = await client.patch(f"/v1/loan-products/{p['id']}", headers={"If-Match": '"1"'},
                           json={"name": "Renamed", "max_installments": 50, "eligibility": {"genders": ["female"]}})
    assert r.status_code == 200, r.text
    assert r.headers["etag"] == '"2"'
    changed = r.json()
    assert changed["name"] == "Renamed" and changed["max_installments"] == 50 and changed["version"] == 2
    assert changed["eligibility"]["genders"] == ["female"] and changed["eligibility"]["max_active_loans"] == 1
    assert changed["code"] == p["code"] and changed["min_amount"] == p["min_amount"]
    # null clears what may be empty
    r = await client.patch(f"/v1/loan-products/{p['id']}", json={"name_bn": None, "installment_multiple": "5.00"})
    assert r.status_code == 200 and r.json()["name_bn"] is None and r.json()["installment_multiple"] == "5.00"
    assert (await get(client, f"/v1/loan-products/{p['id']}"))["version"] == 3


async def test_patch_with_a_stale_etag_is_412_and_changes_nothing(client):
    p = await create(client)
    assert (await client.patch(f"/v1/loan-products/{p['id']}", json={"name": "First"})).status_code == 200
    assert_problem(await client.patch(f"/v1/loan-products/{p['id']}", headers={"If-Match": '"1"'}, json={"name": "Second"}), 412, "If-Match")
    assert_problem(await client.patch(f"/v1/loan-products/{p['id']}", headers={"If-Match": "soon"}, json={"name": "Second"}), 422, "If-Match")
    now = await get(client, f"/v1/loan-products/{p['id']}")
    assert now["name"] == "First" and now["version"] == 2


async def test_patch_is_validated_against_the_whole_product(client):
    p = await create(client)

    async def check(change: dict, field: str) -> None:
        assert_problem(await client.patch(f"/v1/loan-products/{p['id']}", json=change), 422, field)

    await each_case([
        ("flat rate over the cap", {"max_rate": "15.00", "default_rate": "15.00"}, "max_rate"),
        ("default above the max", {"default_rate": "13.00"}, "default_rate"),
        ("min amount above the max", {"min_amount": "200000.00"}, "max_amount"),
        ("min installments above the max", {"min_installments": 60}, "max_installments"),
        ("name cannot be null", {"name": None}, "name"),
        ("frequencies cannot be null", {"frequencies": None}, "frequencies"),
        ("the code never changes", {"code": "OTHER"}, "code"),
        ("the version is not a field", {"version": 9}, "version"),
    ], check)
    assert (await get(client, f"/v1/loan-products/{p['id']}")) == p


async def test_deactivate_and_activate(client):
    p = await create(client)
    r = await client.post(f"/v1/loan-products/{p['id']}/deactivate", headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["active"] is False and r.json()["version"] == 2 and r.headers["etag"] == '"2"'
    assert_problem(await client.post(f"/v1/loan-products/{p['id']}/deactivate"), 409, "active")
    assert_problem(await client.post(f"/v1/loan-products/{p['id']}/activate", headers={"If-Match": '"1"'}), 412)
    r = await client.post(f"/v1/loan-products/{p['id']}/activate", headers={"If-Match": '"2"'})
    assert r.status_code == 200 and r.json()["active"] is True and r.json()["version"] == 3
    assert_problem(await client.post(f"/v1/loan-products/{p['id']}/activate"), 409, "active")


async def test_products_need_an_identity(app):
    import httpx

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://lending") as anonymous:
        assert_problem(await anonymous.post("/v1/loan-products", json=product_body()), 401)
        assert_problem(await anonymous.get("/v1/loan-products"), 401)


# --- eligibility() for the loan application ---------------------------------------------------

async def _loan(app, member, product_id: str, status: str) -> None:  # noqa: ANN001
    stamp = datetime.now(UTC)
    async with app.state.runtime.db.sessions() as s:
        s.add(Loan(id=uuid.uuid4(), member_id=member.member_id, group_id=member.group_id, branch_id=member.branch_id,
                   product_id=uuid.UUID(product_id), status=status, principal=1_000_000, annual_rate=Decimal("12.00"),
                   frequency="weekly", installments=46, applied_by="officer", applied_at=stamp, created_at=stamp,
                   updated_at=stamp))
        await s.commit()


async def test_eligibility_reads_the_copies_and_counts_open_loans(app, seed):
    group = await seed.group()
    woman = await seed.member(group, gender="female")
    man = await seed.member(group, gender="male")
    db = app.state.runtime.db
    async with db.sessions() as s:
        gen = await load_product(s, uuid.UUID(SEEDED["GEN-MC"]))
        we = await load_product(s, uuid.UUID(SEEDED["WE"]))
        assert await eligibility(s, gen, woman.member_id) == []
        assert await eligibility(s, gen, man.member_id) == []
        assert await eligibility(s, we, man.member_id) == [("member_id", "product is for women members")]
        assert await eligibility(s, gen, uuid.uuid4()) == [("member_id", "member unknown to lending (no members event received yet)")]
    for status in ("closed", "rejected", "withdrawn", "written_off"):
        await _loan(app, woman, SEEDED["GEN-MC"], status)
    async with db.sessions() as s:
        assert await eligibility(s, gen, woman.member_id) == []
    await _loan(app, woman, SEEDED["GEN-MC"], "applied")
    async with db.sessions() as s:
        assert await eligibility(s, gen, woman.member_id) == [("member_id", "member already has 1 active loan (the limit is 1)")]


async def test_eligibility_sees_member_and_group_status(app, seed):
    suspended = await seed.group(status="suspended")
    applicant = await seed.member(suspended, status="applicant")
    async with app.state.runtime.db.sessions() as s:
        gen = await load_product(s, uuid.UUID(SEEDED["GEN-MC"]))
        assert [r for _, r in await eligibility(s, gen, applicant.member_id)] == [
            "member is an applicant, not active", "member's group is suspended"]


async def test_load_product_names_the_field_when_the_id_came_in_a_body(app):
    async with app.state.runtime.db.sessions() as s:
        with pytest.raises(ValidationFailed) as refused:
            await load_product(s, uuid.uuid4(), field="product_id")
        assert refused.value.field == "product_id"


def test_migration_0002_goes_down_and_up_and_leaves_existing_rows_alone(tmp_path):
    import sqlite3

    from alembic import command

    from palli_common.migrations import alembic_config, upgrade

    path = tmp_path / "lending.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade("palli_lending", url)

    def rows(sql: str) -> list:
        with sqlite3.connect(path) as conn:
            return conn.execute(sql).fetchall()

    assert sorted(r[0] for r in rows("SELECT code FROM loan_products")) == sorted(SEEDED)
    assert len(rows("SELECT name FROM classification_buckets")) == 5
    command.downgrade(alembic_config("palli_lending", url), "0001")
    assert rows("SELECT code FROM loan_products") == [] and rows("SELECT name FROM classification_buckets") == []
    with sqlite3.connect(path) as conn:  # a bucket an operator set up by hand before the defaults arrive
        conn.execute("INSERT INTO classification_buckets VALUES ('watchful', 45, 7.50)")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    upgrade("palli_lending", url)
    assert rows("SELECT min_days_past_due, provision_percent FROM classification_buckets WHERE name = 'watchful'") == [(45, 7.5)]
    assert len(rows("SELECT name FROM classification_buckets")) == 5
    assert len(rows("SELECT code FROM loan_products")) == 6
