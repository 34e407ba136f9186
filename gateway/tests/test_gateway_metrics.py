"""The gateway's /metrics: requests by the permission table's template (a proxied one too, and a
refusal), for Prometheus with its token; shut to the public in production without one."""

from __future__ import annotations

from palli_gateway.main import create_app

from test_front_door import _admin_headers, _client, _lone_settings  # gateway/tests is on sys.path (conftest.py)


async def test_proxied_and_refused_requests_are_counted_by_template(tmp_path):
    app = create_app(await _lone_settings(tmp_path))
    async with app.router.lifespan_context(app), await _client(app) as c:
        headers = await _admin_headers(c)
        assert (await c.get("/v1/members/0196a3c2-0000-7000-8000-000000000001", headers=headers)).status_code == 502  # members is down
        assert (await c.get("/v1/members/0196a3c2-0000-7000-8000-000000000002")).status_code == 401
        text = (await c.get("/metrics")).text  # a test environment: open
    assert 'palli_http_requests_total{method="GET",route="/v1/members/{member_id}",service="gateway",status="502"} 1.0' in text
    assert 'palli_http_requests_total{method="GET",route="/v1/members/{member_id}",service="gateway",status="401"} 1.0' in text
    assert 'palli_http_requests_total{method="POST",route="/v1/auth/token",service="gateway",status="200"} 1.0' in text
    assert "0196a3c2" not in text


async def test_in_production_metrics_answer_only_the_scrapers_token(tmp_path):
    shut = create_app(await _lone_settings(tmp_path, environment="production", key_secret="a-real-secret-" * 3,
                                           admin_password="a-real-admin-password"))
    async with await _client(shut) as c:
        assert (await c.get("/metrics")).status_code == 404
    scraped = create_app(await _lone_settings(tmp_path, metrics_token="prometheus-only"))
    async with await _client(scraped) as c:
        assert (await c.get("/metrics")).status_code == 404
        assert (await c.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 404
        r = await c.get("/metrics", headers={"Authorization": "Bearer prometheus-only"})
        assert r.status_code == 200 and "palli_http_requests_total" in r.text
