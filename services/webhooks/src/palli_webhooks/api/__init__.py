"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_webhooks.api import deliveries, endpoints

    return [endpoints.router, deliveries.router]
