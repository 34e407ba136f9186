"""The ledger service: chart of accounts, posting rules, the double-entry journal, reports and reconciliation."""

from __future__ import annotations

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_ledger.api import routers
from palli_ledger.consumers import CONSUMERS
from palli_ledger.settings import LedgerSettings

DESCRIPTION = (
    "A double-entry general ledger fed by the platform's events: a chart of accounts for a microfinance "
    "organisation, posting rules as data, one balanced immutable journal entry per money event, manual "
    "entries with a second accountant's approval, trial balance, account statements, general ledger, "
    "balance sheet and income statement (JSON or CSV), and reconciliation with lending. Publishes `ledger.journal` events."
)


def create_app(settings: LedgerSettings | None = None) -> FastAPI:
    settings = settings or LedgerSettings()
    return create_service_app(settings, title="Palli ledger", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
