"""Events on `marketplace.sale`: each sale with its split (VAT, the outlet's commission, the
producers' shares), decimal taka strings, so the ledger and settlement need nothing else."""

from __future__ import annotations

from datetime import date

from palli_common.events import EventContract


class SaleFact(EventContract):
    sale_id: str
    outlet_id: str
    branch_id: str | None = None
    on: date
    channel: str  # cash | bkash | nagad | bangla_qr
    reference: str | None = None
    amount: str  # what the customer paid, VAT included
    vat: str
    commission: str
    producer_share: str
    lines: list[dict]  # {product_id, producer_id, lot_id, quantity, line_total, vat, commission, producer_share}
    actor: str | None = None


class SaleRecorded(SaleFact):
    event_type = "marketplace.sale.recorded"
