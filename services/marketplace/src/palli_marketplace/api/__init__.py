"""Every router of the service."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_marketplace.api import orders, pricing, reports, routes, settlement

    return [routes.router, settlement.router, orders.router, reports.router, pricing.router]
