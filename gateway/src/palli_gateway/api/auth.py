"""`POST /v1/auth/token` (RFC 6749 form fields), `/v1/auth/me`, `/v1/auth/logout` and the JWKS."""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import unquote

from fastapi import APIRouter, Form, Request, Response, status

from palli_gateway.api.schemas import MeOut, TokenOut
from palli_gateway.auth.errors import OAuthError
from palli_gateway.runtime import Caller, GatewayDep

router = APIRouter(tags=["auth"])
GRANTS = ("password", "refresh_token", "client_credentials")


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    """RFC 6749 2.3.1: clients may authenticate with HTTP Basic (form-encoded id and secret)."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, _, secret = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise OAuthError("invalid_client", "the Basic credentials are not base64 of id:secret", field="authorization", status=401) from exc
    return unquote(client_id), unquote(secret)


def _required(value: str | None, name: str) -> str:
    if value is None or not value.strip():
        raise OAuthError("invalid_request", f"{name} is required for this grant", field=name)
    return value


@router.post(
    "/v1/auth/token", response_model=TokenOut, response_model_exclude_none=True,
    summary="Get an access token (OAuth2 password, refresh_token or client_credentials grant)",
    description="Form-encoded as RFC 6749 says. Staff use `password` then `refresh_token` (each refresh token works once; "
    "reusing one signs the whole session out). Partner clients use `client_credentials`, with HTTP Basic or form fields.",
)
async def token(
    request: Request, response: Response, gw: GatewayDep,
    grant_type: Annotated[str | None, Form()] = None,
    username: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    client_secret: Annotated[str | None, Form()] = None,
    scope: Annotated[str | None, Form()] = None,
):
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    grant = _required(grant_type, "grant_type")
    audit = request.scope.setdefault("state", {})
    if grant == "password":
        audit["audit_username"] = (username or "")[:64]
        result = await gw.grants.password(_required(username, "username"), _required(password, "password"))
    elif grant == "refresh_token":
        result = await gw.grants.refresh(_required(refresh_token, "refresh_token"))
    elif grant == "client_credentials":
        basic = _basic_credentials(request)
        cid, secret = basic if basic else (_required(client_id, "client_id"), _required(client_secret, "client_secret"))
        audit["audit_client"] = cid[:64]
        result = await gw.grants.client_credentials(cid, secret, scope)
    else:
        raise OAuthError("unsupported_grant_type", f"grant_type must be one of {', '.join(GRANTS)}", field="grant_type")
    return result.body()


@router.get("/v1/auth/me", response_model=MeOut, summary="Who the token belongs to")
async def me(request: Request, identity: Caller):
    claims = request.state.claims
    return MeOut(
        subject=identity.subject, kind=identity.kind, username=identity.username, roles=sorted(identity.roles),
        scopes=sorted(identity.scopes), branch_ids=None if identity.branch_ids is None else sorted(identity.branch_ids, key=str),
        expires_at=datetime.fromtimestamp(claims["exp"], UTC),
    )


@router.post("/v1/auth/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Sign out: revoke this token and its session's refresh tokens")
async def logout(request: Request, identity: Caller, gw: GatewayDep) -> Response:
    await gw.grants.logout(request.state.claims)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/.well-known/jwks.json", summary="Public keys that verify Palli tokens", tags=["auth"])
async def jwks(gw: GatewayDep, response: Response):
    await gw.keys.refresh_if_stale()
    response.headers["Cache-Control"] = "public, max-age=60"
    return gw.keys.jwks()


def parse_uuid(value: str, field: str) -> uuid.UUID:
    from palli_common.errors import NotFound

    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise NotFound(f"no {field} {value}") from exc
