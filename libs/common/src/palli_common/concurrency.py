"""Optimistic concurrency for clients that edit: every versioned resource is read with an
`ETag: "<version>"`; a change sent with `If-Match` is refused with 412 when someone else changed
the resource in between, instead of silently overwriting their work."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Response

from palli_common.errors import DomainError, ValidationFailed


class PreconditionFailed(DomainError):
    status = 412
    title = "Precondition failed"
    type_slug = "precondition-failed"


def etag(version: int) -> str:
    return f'"{version}"'


def _if_match(if_match: Annotated[str | None, Header(description='ETag from your last read, e.g. "3"')] = None) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return None
    text = if_match.strip().removeprefix("W/").strip('"')
    if not text.isdigit():
        raise ValidationFailed('If-Match must be an ETag this API returned, such as "3"', field="If-Match")
    return int(text)


IfMatch = Annotated[int | None, Depends(_if_match)]


def check_version(current: int, expected: int | None) -> None:
    """Call with the row locked, before changing it."""
    if expected is not None and expected != current:
        raise PreconditionFailed(
            f"the resource changed since you read it (version {current}, yours {expected}); read it again",
            field="If-Match",
        )


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)
