"""Who may call each public route: the one table the gateway enforces, the README prints
(`palli-gateway permissions`) and the tests walk. A route missing here is not reachable.

Staff are allowed by role, partner clients by scope. Branch scope (a field officer sees only their
branch) is enforced by the service that owns the data, from the internal identity token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from palli_gateway.auth.principal import ROLES

EVERYONE = frozenset(ROLES)  # every staff role (reads; the auditor reads everything)
MANAGERS = frozenset({"admin", "branch_manager"})
FIELD = frozenset({"admin", "branch_manager", "field_officer"})
ADMIN = frozenset({"admin"})
ADMIN_AUDITOR = frozenset({"admin", "auditor"})
NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rule:
    method: str
    path: str  # template, e.g. /v1/members/{member_id}
    roles: frozenset[str]  # staff roles allowed
    scopes: frozenset[str] = NONE  # partner scopes, any one of which allows
    public: bool = False  # no token needed
    any_caller: bool = False  # any authenticated staff user or partner
    idempotent: bool = True  # POST honours Idempotency-Key (off where the response carries a secret)
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\{[a-z_]+\}", "[^/]+", re.escape(self.path).replace(r"\{", "{").replace(r"\}", "}"))
        object.__setattr__(self, "pattern", re.compile(f"^{regex}$"))

    @property
    def specificity(self) -> tuple[int, int]:
        """Literal segments beat parameters: /v1/members/areas/districts before /v1/members/{id}/..."""
        return (self.path.count("{"), -len(self.path))

    def allows(self, kind: str, roles: frozenset[str], scopes: frozenset[str]) -> bool:
        if self.public or self.any_caller:
            return True
        if kind == "partner":
            return bool(self.scopes & scopes)
        return bool(self.roles & roles)


def R(method: str, path: str, roles: frozenset[str], scopes: str = "", **kw: bool) -> Rule:  # noqa: N802
    return Rule(method, path, roles, frozenset(scopes.split()), **kw)


MR, MW = "members:read", "members:write"
LR, LW = "loans:read", "loans:write"
MONEY = frozenset({"admin", "branch_manager", "field_officer", "accountant"})  # staff who take and post money
BOOKS = frozenset({"admin", "branch_manager", "accountant"})
ACCOUNTS = frozenset({"admin", "accountant"})  # keep the books: manual entries, month close
BOOK_READERS = frozenset({"admin", "branch_manager", "accountant", "auditor"})
GR, NR, NREPORT = "ledger:read", "notifications:read", "notifications:report"
SR, SW = "savings:read", "savings:write"
TR, TW = "training:read", "training:write"
KR, KO = "marketplace:read", "marketplace:orders"
WH = f"{LR} {MR} {SR} {KR} {KO}"  # webhooks: a partner that reads any of what events tell of
MARKET = frozenset({"admin", "branch_manager", "field_officer", "marketplace_operator"})  # the service keeps operators to their outlets
MARKET_READERS = MARKET | {"accountant", "auditor"}  # producers' statements and payouts
PAYOUT_DESTINATION = frozenset({"admin", "branch_manager", "field_officer"})  # how a producer is paid: her own details
TRAINERS = frozenset({"admin", "branch_manager", "field_officer", "trainer"})  # the service keeps a trainer to their cohorts
PANEL = frozenset({"admin", "branch_manager", "trainer"})  # review social action projects

RULES: list[Rule] = [
    # gateway: identity and administration
    R("POST", "/v1/auth/token", NONE, public=True, idempotent=False),
    R("GET", "/.well-known/jwks.json", NONE, public=True),
    R("GET", "/v1/auth/me", NONE, any_caller=True),
    R("POST", "/v1/auth/logout", NONE, any_caller=True, idempotent=False),
    R("GET", "/v1/auth/users", ADMIN_AUDITOR),
    R("POST", "/v1/auth/users", ADMIN),
    R("GET", "/v1/auth/users/{user_id}", ADMIN_AUDITOR),
    R("PATCH", "/v1/auth/users/{user_id}", ADMIN),
    R("POST", "/v1/auth/users/{user_id}/unlock", ADMIN),
    R("GET", "/v1/auth/clients", ADMIN_AUDITOR),
    R("POST", "/v1/auth/clients", ADMIN, idempotent=False),
    R("GET", "/v1/auth/clients/{client_id}", ADMIN_AUDITOR),
    R("PATCH", "/v1/auth/clients/{client_id}", ADMIN),
    R("POST", "/v1/auth/clients/{client_id}/secrets", ADMIN, idempotent=False),
    R("DELETE", "/v1/auth/clients/{client_id}/secrets/{secret_id}", ADMIN),
    R("GET", "/v1/audit", ADMIN_AUDITOR),
    # members service: branches and staff
    R("GET", "/v1/branches", EVERYONE, MR),
    R("POST", "/v1/branches", ADMIN),
    R("GET", "/v1/branches/{branch_id}", EVERYONE, MR),
    R("PATCH", "/v1/branches/{branch_id}", ADMIN),
    R("GET", "/v1/branches/{branch_id}/staff", EVERYONE),
    R("POST", "/v1/branches/{branch_id}/staff", MANAGERS),
    R("PATCH", "/v1/branches/{branch_id}/staff/{staff_id}", MANAGERS),
    # samity groups
    R("GET", "/v1/groups", EVERYONE, MR),
    R("POST", "/v1/groups", FIELD),
    R("GET", "/v1/groups/{group_id}", EVERYONE, MR),
    R("PATCH", "/v1/groups/{group_id}", FIELD),
    R("GET", "/v1/groups/{group_id}/members", EVERYONE, MR),
    R("POST", "/v1/groups/{group_id}/activate", MANAGERS),
    R("POST", "/v1/groups/{group_id}/suspend", MANAGERS),
    R("POST", "/v1/groups/{group_id}/dissolve", MANAGERS),
    # members
    R("GET", "/v1/members/areas/divisions", EVERYONE, MR),
    R("GET", "/v1/members/areas/districts", EVERYONE, MR),
    R("GET", "/v1/members/areas/upazilas", EVERYONE, MR),
    R("GET", "/v1/members/areas/unions", EVERYONE, MR),
    R("GET", "/v1/members", EVERYONE, MR),
    R("POST", "/v1/members", FIELD, MW),
    R("GET", "/v1/members/{member_id}", EVERYONE, MR),
    R("PATCH", "/v1/members/{member_id}", FIELD, MW),
    R("POST", "/v1/members/{member_id}/activate", MANAGERS),
    R("POST", "/v1/members/{member_id}/make-dormant", FIELD),
    R("POST", "/v1/members/{member_id}/reactivate", FIELD),
    R("POST", "/v1/members/{member_id}/exit", MANAGERS),
    R("POST", "/v1/members/{member_id}/transfer", MANAGERS),
    # lending service: products and holidays
    R("GET", "/v1/loan-products", EVERYONE, LR),
    R("POST", "/v1/loan-products", ADMIN),
    R("GET", "/v1/loan-products/{product_id}", EVERYONE, LR),
    R("PATCH", "/v1/loan-products/{product_id}", ADMIN),
    R("POST", "/v1/loan-products/{product_id}/activate", ADMIN),
    R("POST", "/v1/loan-products/{product_id}/deactivate", ADMIN),
    R("GET", "/v1/holidays", EVERYONE, LR),
    R("POST", "/v1/holidays", ADMIN),
    R("DELETE", "/v1/holidays/{day}", ADMIN),
    # loans
    R("POST", "/v1/loans/schedule-preview", EVERYONE, LR),
    R("GET", "/v1/loans", EVERYONE, LR),
    R("POST", "/v1/loans", FIELD, LW),
    R("GET", "/v1/loans/{loan_id}", EVERYONE, LR),
    R("GET", "/v1/loans/{loan_id}/transactions", EVERYONE, LR),
    R("POST", "/v1/loans/{loan_id}/approve", MANAGERS),
    R("POST", "/v1/loans/{loan_id}/reject", MANAGERS),
    R("POST", "/v1/loans/{loan_id}/withdraw", FIELD),
    R("POST", "/v1/loans/{loan_id}/disburse", BOOKS),
    R("POST", "/v1/loans/{loan_id}/repayments", MONEY, LW),
    R("POST", "/v1/loans/{loan_id}/transactions/{transaction_id}/reverse", BOOKS),
    R("GET", "/v1/loans/{loan_id}/prepayment-quote", EVERYONE, LR),
    R("POST", "/v1/loans/{loan_id}/prepay", MONEY),
    R("POST", "/v1/loans/{loan_id}/write-off", MANAGERS),
    R("POST", "/v1/loans/{loan_id}/write-off/approve", ADMIN),
    # samity meetings and the portfolio
    R("GET", "/v1/collection-sheets", EVERYONE),
    R("POST", "/v1/collection-sheets", MONEY),
    R("GET", "/v1/portfolio/par", EVERYONE),
    R("GET", "/v1/portfolio/arrears", EVERYONE),
    R("POST", "/v1/portfolio/close-of-business", frozenset({"admin", "accountant"})),
    # savings: products (admins define them), members' accounts and their money
    R("GET", "/v1/savings/products", EVERYONE, SR),
    R("POST", "/v1/savings/products", ADMIN),
    R("GET", "/v1/savings/products/{product_id}", EVERYONE, SR),
    R("POST", "/v1/savings/products/{product_id}/rates", ADMIN),  # from today on, never the past
    R("GET", "/v1/savings/accounts", EVERYONE, SR),
    R("POST", "/v1/savings/accounts", FIELD),
    R("GET", "/v1/savings/accounts/{account_id}", EVERYONE, SR),
    R("POST", "/v1/savings/accounts/{account_id}/deposits", MONEY, SW),
    R("POST", "/v1/savings/accounts/{account_id}/withdrawals", MONEY),
    R("POST", "/v1/savings/accounts/{account_id}/loan-repayments", MONEY),  # staff, with her recorded consent
    R("GET", "/v1/savings/accounts/{account_id}/transactions", EVERYONE, SR),
    R("POST", "/v1/savings/accounts/{account_id}/holds", MANAGERS),  # e.g. pledged for a loan
    R("GET", "/v1/savings/accounts/{account_id}/holds", EVERYONE, SR),
    R("POST", "/v1/savings/accounts/{account_id}/holds/{hold_id}/release", MANAGERS),
    R("GET", "/v1/savings/accounts/{account_id}/interest-postings", EVERYONE, SR),
    R("POST", "/v1/savings/accounts/{account_id}/transfers", MONEY, SW),  # between her own accounts
    R("POST", "/v1/savings/accounts/{account_id}/block", MANAGERS),
    R("POST", "/v1/savings/accounts/{account_id}/unblock", MANAGERS),
    R("POST", "/v1/savings/accounts/{account_id}/closure", MANAGERS),  # pays out the whole balance
    R("POST", "/v1/savings/accounts/{account_id}/reactivate", MANAGERS),  # an inactive or dormant account
    R("GET", "/v1/savings/accounts/{account_id}/schedule", EVERYONE, SR),  # a DPS's installments
    R("POST", "/v1/savings/daily-runs", frozenset({"admin", "accountant"})),  # DPS missed, maturities, dormancy
    R("POST", "/v1/savings/interest-postings", frozenset({"admin", "accountant"})),  # accountants run interest
    # ledger: chart of accounts and posting rules change every branch's books: an admin proposes,
    # a different admin approves (maker-checker, /v1/ledger/book-changes)
    R("GET", "/v1/ledger/accounts", BOOK_READERS, GR),
    R("POST", "/v1/ledger/accounts", ADMIN),
    R("GET", "/v1/ledger/accounts/{code}", BOOK_READERS, GR),
    R("PATCH", "/v1/ledger/accounts/{code}", ADMIN),
    R("GET", "/v1/ledger/posting-rules", BOOK_READERS, GR),
    R("POST", "/v1/ledger/posting-rules", ADMIN),
    R("GET", "/v1/ledger/posting-rules/{rule_id}", BOOK_READERS, GR),
    R("PATCH", "/v1/ledger/posting-rules/{rule_id}", ADMIN),
    R("GET", "/v1/ledger/book-changes", BOOK_READERS, GR),
    R("GET", "/v1/ledger/book-changes/{change_id}", BOOK_READERS, GR),
    R("POST", "/v1/ledger/book-changes/{change_id}/approve", ADMIN),
    R("POST", "/v1/ledger/book-changes/{change_id}/reject", ADMIN),
    # ledger: the journal and manual entries (maker-checker between two accountants)
    R("GET", "/v1/ledger/journal-entries", BOOK_READERS, GR),
    R("GET", "/v1/ledger/journal-entries/{entry_id}", BOOK_READERS, GR),
    R("POST", "/v1/ledger/journal-entries/{entry_id}/reverse", ACCOUNTS),
    R("GET", "/v1/ledger/manual-entries", BOOK_READERS, GR),
    R("POST", "/v1/ledger/manual-entries", ACCOUNTS),
    R("GET", "/v1/ledger/manual-entries/{entry_id}", BOOK_READERS, GR),
    R("POST", "/v1/ledger/manual-entries/{entry_id}/approve", ACCOUNTS),
    R("POST", "/v1/ledger/manual-entries/{entry_id}/reject", ACCOUNTS),
    # ledger: month close per branch (accountants close, only an admin reopens)
    R("GET", "/v1/ledger/period-closes", BOOK_READERS, GR),
    R("POST", "/v1/ledger/period-closes", ACCOUNTS),
    R("GET", "/v1/ledger/period-closes/{close_id}", BOOK_READERS, GR),
    R("POST", "/v1/ledger/period-closes/{close_id}/reopen", ADMIN),
    # ledger: reports (JSON or CSV) and reconciliation
    R("GET", "/v1/ledger/reports/trial-balance", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reports/account-statement", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reports/general-ledger", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reports/balance-sheet", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reports/income-statement", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reconciliation/loans", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reconciliation/marketplace", BOOK_READERS, GR),
    R("GET", "/v1/ledger/reconciliation/savings", BOOK_READERS, GR),
    # training: programmes, people, cohorts and attendance, projects, credentials (verified by anyone)
    R("GET", "/v1/training/programmes", EVERYONE, TR),
    R("GET", "/v1/training/programmes/{programme_id}", EVERYONE, TR),
    R("POST", "/v1/training/participants", TRAINERS, TW),
    R("GET", "/v1/training/participants", EVERYONE, TR),
    R("GET", "/v1/training/participants/{participant_id}", EVERYONE, TR),
    R("POST", "/v1/training/facilitators", TRAINERS, TW),  # a master facilitator: admins only (the service checks)
    R("GET", "/v1/training/facilitators", EVERYONE, TR),
    R("POST", "/v1/training/cohorts", TRAINERS, TW),
    R("GET", "/v1/training/cohorts", EVERYONE, TR),
    R("GET", "/v1/training/cohorts/{cohort_id}", EVERYONE, TR),
    R("POST", "/v1/training/cohorts/{cohort_id}/enrolments", TRAINERS, TW),
    R("GET", "/v1/training/cohorts/{cohort_id}/enrolments", EVERYONE, TR),
    R("POST", "/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/drop", TRAINERS, TW),
    R("POST", "/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/transfer", TRAINERS, TW),
    R("POST", "/v1/training/cohorts/{cohort_id}/complete", TRAINERS, TW),
    R("POST", "/v1/training/cohorts/{cohort_id}/assessments", TRAINERS, TW),
    R("POST", "/v1/training/sessions/{session_id}/cancel", TRAINERS, TW),
    R("POST", "/v1/training/sessions/{session_id}/attendance", TRAINERS, TW),
    R("GET", "/v1/training/sessions/{session_id}/attendance", EVERYONE, TR),
    R("POST", "/v1/training/projects", TRAINERS, TW),
    R("GET", "/v1/training/projects/{project_id}", EVERYONE, TR),
    R("POST", "/v1/training/projects/{project_id}/reviews", PANEL),
    R("POST", "/v1/training/projects/{project_id}/decision", MANAGERS),
    R("POST", "/v1/training/projects/{project_id}/grant-payment", MANAGERS),  # the ledger books it; savings credits her account
    R("POST", "/v1/training/projects/{project_id}/progress", TRAINERS, TW),
    R("GET", "/v1/training/projects/{project_id}/progress", EVERYONE, TR),
    R("POST", "/v1/training/projects/{project_id}/hours", TRAINERS, TW),
    R("GET", "/v1/training/projects/{project_id}/hours", EVERYONE, TR),
    R("POST", "/v1/training/projects/{project_id}/hours/{hours_id}/countersign", TRAINERS),
    R("POST", "/v1/training/projects/{project_id}/complete", TRAINERS),
    R("GET", "/v1/training/credentials", EVERYONE, TR),
    R("POST", "/v1/training/credentials/{credential_id}/revoke", MANAGERS),
    R("GET", "/v1/training/reports/impact", EVERYONE, TR),  # JSON or CSV
    R("GET", "/v1/training/reports/cascade", EVERYONE, TR),
    R("GET", "/v1/training/verify/{code}", NONE, public=True),  # anyone holding the paper or its QR code
    R("GET", "/v1/training/verify/{code}/qr.svg", NONE, public=True),
    # marketplace (Palli Bipani): outlets, producers, products, lots and stock, sales
    R("POST", "/v1/marketplace/outlets", MANAGERS),
    R("GET", "/v1/marketplace/outlets", EVERYONE, KR),
    R("POST", "/v1/marketplace/producers", MARKET),
    R("GET", "/v1/marketplace/producers", EVERYONE, KR),
    R("POST", "/v1/marketplace/products", MARKET),
    R("GET", "/v1/marketplace/products", EVERYONE, KR),
    R("POST", "/v1/marketplace/lots", MARKET),
    R("POST", "/v1/marketplace/lots/{lot_id}/quality-check", MARKET),
    R("POST", "/v1/marketplace/transfers", MARKET),
    R("GET", "/v1/marketplace/outlets/{outlet_id}/stock", EVERYONE, KR),
    R("POST", "/v1/marketplace/outlets/{outlet_id}/sales", MARKET),  # a till; the same client_id again changes nothing
    R("GET", "/v1/marketplace/sales/{sale_id}", EVERYONE, KR),
    R("POST", "/v1/marketplace/sales/{sale_id}/returns", MARKET),  # a customer's return, refunded
    R("POST", "/v1/marketplace/outlets/{outlet_id}/adjustments", MARKET),  # shrinkage, markdowns, returns to her (her consent)
    R("POST", "/v1/marketplace/lots/{lot_id}/arrival", MARKET),
    R("POST", "/v1/marketplace/lots/{lot_id}/advances", MANAGERS),  # paid ahead on an order, from the organisation's money
    R("PUT", "/v1/marketplace/producers/{producer_id}/payout-destination", PAYOUT_DESTINATION),
    R("GET", "/v1/marketplace/producers/{producer_id}/statement", MARKET_READERS),
    R("POST", "/v1/marketplace/producers/{producer_id}/payouts", MANAGERS),
    R("GET", "/v1/marketplace/producers/{producer_id}/payouts", MARKET_READERS),
    R("GET", "/v1/marketplace/payouts/{payout_id}", MARKET_READERS),
    R("POST", "/v1/marketplace/settlement-runs", MANAGERS),  # run again, it pays only who is still owed
    R("POST", "/v1/marketplace/outlets/{outlet_id}/orders", MARKET, KO),  # holds units; a partner sees only its own orders
    R("GET", "/v1/marketplace/outlets/{outlet_id}/orders", MARKET_READERS, KO),
    R("GET", "/v1/marketplace/orders/{order_id}", MARKET_READERS, KO),
    R("POST", "/v1/marketplace/orders/{order_id}/fulfil", MARKET),  # the outlet sells the held units
    R("POST", "/v1/marketplace/orders/{order_id}/cancel", MARKET, KO),
    R("GET", "/v1/marketplace/reports/sales", MARKET_READERS, KR),
    R("GET", "/v1/marketplace/reports/stock", MARKET_READERS, KR),
    # what goods sell for and how a sale splits, as data, each from its day on
    R("POST", "/v1/marketplace/vat-rates", ADMIN),  # the tax on a category
    R("GET", "/v1/marketplace/vat-rates", EVERYONE, KR),
    R("POST", "/v1/marketplace/commission-rules", ADMIN),  # the organisation's cut of her sales
    R("GET", "/v1/marketplace/commission-rules", EVERYONE, KR),
    R("POST", "/v1/marketplace/price-lists", MANAGERS),
    R("GET", "/v1/marketplace/price-lists", EVERYONE, KR),
    R("POST", "/v1/marketplace/price-lists/{price_list_id}/prices", MANAGERS),
    R("GET", "/v1/marketplace/price-lists/{price_list_id}/prices", EVERYONE, KR),
    R("PUT", "/v1/marketplace/outlets/{outlet_id}/price-list", MANAGERS),
    # notifications: members' messages, templates, the SMS provider's delivery reports
    R("GET", "/v1/notifications/messages", EVERYONE, NR),
    R("GET", "/v1/notifications/messages/{message_id}", EVERYONE, NR),
    R("POST", "/v1/notifications/messages/{message_id}/resend", FIELD),
    R("GET", "/v1/notifications/contacts/{member_id}", EVERYONE, NR),
    R("GET", "/v1/notifications/templates", EVERYONE),
    R("POST", "/v1/notifications/templates/preview", ADMIN),
    R("GET", "/v1/notifications/templates/{event_type}/{language}", EVERYONE),
    R("PUT", "/v1/notifications/templates/{event_type}/{language}", ADMIN),
    R("POST", "/v1/notifications/delivery-reports", ADMIN, NREPORT),  # the SMS gateway; an admin may key one in
    # webhooks: a partner registers endpoints for the events its scopes let it read (the service checks each
    # event type against the caller's scopes and keeps a partner to its own endpoints); admins manage all
    R("GET", "/v1/webhooks/event-types", ADMIN_AUDITOR, WH),
    R("POST", "/v1/webhooks/endpoints", ADMIN, WH, idempotent=False),  # the answer carries the signing secret
    R("GET", "/v1/webhooks/endpoints", ADMIN_AUDITOR, WH),
    R("GET", "/v1/webhooks/endpoints/{endpoint_id}", ADMIN_AUDITOR, WH),
    R("DELETE", "/v1/webhooks/endpoints/{endpoint_id}", ADMIN, WH),
    R("POST", "/v1/webhooks/endpoints/{endpoint_id}/rotate-secret", ADMIN, WH, idempotent=False),  # the new secret, once
    R("GET", "/v1/webhooks/endpoints/{endpoint_id}/deliveries", ADMIN_AUDITOR, WH),
    R("POST", "/v1/webhooks/deliveries/{delivery_id}/replay", ADMIN, WH),  # sends the event again, on purpose
]

_ORDERED = sorted(RULES, key=lambda r: r.specificity)
BY_TEMPLATE = {(r.method, r.path): r for r in RULES}


def _shape(path: str) -> tuple[int, str]:
    """A parameter never spans a "/", so a rule can only match paths with as many slashes as its
    template; and its second segment (`members` in /v1/members/...) when that is literal."""
    parts = path.split("/", 3)
    return path.count("/"), parts[2] if len(parts) > 2 else ""


_WILD = "{"  # a template whose second segment is a parameter (none today)
_CANDIDATES: dict[tuple[int, str], list[Rule]] = {}
for _rule in _ORDERED:
    _slashes, _second = _shape(_rule.path)
    _CANDIDATES.setdefault((_slashes, _WILD if "{" in _second else _second), [])
for (_slashes, _second), _rules in _CANDIDATES.items():  # each in _ORDERED's order, wildcards included
    _rules.extend(r for r in _ORDERED if _shape(r.path)[0] == _slashes and (_shape(r.path)[1] == _second or "{" in _shape(r.path)[1]))


def match(method: str, path: str) -> tuple[Rule | None, bool]:
    """(the rule, whether the path exists under another method) for a request."""
    path_known = False
    slashes, second = _shape(path)
    for rule in _CANDIDATES.get((slashes, second)) or _CANDIDATES.get((slashes, _WILD), ()):
        if rule.pattern.match(path):
            if rule.method == method:
                return rule, True
            path_known = True
    return None, path_known


def markdown_table() -> str:
    """The README table: one row per route, one column per role, then partner scopes."""
    head = "| Method | Route | " + " | ".join(ROLES) + " | Partner scopes |"
    lines = [head, "|" + "---|" * (len(ROLES) + 3)]
    for r in RULES:
        if r.public:
            cells = ["public"] * len(ROLES) + ["public"]
        elif r.any_caller:
            cells = ["yes"] * len(ROLES) + ["any"]
        else:
            cells = ["yes" if role in r.roles else "-" for role in ROLES] + [" ".join(sorted(r.scopes)) or "-"]
        lines.append(f"| {r.method} | `{r.path}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)
