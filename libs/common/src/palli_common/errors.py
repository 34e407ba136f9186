"""Domain errors every service raises; `problems.py` renders them as RFC 9457 problem+json.

Raise these from domain and service code; never raise HTTPException below the API layer.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the caller can act on. `field` names the offending input when there is one;
    `headers` go onto the HTTP response as they are (e.g. Retry-After on a 429)."""

    status: int = 400
    title: str = "Bad request"
    type_slug: str = "bad-request"

    def __init__(
        self, detail: str, *, field: str | None = None, extra: dict | None = None, headers: dict[str, str] | None = None
    ):
        super().__init__(detail)
        self.detail = detail
        self.field = field
        self.extra = extra or {}
        self.headers: dict[str, str] = dict(headers or {})
        self.errors: list[tuple[str, str]] = [(field, detail)] if field else []  # (field, detail) pairs


class FieldErrors:
    """Collects every field problem of one request, so a caller fixes a form in one round trip:

        with FieldErrors() as check:
            nid = check(normalise_nid, raw_nid, dob)     # None if it failed
            mobile = check(normalise_mobile, raw_mobile)
        # leaving the block raises one ValidationFailed listing all failures
    """

    def __init__(self) -> None:
        self.failures: list[ValidationFailed] = []

    def __call__(self, fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN204
        try:
            return fn(*args, **kwargs)
        except ValidationFailed as exc:
            self.failures.append(exc)
            return None

    def __enter__(self) -> "FieldErrors":
        return self

    def __exit__(self, exc_type, *_: object) -> None:  # noqa: ANN001
        if exc_type is None and self.failures:
            first = self.failures[0]
            combined = ValidationFailed("; ".join(f.detail for f in self.failures), field=first.field)
            combined.errors = [pair for f in self.failures for pair in f.errors]
            raise combined


class ValidationFailed(DomainError):
    status = 422
    title = "Validation failed"
    type_slug = "validation-failed"


class NotFound(DomainError):
    status = 404
    title = "Not found"
    type_slug = "not-found"


class Conflict(DomainError):
    """The request clashes with current state: duplicates, invalid transitions, full groups."""

    status = 409
    title = "Conflict"
    type_slug = "conflict"


class Unauthorized(DomainError):
    status = 401
    title = "Unauthorized"
    type_slug = "unauthorized"


class Forbidden(DomainError):
    status = 403
    title = "Forbidden"
    type_slug = "forbidden"
