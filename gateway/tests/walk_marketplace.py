"""The permission walk's setups for the marketplace's routes. An operator works only in the
outlets they run, so each outlet is made for the caller about to call (`r.caller`: the claims of
the token the walk is about to send)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def _caller(r) -> dict:  # noqa: ANN001
    return getattr(r, "caller", None) or {}


async def producer(r) -> dict:  # noqa: ANN001
    """An active member as the marketplace's members-event copy holds her, registered as a producer."""
    from palli_marketplace.adapters.tables import MarketMemberCopy

    member_id = uuid.uuid4()
    await r._insert(r.marketplace_db, MarketMemberCopy(member_id=member_id, branch_id=uuid.uuid4(), name_en="Salma Khatun", name_bn="সালমা খাতুন",
                                                       status="active", aggregate_version=1, updated_at=datetime.now(UTC)))
    return await r._post("/v1/marketplace/producers", {"member_id": str(member_id)})


async def product(r) -> dict:  # noqa: ANN001
    p = await producer(r)
    return await r._post("/v1/marketplace/products", {"producer_id": p["id"], "code": f"NK-{uuid.uuid4().hex[:8].upper()}",
                                                      "name": "Nakshi kantha", "name_bn": "নকশী কাঁথা", "category": "textile", "unit": "piece",
                                                      "producer_price": "800.00", "retail_price": "1050.00"})


async def outlet(r) -> dict:  # noqa: ANN001
    return await r._post("/v1/marketplace/outlets", {"code": f"PB-{uuid.uuid4().hex[:8].upper()}", "name": "Palli Bipani", "name_bn": "পল্লী বিপণি",
                                                     "district": "Tangail", "upazila": "Mirzapur", "operator_subject": _caller(r).get("sub")})


async def lot(r, checked: bool = True) -> tuple[dict, dict, dict]:  # noqa: ANN001
    o, p = await outlet(r), await product(r)
    received = await r._post("/v1/marketplace/lots", {"product_id": p["id"], "outlet_id": o["id"], "mode": "consignment", "quantity": 10})
    if checked:
        received = await r._post(f"/v1/marketplace/lots/{received['id']}/quality-check", {"accepted": 10})
    return o, p, received


def _sale(p: dict) -> dict:
    return {"client_id": f"walk-{uuid.uuid4().hex[:8]}", "sold_at": datetime.now(UTC).isoformat(), "channel": "cash",
            "lines": [{"product_id": p["id"], "quantity": 1}]}


async def _fixed(url: str, body: dict | None = None):  # noqa: ANN202
    return url, body


async def _lot_body(r):  # noqa: ANN001, ANN202
    o, p = await outlet(r), await product(r)
    return "/v1/marketplace/lots", {"product_id": p["id"], "outlet_id": o["id"], "mode": "consignment", "quantity": 5}


async def _check(r):  # noqa: ANN001, ANN202
    _, _, received = await lot(r, checked=False)
    return f"/v1/marketplace/lots/{received['id']}/quality-check", {"accepted": 9}


async def _transfer(r):  # noqa: ANN001, ANN202
    o, _, received = await lot(r)
    away = await outlet(r)
    return "/v1/marketplace/transfers", {"lot_id": received["id"], "from_outlet_id": o["id"], "to_outlet_id": away["id"], "quantity": 2}


async def _stock(r):  # noqa: ANN001, ANN202
    o, _, _ = await lot(r)
    return f"/v1/marketplace/outlets/{o['id']}/stock", None


async def _sell(r):  # noqa: ANN001, ANN202
    o, p, _ = await lot(r)
    return f"/v1/marketplace/outlets/{o['id']}/sales", _sale(p)


async def _receipt(r):  # noqa: ANN001, ANN202
    o, p, _ = await lot(r)
    sale = await r._post(f"/v1/marketplace/outlets/{o['id']}/sales", _sale(p))
    return f"/v1/marketplace/sales/{sale['id']}", None


async def _new_producer(r):  # noqa: ANN001, ANN202
    from palli_marketplace.adapters.tables import MarketMemberCopy

    member_id = uuid.uuid4()
    await r._insert(r.marketplace_db, MarketMemberCopy(member_id=member_id, branch_id=uuid.uuid4(), name_en="Rina", name_bn="রিনা",
                                                       status="active", aggregate_version=1, updated_at=datetime.now(UTC)))
    return "/v1/marketplace/producers", {"member_id": str(member_id)}


async def _new_product(r):  # noqa: ANN001, ANN202
    p = await producer(r)
    return "/v1/marketplace/products", {"producer_id": p["id"], "code": f"JB-{uuid.uuid4().hex[:8].upper()}", "name": "Jute bag",
                                        "name_bn": "পাটের ব্যাগ", "category": "handicraft", "unit": "piece", "producer_price": "150.00",
                                        "retail_price": "220.00"}


async def _sold(r, quantity: int = 2):  # noqa: ANN001, ANN202
    """A sale of her goods, and the producer (paid into savings)."""
    o, p, _ = await lot(r)
    sale = await r._post(f"/v1/marketplace/outlets/{o['id']}/sales", {**_sale(p), "lines": [{"product_id": p["id"], "quantity": quantity}]})
    await r._request("PUT", f"/v1/marketplace/producers/{p['producer_id']}/payout-destination",
                     {"channel": "savings", "savings_account_id": str(uuid.uuid4())})
    return o, p, sale


async def _return(r):  # noqa: ANN001, ANN202
    _, p, sale = await _sold(r)
    return f"/v1/marketplace/sales/{sale['id']}/returns", {"lines": [{"product_id": p["id"], "quantity": 1}], "reason": "wrong colour",
                                                           "restock": True}


async def _adjust(r):  # noqa: ANN001, ANN202
    o, _, received = await lot(r)
    return f"/v1/marketplace/outlets/{o['id']}/adjustments", {"lot_id": received["id"], "kind": "returned_to_producer", "quantity": 1,
                                                              "reason": "unsold"}


async def _ordered(r) -> dict:  # noqa: ANN001
    o, p = await outlet(r), await product(r)
    await r._request("PUT", f"/v1/marketplace/producers/{p['producer_id']}/payout-destination", {"channel": "cash"})
    return await r._post("/v1/marketplace/lots", {"product_id": p["id"], "outlet_id": o["id"], "mode": "advance", "quantity": 10})


async def _producer_url(r, suffix: str, body: dict | None = None):  # noqa: ANN001, ANN202
    _, p, _ = await _sold(r)
    return f"/v1/marketplace/producers/{p['producer_id']}{suffix}", body


async def _payout(r):  # noqa: ANN001, ANN202
    _, p, _ = await _sold(r)
    paid = await r._post(f"/v1/marketplace/producers/{p['producer_id']}/payouts", {})
    return f"/v1/marketplace/payouts/{paid['id']}", None


async def _order(r) -> tuple[dict, dict]:  # noqa: ANN001
    """An order placed by the caller when they may place one (a partner sees only its own), else by the admin."""
    o, p, _ = await lot(r)
    body = {"channel": "online", "customer": {"name": "Rahima Begum", "mobile": "01712345678"}, "lines": [{"product_id": p["id"], "quantity": 1}]}
    headers = getattr(r, "caller_headers", None)
    if headers:
        if _caller(r).get("kind") == "partner" or "partner" in str(_caller(r).get("sub", "")):
            body["channel"] = "partner"
        mine = await r.api.http.post(f"/v1/marketplace/outlets/{o['id']}/orders", json=body,
                                     headers={**headers, "Idempotency-Key": str(uuid.uuid4())})
        if mine.status_code == 201:
            return o, mine.json()
        body["channel"] = "online"
    return o, await r._post(f"/v1/marketplace/outlets/{o['id']}/orders", body)


async def _place_order(r):  # noqa: ANN001, ANN202
    o, p, _ = await lot(r)
    channel = "partner" if _caller(r).get("kind") == "partner" else "online"
    return f"/v1/marketplace/outlets/{o['id']}/orders", {"channel": channel, "customer": {"name": "Rahima Begum", "mobile": "01712345678"},
                                                          "lines": [{"product_id": p["id"], "quantity": 1}]}


async def _order_url(r, suffix: str = "", body: dict | None = None):  # noqa: ANN001, ANN202
    _, placed = await _order(r)
    return f"/v1/marketplace/orders/{placed['id']}{suffix}", body


async def _outlet_orders(r):  # noqa: ANN001, ANN202
    o, _ = await _order(r)
    return f"/v1/marketplace/outlets/{o['id']}/orders", None


def _today() -> str:
    from palli_common.clock import business_today

    return business_today().isoformat()


async def _vat_rate(r):  # noqa: ANN001, ANN202
    category = "walk_" + "".join(chr(97 + b % 26) for b in uuid.uuid4().bytes[:10])  # a new category: no day taken twice
    return "/v1/marketplace/vat-rates", {"category": category, "rate": "5.00", "effective_from": _today()}


async def _commission_rule(r):  # noqa: ANN001, ANN202
    p = await producer(r)  # her own rule: no day taken twice
    return "/v1/marketplace/commission-rules", {"category": "textile", "producer_id": p["id"], "percent": "9.00", "effective_from": _today()}


async def _price_list(r) -> dict:  # noqa: ANN001
    return await r._post("/v1/marketplace/price-lists", {"code": f"PL-{uuid.uuid4().hex[:8].upper()}", "name": "Dhaka outlets"})


async def _add_price(r):  # noqa: ANN001, ANN202
    listed, p = await _price_list(r), await product(r)
    return f"/v1/marketplace/price-lists/{listed['id']}/prices", {"product_id": p["id"], "retail_price": "1100.00", "effective_from": _today()}


async def _prices(r):  # noqa: ANN001, ANN202
    return f"/v1/marketplace/price-lists/{(await _price_list(r))['id']}/prices", None


async def _follow(r):  # noqa: ANN001, ANN202
    o, listed = await outlet(r), await _price_list(r)
    return f"/v1/marketplace/outlets/{o['id']}/price-list", {"price_list_id": listed["id"]}


SETUPS = {
    ("POST", "/v1/marketplace/vat-rates"): _vat_rate,
    ("GET", "/v1/marketplace/vat-rates"): lambda r: _fixed("/v1/marketplace/vat-rates"),
    ("POST", "/v1/marketplace/commission-rules"): _commission_rule,
    ("GET", "/v1/marketplace/commission-rules"): lambda r: _fixed("/v1/marketplace/commission-rules"),
    ("POST", "/v1/marketplace/price-lists"): lambda r: _fixed("/v1/marketplace/price-lists", {
        "code": f"PL-{uuid.uuid4().hex[:8].upper()}", "name": "Dhaka outlets"}),
    ("GET", "/v1/marketplace/price-lists"): lambda r: _fixed("/v1/marketplace/price-lists"),
    ("POST", "/v1/marketplace/price-lists/{price_list_id}/prices"): _add_price,
    ("GET", "/v1/marketplace/price-lists/{price_list_id}/prices"): _prices,
    ("PUT", "/v1/marketplace/outlets/{outlet_id}/price-list"): _follow,
    ("POST", "/v1/marketplace/outlets"): lambda r: _fixed("/v1/marketplace/outlets", {
        "code": f"PB-{uuid.uuid4().hex[:8].upper()}", "name": "Palli Bipani", "name_bn": "পল্লী বিপণি", "district": "Tangail",
        "upazila": "Mirzapur"}),
    ("GET", "/v1/marketplace/outlets"): lambda r: _fixed("/v1/marketplace/outlets"),
    ("POST", "/v1/marketplace/producers"): _new_producer,
    ("GET", "/v1/marketplace/producers"): lambda r: _fixed("/v1/marketplace/producers"),
    ("POST", "/v1/marketplace/products"): _new_product,
    ("GET", "/v1/marketplace/products"): lambda r: _fixed("/v1/marketplace/products"),
    ("POST", "/v1/marketplace/lots"): _lot_body,
    ("POST", "/v1/marketplace/lots/{lot_id}/quality-check"): _check,
    ("POST", "/v1/marketplace/transfers"): _transfer,
    ("GET", "/v1/marketplace/outlets/{outlet_id}/stock"): _stock,
    ("POST", "/v1/marketplace/outlets/{outlet_id}/sales"): _sell,
    ("GET", "/v1/marketplace/sales/{sale_id}"): _receipt,
    ("POST", "/v1/marketplace/sales/{sale_id}/returns"): _return,
    ("POST", "/v1/marketplace/outlets/{outlet_id}/adjustments"): _adjust,
    ("POST", "/v1/marketplace/lots/{lot_id}/arrival"): lambda r: _url_of(_ordered(r), "/v1/marketplace/lots/{id}/arrival", {"quantity": 10}),
    ("POST", "/v1/marketplace/lots/{lot_id}/advances"): lambda r: _url_of(_ordered(r), "/v1/marketplace/lots/{id}/advances", {"amount": "100.00"}),
    ("PUT", "/v1/marketplace/producers/{producer_id}/payout-destination"): lambda r: _producer_url(r, "/payout-destination", {"channel": "cash"}),
    ("GET", "/v1/marketplace/producers/{producer_id}/statement"): lambda r: _producer_url(r, "/statement"),
    ("POST", "/v1/marketplace/producers/{producer_id}/payouts"): lambda r: _producer_url(r, "/payouts", {}),
    ("GET", "/v1/marketplace/producers/{producer_id}/payouts"): lambda r: _producer_url(r, "/payouts"),
    ("GET", "/v1/marketplace/payouts/{payout_id}"): _payout,
    ("POST", "/v1/marketplace/outlets/{outlet_id}/orders"): _place_order,
    ("GET", "/v1/marketplace/outlets/{outlet_id}/orders"): _outlet_orders,
    ("GET", "/v1/marketplace/orders/{order_id}"): lambda r: _order_url(r),
    ("POST", "/v1/marketplace/orders/{order_id}/fulfil"): lambda r: _order_url(r, "/fulfil", {"channel": "cash"}),
    ("POST", "/v1/marketplace/orders/{order_id}/cancel"): lambda r: _order_url(r, "/cancel", {"reason": "customer changed her mind"}),
    ("GET", "/v1/marketplace/reports/sales"): lambda r: _fixed("/v1/marketplace/reports/sales?group_by=outlet"),
    ("GET", "/v1/marketplace/reports/stock"): lambda r: _fixed("/v1/marketplace/reports/stock"),
    ("POST", "/v1/marketplace/settlement-runs"): lambda r: _fixed("/v1/marketplace/settlement-runs", {"minimum": "1000000.00"}),
}


async def _url_of(made, template: str, body: dict | None):  # noqa: ANN001, ANN202
    return template.format(id=(await made)["id"]), body
