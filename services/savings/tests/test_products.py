"""Savings products as data: seeded in the organisation's words, more made within the regulator's rules."""

from __future__ import annotations

from palli_common.testing.http import assert_problem

from .conftest import GS


async def test_the_seeded_products_carry_bangla_names_and_the_mra_floor(client):
    products = {p["code"]: p for p in (await client.get("/v1/savings/products")).json()}
    assert set(products) >= {"GS", "VS", "DPS", "FDR"}
    gs = products["GS"]
    assert (gs["id"], gs["kind"], gs["name_bn"], gs["annual_rate"]) == (GS, "compulsory", "সাধারণ সঞ্চয়", "6.00")
    assert gs["locked_while_loan_open"] is True and gs["interest_method"] == "daily_balance"
    assert products["FDR"]["min_opening_balance"] == "10000.00"
    assert (await client.get(f"/v1/savings/products/{GS}")).json() == gs


def body(**over) -> dict:
    return {"code": "GS2", "name": "General savings 2", "name_bn": "সাধারণ সঞ্চয় ২", "kind": "compulsory", "annual_rate": "6.50", **over}


async def test_a_compulsory_product_below_the_floor_is_refused_naming_the_rate(client):
    assert_problem(await client.post("/v1/savings/products", json=body(code="LOW", annual_rate="5.99")), 422, "annual_rate")
    codes = {p["code"] for p in (await client.get("/v1/savings/products")).json()}
    assert "LOW" not in codes
    # voluntary savings may pay less: the floor is for compulsory savings
    r = await client.post("/v1/savings/products", json=body(code=f"VLOW{len(codes)}", kind="voluntary", annual_rate="3.00"))
    assert r.status_code == 201, r.text
    assert r.json()["annual_rate"] == "3.00"


async def test_a_product_code_is_unique(client):
    code = "GSX" + str(len((await client.get("/v1/savings/products")).json()))
    assert (await client.post("/v1/savings/products", json=body(code=code))).status_code == 201
    assert_problem(await client.post("/v1/savings/products", json=body(code=code)), 409, "code")


async def test_bad_product_input_is_422_naming_the_field(client):
    for field, value in [("annual_rate", "abc"), ("annual_rate", "-1"), ("annual_rate", 6.5), ("days_in_year", 364),
                         ("posting_period", "weekly"), ("min_balance", "-5.00"), ("min_balance", 100), ("kind", "loan"),
                         ("code", "lower case"), ("lock_in_days", -1), ("colour", "red")]:
        assert_problem(await client.post("/v1/savings/products", json=body(**{field: value})), 422, field)
    assert_problem(await client.get("/v1/savings/products/not-a-uuid"), 422, "product_id")
    assert_problem(await client.get("/v1/savings/products/00000000-0000-4000-8000-000000000000"), 404)
