"""The marketplace's events, decimal taka strings throughout, so the ledger, savings and
notifications need nothing else.

Whose goods: a consignment or advance-financed lot stays the producer's until sold (her share of a
sale is owed to her, 2310); a purchased lot is the outlet's from its acceptance (bought at cost,
1510), so its sales are the outlet's own (`owned_sales`, 4150) with their cost (`owned_cost`,
Dr 5240 Cr 1510). Every sale: amount = vat + commission + producer_share + owned_sales.

`balances` on events that change what producers are owed: [{producer_id, balance, version}] after
the event, `version` counting each change of that producer's balance, so the ledger keeps the
latest per producer whatever order events arrive in, and reconciles 2310 against their sum.

Branches: a sale, a refund, a lot and a stock adjustment are booked at the outlet's branch; an
advance and a payout at the producer's (her savings account is there)."""

from __future__ import annotations

from datetime import date

from palli_common.events import EventContract

SALE_CHANNELS = ("cash", "bkash", "nagad", "bangla_qr", "bank")  # how a customer pays (ledger: 1110, 1130, 1130, 1130, 1120)
PAYOUT_CHANNELS = ("savings", "mobile_wallet", "cash")  # how a producer is paid (2120 her voluntary savings, 1130, 1110)


class SaleFact(EventContract):
    sale_id: str
    outlet_id: str
    branch_id: str | None = None
    on: date
    channel: str  # SALE_CHANNELS
    reference: str | None = None
    order_id: str | None = None  # when the sale fulfils a partner's or the online channel's order
    amount: str  # what the customer paid, VAT included
    vat: str
    commission: str
    producer_share: str
    owned_sales: str = "0.00"  # purchased goods' sales, net of VAT
    owned_cost: str = "0.00"  # and what those units cost
    lines: list[dict]  # {product_id, producer_id, lot_id, mode, quantity, line_total, vat, commission, producer_share, owned_sales, owned_cost}
    balances: list[dict] = []
    actor: str | None = None


class SaleRecorded(SaleFact):
    event_type = "marketplace.sale.recorded"


class SaleRefunded(SaleFact):
    """A customer returned units of a sale: the same parts, reversed, for what was returned;
    `amount` is refunded by `channel`. `return_id` names the return; `restocked` says whether the
    units went back on the shelf (else written off to the producer's or the outlet's loss)."""

    event_type = "marketplace.sale.refunded"
    return_id: str
    restocked: bool = True


class LotFact(EventContract):
    lot_id: str
    product_id: str
    producer_id: str
    outlet_id: str
    branch_id: str | None = None
    on: date
    channel: str  # the lot's mode: consignment | purchase | advance (the ledger's rule per mode)
    actor: str | None = None


class LotChecked(LotFact):
    """The quality check: `accepted` units went on the shelf, `rejected` went back. A purchased lot
    is bought now: `value` = accepted x unit price (Dr 1510 Cr 2310), and paid at once (a payout
    event follows). Consignment and advance lots move no money here (`value` 0.00)."""

    event_type = "marketplace.lot.checked"
    accepted: int
    rejected: int
    unit_price: str
    value: str = "0.00"
    balances: list[dict] = []


class StockAdjusted(LotFact):
    """Units written off (`kind` shrinkage: lost, damaged, expired), marked down (`kind` markdown:
    a new retail price for the lot's units at this outlet) or returned unsold to the producer
    (`kind` returned_to_producer), with the reason and, for her goods, her consent. Only a purchased
    lot's shrinkage moves money: `written_off` at cost (Dr 5250 Cr 1510)."""

    event_type = "marketplace.stock.adjusted"
    adjustment_id: str
    kind: str  # shrinkage | markdown | returned_to_producer
    quantity: int
    reason: str
    consent: dict | None = None  # {by, on, reference}: the producer's consent, for her goods
    retail_price: str | None = None  # markdown: the new price
    written_off: str = "0.00"


class AdvancePaid(EventContract):
    """Money paid ahead on an advance-financed order (`lot_id`), recovered from her later payouts:
    Dr 1420 advances to producers, Cr the channel's account (savings: her voluntary account, which
    savings credits)."""

    event_type = "marketplace.advance.paid"
    advance_id: str
    lot_id: str
    producer_id: str
    member_id: str
    branch_id: str | None = None
    on: date
    amount: str
    channel: str  # PAYOUT_CHANNELS
    reference: str | None = None
    savings_account_id: str | None = None
    actor: str | None = None


class PayoutPaid(EventContract):
    """What she was owed (`gross`) settled: `advance_recovered` repays her advances, `amount` is
    paid by `channel` (into `savings_account_id`, which savings credits; or to her wallet
    `reference`). Dr 2310 gross, Cr 1420 advance_recovered, Cr the channel's account amount.
    `statement` sums what it pays for: {from, to, sales, units, sales_share, purchases, refunds}."""

    event_type = "marketplace.payout.paid"
    payout_id: str
    producer_id: str
    member_id: str
    branch_id: str | None = None
    on: date
    gross: str
    advance_recovered: str = "0.00"
    amount: str
    channel: str  # PAYOUT_CHANNELS
    reference: str | None = None
    savings_account_id: str | None = None
    statement: dict = {}
    balances: list[dict] = []
    actor: str | None = None


from datetime import datetime  # noqa: E402  (the order events below; kept with them)

ORDER_CHANNELS = ("partner", "online")  # who took the order: a partner for its customer, or the online shop


class OrderFact(EventContract):
    """An order's units held at an outlet for a customer (`lines`: {product_id, lot_id, quantity,
    unit_price, line_total, vat}, as reserved). Orders move no money: the sale that fulfils one is
    its own marketplace.sale.recorded, with `order_id`; the ledger does not consume these."""

    order_id: str
    outlet_id: str
    branch_id: str | None = None
    channel: str  # ORDER_CHANNELS
    partner: str | None = None  # the partner's client id
    status: str  # reserved | fulfilled | cancelled | expired
    customer_name: str
    customer_mobile: str  # +8801XXXXXXXXX: for a "ready to collect" SMS
    hold_until: datetime
    total: str  # VAT included, as priced when reserved
    vat: str
    lines: list[dict]
    actor: str | None = None


class OrderReserved(OrderFact):
    event_type = "marketplace.order.reserved"


class OrderFulfilled(OrderFact):
    event_type = "marketplace.order.fulfilled"
    sale_id: str


class OrderCancelled(OrderFact):
    """Released: cancelled by the partner or the outlet (`status` cancelled), or its hold passed
    (`status` expired)."""

    event_type = "marketplace.order.cancelled"
    reason: str
