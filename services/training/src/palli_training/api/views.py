"""Response views shared by the routers."""

from palli_common.db import Database
from palli_training.adapters.tables import Credential, Programme
from palli_training.api.schemas import CredentialOut, EvaluationOut
from palli_training.settings import TrainingSettings


def verify_url(settings: TrainingSettings, code: str) -> str:
    return f"{settings.public_url.rstrip('/')}/v1/training/verify/{code}"


async def credential_out(db: Database, credential: Credential, settings: TrainingSettings, programme: Programme | None = None) -> CredentialOut:
    if programme is None:
        async with db.sessions() as s:
            programme = await s.get(Programme, credential.programme_id)
    return CredentialOut.model_validate({**credential.model_dump(), "programme_code": programme.code,
                                         "verify_url": verify_url(settings, credential.code)})


async def evaluations_out(db: Database, results: list, settings: TrainingSettings) -> list[EvaluationOut]:
    """Each participant's evaluation: her credential if the rule is met, else what she still misses."""
    return [EvaluationOut(participant_id=r.participant_id, missing=r.missing,
                          credential=await credential_out(db, r.credential, settings) if r.credential else None) for r in results]
