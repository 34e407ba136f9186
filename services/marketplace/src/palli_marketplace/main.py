"""The marketplace (Palli Bipani): producers' goods sold through rural outlets."""

from __future__ import annotations

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_marketplace.api import routers
from palli_marketplace.consumers import CONSUMERS
from palli_marketplace.settings import MarketplaceSettings

DESCRIPTION = (
    "Producers (members) and their products with Bangla and English names; outlets with stock per lot; lots received on "
    "consignment, purchase or advance and checked for quality; transfers between outlets; point-of-sale sales posted "
    "idempotently from outlets' tablets, split into VAT (rates as data), the outlet's commission and the producer's share. "
    "Publishes `marketplace.sale` events."
)


def create_app(settings: MarketplaceSettings | None = None) -> FastAPI:
    settings = settings or MarketplaceSettings()
    return create_service_app(settings, title="Palli marketplace", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
