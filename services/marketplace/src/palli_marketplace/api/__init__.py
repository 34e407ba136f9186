"""Every router of the service."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_marketplace.api import routes, settlement

    return [routes.router, settlement.router]
