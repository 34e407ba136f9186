"""The lending service: loan products, schedules, the loan lifecycle, collection sheets, arrears and PAR."""

from __future__ import annotations

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_lending.api import routers
from palli_lending.consumers import CONSUMERS
from palli_lending.settings import LendingSettings

DESCRIPTION = (
    "Loan products and exact repayment schedules (Fineract's maths), applications with maker-checker "
    "approval, disbursement, repayments, prepayment, write-off and reversal; weekly collection sheets for "
    "samity meetings; arrears, classification and portfolio at risk. Publishes `lending.loan` events."
)


def create_app(settings: LendingSettings | None = None) -> FastAPI:
    settings = settings or LendingSettings()
    return create_service_app(settings, title="Palli lending", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
