"""Identities the gateway builds for staff users and partner clients."""

from __future__ import annotations

import uuid

from palli_common.identity import Identity
from palli_gateway.tables import Client, User

ROLES = ("admin", "branch_manager", "field_officer", "accountant", "trainer", "marketplace_operator", "auditor")
SCOPES = (
    "members:read", "members:write", "loans:read", "loans:write", "savings:read", "savings:write",
    "training:read", "training:write", "marketplace:read", "marketplace:orders", "ledger:read",
    "notifications:read", "notifications:report",
)


def staff_identity(user: User) -> Identity:
    return Identity(
        subject=str(user.id), kind="staff", roles=frozenset(user.roles), scopes=frozenset(),
        branch_ids=None if user.branch_id is None else frozenset({user.branch_id}), username=user.username,
    )


def partner_identity(client: Client, scopes: frozenset[str]) -> Identity:
    branches = None if client.branch_ids is None else frozenset(uuid.UUID(b) for b in client.branch_ids)
    return Identity(subject=client.id, kind="partner", roles=frozenset(), scopes=scopes, branch_ids=branches, partner=client.id)
