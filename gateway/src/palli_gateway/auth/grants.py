"""The OAuth2 grants of `POST /v1/auth/token`: password, refresh_token (rotating, with reuse
detection) and client_credentials; and logout."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from palli_common.db import Database
from palli_common.identity import Identity
from palli_gateway.auth.errors import OAuthError
from palli_gateway.auth.passwords import Passwords
from palli_gateway.auth.principal import partner_identity, staff_identity
from palli_gateway.auth.revocations import Revocations
from palli_gateway.auth.tokens import Tokens
from palli_gateway.settings import GatewaySettings
from palli_gateway.tables import Client, ClientSecret, RefreshToken, User

MAX_LOCK = timedelta(hours=24)


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_client_secret() -> str:
    # 256 random bits: too strong to guess, so a fast SHA-256 hash is safe to store (unlike passwords)
    return "pcs_" + secrets.token_urlsafe(32)


@dataclass
class TokenResponse:
    access_token: str
    expires_in: int
    scope: str
    refresh_token: str | None = None
    token_type: str = "Bearer"

    def body(self) -> dict[str, Any]:
        out = {"access_token": self.access_token, "token_type": self.token_type, "expires_in": self.expires_in, "scope": self.scope}
        if self.refresh_token:
            out["refresh_token"] = self.refresh_token
        return out


class Grants:
    def __init__(self, db: Database, settings: GatewaySettings, passwords: Passwords, tokens: Tokens, revocations: Revocations):
        self.db, self.settings, self.passwords, self.tokens, self.revocations = db, settings, passwords, tokens, revocations

    # ---- password grant ------------------------------------------------------------------
    async def password(self, username: str, password: str) -> TokenResponse:
        async with self.db.sessions() as session:
            user = (await session.execute(select(User).where(User.username == username.strip().lower()))).scalar_one_or_none()
        if user is not None:
            await self._claim_attempt(user.id)
        ok = await self.passwords.verify(user.password_hash if user else None, password)
        if user is None or not ok:
            raise OAuthError("invalid_grant", "the username or password is wrong", field="password")
        if not user.active:
            raise OAuthError("invalid_grant", "this account is disabled", field="username")
        async with self.db.sessions() as session:
            await session.execute(update(User).where(User.id == user.id).values(failed_logins=0, locked_until=None))
            refresh = await self._new_refresh(session, user.id, uuid.uuid4())
            await session.commit()
        return self._staff_response(user, refresh[0], refresh[1])

    async def _claim_attempt(self, user_id: uuid.UUID) -> None:
        """Count the attempt as a failure BEFORE the password is checked, under the user's row lock,
        and lock the account in the same step once this attempt reaches the limit; success resets
        both. Checking the lock and counting afterwards let parallel guesses all pass the check
        (each a free attempt); this way at most `login_max_failures` guesses are ever checked
        before the lock, however many arrive together. Locks double from the limit on."""
        now = datetime.now(UTC)
        async with self.db.sessions() as session:
            row = (await session.execute(
                select(User.failed_logins, User.locked_until).where(User.id == user_id).with_for_update()
            )).one()
            if row.locked_until is not None and row.locked_until > now:
                seconds = int((row.locked_until - now).total_seconds()) + 1
                raise OAuthError("invalid_grant", f"too many failed sign-ins; try again in {seconds} s", field="password")
            failures = row.failed_logins + 1
            over = failures - self.settings.login_max_failures
            values: dict[str, Any] = {"failed_logins": failures}
            if over >= 0:
                values["locked_until"] = now + min(timedelta(seconds=self.settings.login_lock_seconds * 2 ** min(over, 20)), MAX_LOCK)
            await session.execute(update(User).where(User.id == user_id).values(**values))
            await session.commit()

    def _staff_response(self, user: User, refresh_token: str, family_id: uuid.UUID) -> TokenResponse:
        lifetime = self.settings.access_token_minutes * 60
        access, _ = self.tokens.issue(staff_identity(user), lifetime, sid=str(family_id))
        return TokenResponse(access_token=access, expires_in=lifetime, scope="", refresh_token=refresh_token)

    async def _new_refresh(self, session: Any, user_id: uuid.UUID, family_id: uuid.UUID) -> tuple[str, uuid.UUID]:
        value = "prt_" + secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        session.add(RefreshToken(
            id=uuid.uuid4(), token_hash=sha256(value), family_id=family_id, user_id=user_id, created_at=now,
            expires_at=now + timedelta(days=self.settings.refresh_token_days),
        ))
        return value, family_id

    # ---- refresh grant -------------------------------------------------------------------
    async def refresh(self, refresh_token: str) -> TokenResponse:
        now = datetime.now(UTC)
        async with self.db.sessions() as session:
            row = (await session.execute(select(RefreshToken).where(RefreshToken.token_hash == sha256(refresh_token)))).scalar_one_or_none()
            if row is None or row.expires_at <= now:
                raise OAuthError("invalid_grant", "the refresh token is unknown or expired", field="refresh_token")
            spent = await session.execute(
                update(RefreshToken)
                .where(RefreshToken.id == row.id, RefreshToken.used_at.is_(None), RefreshToken.revoked_at.is_(None))
                .values(used_at=now)
            )
            if spent.rowcount != 1:
                # a spent token came back: it was stolen or replayed, so the whole session ends
                await self._revoke_family(session, row.family_id, now)
                await session.commit()
                raise OAuthError("invalid_grant", "this refresh token was already used; the session is revoked, sign in again", field="refresh_token")
            user = await session.get(User, row.user_id)
            if user is None or not user.active:
                await self._revoke_family(session, row.family_id, now)
                await session.commit()
                raise OAuthError("invalid_grant", "this account is disabled", field="refresh_token")
            successor = await self._new_refresh(session, user.id, row.family_id)
            await session.commit()
        return self._staff_response(user, successor[0], successor[1])

    async def _revoke_family(self, session: Any, family_id: uuid.UUID, now: datetime) -> None:
        await session.execute(
            update(RefreshToken).where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None)).values(revoked_at=now)
        )
        await self.revocations.revoke(session, f"sid:{family_id}")

    # ---- client credentials grant --------------------------------------------------------
    async def client_credentials(self, client_id: str, client_secret: str, scope: str | None) -> TokenResponse:
        now = datetime.now(UTC)
        async with self.db.sessions() as session:
            client = await session.get(Client, client_id)
            hashes = (await session.execute(
                select(ClientSecret.secret_hash).where(ClientSecret.client_id == client_id)
                .where((ClientSecret.expires_at.is_(None)) | (ClientSecret.expires_at > now))
            )).scalars().all()
        given = sha256(client_secret)
        if client is None or not client.active or not any(hmac.compare_digest(given, h) for h in hashes):
            raise OAuthError("invalid_client", "the client id or secret is wrong, or the client is disabled", field="client_secret", status=401)
        allowed = set(client.scopes)
        wanted = set(scope.split()) if scope and scope.strip() else allowed
        if not wanted <= allowed:
            raise OAuthError("invalid_scope", f"this client may not ask for: {' '.join(sorted(wanted - allowed))}", field="scope")
        lifetime = self.settings.client_token_minutes * 60
        identity = partner_identity(client, frozenset(wanted))
        access, _ = self.tokens.issue(identity, lifetime)
        return TokenResponse(access_token=access, expires_in=lifetime, scope=" ".join(sorted(wanted)))

    # ---- logout --------------------------------------------------------------------------
    async def logout(self, claims: dict[str, Any]) -> None:
        """Ends the caller's session: this access token, and for staff the refresh-token family."""
        now = datetime.now(UTC)
        async with self.db.sessions() as session:
            await self.revocations.revoke(session, f"jti:{claims['jti']}", expires_at=datetime.fromtimestamp(claims["exp"], UTC) + timedelta(minutes=1))
            if claims.get("sid"):
                await self._revoke_family(session, uuid.UUID(claims["sid"]), now)
            await session.commit()

    async def count_admins(self) -> int:
        async with self.db.sessions() as session:
            users = (await session.execute(select(User.roles).where(User.active.is_(True)))).scalars().all()
        return sum(1 for roles in users if "admin" in roles)


def identity_of(claims: dict[str, Any]) -> Identity:
    return Identity.from_claims(claims)
