"""Internal identity for tests: a throwaway gateway key pair, its JWKS file, and tokens as the
gateway would mint them, so service tests call routes exactly as they are called in production."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.asymmetric import ec

from palli_common.identity import ALGORITHM, Identity, sign_internal_token


class InternalKeys:
    def __init__(self, directory: Path):
        self.private_key = ec.generate_private_key(ec.SECP256R1())
        self.kid = f"test-{uuid.uuid4().hex[:8]}"
        jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(self.private_key.public_key()))
        jwk.update(kid=self.kid, alg=ALGORITHM, use="sig")
        self.jwks_path = directory / "jwks.json"
        self.jwks_path.write_text(json.dumps({"keys": [jwk]}))

    def identity(
        self, *, roles: Iterable[str] = ("admin",), branches: Iterable[uuid.UUID | str] | None = None,
        scopes: Iterable[str] = (), subject: str | None = None, partner: str | None = None, username: str | None = None,
    ) -> Identity:
        return Identity(
            subject=subject or str(uuid.uuid4()),
            kind="partner" if partner else "staff",
            roles=frozenset(roles),
            scopes=frozenset(scopes),
            branch_ids=None if branches is None else frozenset(uuid.UUID(str(b)) for b in branches),
            partner=partner,
            username=username,
        )

    def token(self, lifetime: int = 60, **identity) -> str:  # noqa: ANN003
        return sign_internal_token(self.identity(**identity), self.private_key, self.kid, lifetime=lifetime)

    def headers(self, **identity) -> dict[str, str]:  # noqa: ANN003
        """Authorization header for an identity; with no arguments, an admin of every branch."""
        return {"Authorization": f"Bearer {self.token(**identity)}"}
