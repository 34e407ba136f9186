"""/v1/training/credentials (staff and partners) and /v1/training/verify/{code} (anyone, no sign-in:
the gateway's table marks it public)."""

import uuid

import segno
from fastapi import APIRouter, Response

from palli_common.identity import CurrentIdentity
from palli_training.api.deps import DB, Settings
from palli_training.api.schemas import CredentialOut, ReasonIn, VerificationOut
from palli_training.api.views import credential_out, verify_url
from palli_training.service import credentials

router = APIRouter(tags=["training credentials"])


@router.get("/v1/training/credentials", response_model=list[CredentialOut], summary="Credentials (filter by participant)")
async def list_credentials(db: DB, who: CurrentIdentity, settings: Settings, participant_id: uuid.UUID | None = None):  # noqa: ARG001
    return [await credential_out(db, c, settings, p) for c, p in await credentials.listing(db, participant_id=participant_id)]


@router.post("/v1/training/credentials/{credential_id}/revoke", response_model=CredentialOut, summary="Revoke a credential, saying why")
async def revoke(credential_id: uuid.UUID, body: ReasonIn, db: DB, who: CurrentIdentity, settings: Settings):
    return await credential_out(db, await credentials.revoke(db, who, credential_id, body.reason), settings)


@router.get("/v1/training/verify/{code}", response_model=VerificationOut,
            summary="Check a credential by its code, without signing in (what its QR code opens)")
async def verify(code: str, db: DB):
    credential, participant, programme = await credentials.by_code(db, code)
    return VerificationOut(code=credential.code, valid=credential.status == "issued", status=credential.status,
                           holder=credentials.holder_name(participant.name), programme=programme.name, programme_bn=programme.name_bn,
                           issued_on=credential.issued_on, revoked_reason=credential.revoked_reason)


@router.get("/v1/training/verify/{code}/qr.svg", response_class=Response,
            responses={200: {"content": {"image/svg+xml": {"schema": {"type": "string"}}}}},
            summary="The credential's QR code (SVG): it opens the verification address")
async def qr(code: str, db: DB, settings: Settings):
    credential, _, _ = await credentials.by_code(db, code)
    svg = segno.make(verify_url(settings, credential.code), error="m").svg_inline(scale=4)
    return Response(content=svg, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=300"})
