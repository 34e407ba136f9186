"""The training and volunteers service: programmes, cohorts, attendance, credentials, facilitator
cascades and social action projects."""

from __future__ import annotations

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_training.api import routers
from palli_training.consumers import CONSUMERS
from palli_training.settings import TrainingSettings

DESCRIPTION = (
    "Programmes and curricula as data (the youth leadership journey, the facilitators' course, the 52-topic courtyard "
    "forum, the leadership course, livelihood courses); participants (members or youth), facilitators and their "
    "cascade, cohorts with sessions, enrolment and waiting lists, attendance posted idempotently from facilitators' "
    "phones, social action projects, and credentials anyone can verify. Publishes `training.credential` events."
)


def create_app(settings: TrainingSettings | None = None) -> FastAPI:
    settings = settings or TrainingSettings()
    return create_service_app(settings, title="Palli training", description=DESCRIPTION, routers=routers(), consumers=CONSUMERS)
