"""Templates: reads, an admin's edit (If-Match), and previews with sample data.

A body is refused (422 naming `body`) when a brace is unbalanced, a placeholder is unknown for its
event type, it is longer than 1,000 characters (the gateway's limit), or, rendered with long sample
values, it would take more than NOTIFICATIONS_TEMPLATE_MAX_SEGMENTS SMS parts (3 by default: 201
UTF-16 units in Bangla, 459 characters in plain GSM-7 English).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from palli_common.concurrency import check_version
from palli_common.db import Database
from palli_common.errors import NotFound, ValidationFailed
from palli_notifications.adapters.tables import Template
from palli_notifications.domain.segments import Segments, count_segments
from palli_notifications.domain.templates import MESSAGE_TYPES, SAMPLE_NAMES, SAMPLE_VARIABLES, TemplateError, check, render
from palli_notifications.service.common import now

MAX_BODY_CHARS = 1000


@dataclass(frozen=True)
class Preview:
    text: str
    segments: Segments


def _known(event_type: str) -> None:
    if event_type not in MESSAGE_TYPES:
        raise NotFound(f"members are not messaged about {event_type!r}; templates exist for " + ", ".join(MESSAGE_TYPES))


def preview(event_type: str, language: str, body: str, *, max_segments: int | None = None) -> Preview:
    """The body rendered with sample data; ValidationFailed on `body` when it is not a usable template."""
    if event_type not in MESSAGE_TYPES:
        raise ValidationFailed(f"members are not messaged about {event_type!r}", field="event_type")
    if not body.strip():
        raise ValidationFailed("the body is empty", field="body")
    if len(body) > MAX_BODY_CHARS:
        raise ValidationFailed(f"the body has {len(body)} characters; at most {MAX_BODY_CHARS}", field="body")
    try:
        check(body, event_type)
    except TemplateError as exc:
        raise ValidationFailed(str(exc), field="body") from exc
    text = render(body, {**SAMPLE_VARIABLES, "name": SAMPLE_NAMES[language]}, language)
    segments = count_segments(text)
    if max_segments is not None and segments.parts > max_segments:
        raise ValidationFailed(
            f"with long names and amounts this message takes {segments.parts} {segments.encoding} SMS parts; at most {max_segments}",
            field="body",
        )
    return Preview(text, segments)


async def list_templates(db: Database) -> list[Template]:
    async with db.sessions() as s:
        query = select(Template).where(Template.event_type.in_(list(MESSAGE_TYPES))).order_by(Template.event_type, Template.language)
        return list((await s.scalars(query)).all())


async def get_template(db: Database, event_type: str, language: str) -> Template:
    _known(event_type)
    async with db.sessions() as s:
        template = await s.get(Template, (event_type, language))
    if template is None:
        raise NotFound(f"no {language} template for {event_type}")
    return template


async def put_template(db: Database, event_type: str, language: str, *, body: str, enabled: bool, actor: str,
                       expected_version: int | None, max_segments: int) -> Template:
    """Replace the body (and switch the template on or off); a missing one is created."""
    _known(event_type)
    preview(event_type, language, body, max_segments=max_segments)
    async with db.uow() as uow:
        query = select(Template).where(Template.event_type == event_type, Template.language == language).with_for_update()
        template = (await uow.session.scalars(query)).first()
        at = now()
        if template is None:
            check_version(0, expected_version)
            template = Template(event_type=event_type, language=language, body=body, enabled=enabled, version=1, updated_at=at,
                                updated_by=actor)
            uow.session.add(template)
        else:
            check_version(template.version, expected_version)
            template.body, template.enabled, template.updated_by, template.updated_at = body, enabled, actor, at
            template.version += 1
        await uow.commit()
    return template
