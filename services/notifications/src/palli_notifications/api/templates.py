"""/v1/notifications/templates: the text of each message type in Bangla and English (admins edit)."""

from fastapi import APIRouter, Path, Response

from palli_common.concurrency import IfMatch, set_etag
from palli_common.errors import ValidationFailed
from palli_common.identity import CurrentIdentity
from palli_notifications.adapters.tables import Template
from palli_notifications.api.deps import DB, Settings
from palli_notifications.api.schemas import Language, PreviewIn, PreviewOut, TemplateIn, TemplateOut
from palli_notifications.domain.templates import MESSAGE_TYPES
from palli_notifications.service import templates

router = APIRouter(prefix="/v1/notifications/templates", tags=["templates"])
EventTypePath = Path(max_length=80, description="e.g. lending.loan.disbursed")


def preview_out(event_type: str, language: str, body: str) -> PreviewOut:
    p = templates.preview(event_type, language, body)
    s = p.segments
    return PreviewOut(event_type=event_type, language=language, text=p.text, encoding=s.encoding, units=s.units, segments=s.parts,
                      per_segment=s.per_part)


def template_out(t: Template) -> TemplateOut:
    return TemplateOut(
        event_type=t.event_type, language=t.language, body=t.body, enabled=t.enabled, version=t.version, updated_at=t.updated_at,
        updated_by=t.updated_by, placeholders=list(MESSAGE_TYPES.get(t.event_type, ())), preview=preview_out(t.event_type, t.language, t.body),
    )


@router.get("", response_model=list[TemplateOut], summary="Every template, by event type and language")
async def list_templates(db: DB, who: CurrentIdentity):
    return [template_out(t) for t in await templates.list_templates(db)]


@router.post("/preview", response_model=PreviewOut,
             summary="Render a body (or the stored template) with long sample values: the text, its encoding and SMS parts")
async def preview(body: PreviewIn, db: DB, who: CurrentIdentity):
    text = body.body
    if text is None:
        if body.event_type not in MESSAGE_TYPES:
            raise ValidationFailed(f"members are not messaged about {body.event_type!r}", field="event_type")
        text = (await templates.get_template(db, body.event_type, body.language)).body
    return preview_out(body.event_type, body.language, text)


@router.get("/{event_type}/{language}", response_model=TemplateOut, summary="One template (ETag: its version, for If-Match)")
async def get_template(language: Language, db: DB, who: CurrentIdentity, response: Response, event_type: str = EventTypePath):
    template = await templates.get_template(db, event_type, language)
    set_etag(response, template.version)
    return template_out(template)


@router.put("/{event_type}/{language}", response_model=TemplateOut,
            summary="Replace a template's body (send If-Match); new messages use it, messages already made keep their text")
async def put_template(language: Language, body: TemplateIn, db: DB, who: CurrentIdentity, settings: Settings, if_match: IfMatch,
                       response: Response, event_type: str = EventTypePath):
    template = await templates.put_template(
        db, event_type, language, body=body.body, enabled=body.enabled, actor=who.subject, expected_version=if_match,
        max_segments=settings.template_max_segments,
    )
    set_etag(response, template.version)
    return template_out(template)
