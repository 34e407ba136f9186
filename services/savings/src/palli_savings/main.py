"""The savings service: savings products, members' accounts, deposits, withdrawals and passbooks."""

from __future__ import annotations

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_savings.api import routers
from palli_savings.consumers import CONSUMERS
from palli_savings.settings import SavingsSettings

DESCRIPTION = (
    "Savings products as data (general compulsory savings at no less than the MRA's 6%, voluntary savings, "
    "DPS, fixed deposits); accounts for active members, deposits and withdrawals under the account's lock "
    "and the caller's Idempotency-Key, and the passbook with its running balance. Publishes `savings.account` events."
)


def create_app(settings: SavingsSettings | None = None) -> FastAPI:
    settings = settings or SavingsSettings()
    return create_service_app(settings, title="Palli savings", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
