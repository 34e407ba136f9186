"""RFC 9457 problem+json for every error a service returns. Validation problems list each field."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.requests import ClientDisconnect
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from palli_common.errors import DomainError

PROBLEM_BASE = "https://palli.example.org/problems/"
MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("palli.problems")


class ProblemError(BaseModel):
    field: str = Field(description="the offending input, dotted for nested fields: address.district")
    detail: str
    pointer: str = Field(description="JSON pointer to the field in the request body")
    in_: str | None = Field(default=None, alias="in", description="body, query, path or header")


class Problem(BaseModel):
    """RFC 9457 problem details, as every Palli error response carries them."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[ProblemError] | None = None


def _doc(description: str) -> dict:
    return {"description": description, "model": Problem, "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


# Documented on every route so a generated client knows the error shape.
PROBLEM_RESPONSES: dict[int | str, dict] = {
    404: _doc("Not found"),
    409: _doc("Conflicts with the current state (duplicate, invalid transition, full group...)"),
    412: _doc("If-Match no longer matches: read the resource again"),
    422: _doc("Invalid input; `errors` names each field"),
}


def problem(status: int, title: str, detail: str, *, slug: str, instance: str, **extra: Any) -> JSONResponse:
    body = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail, "instance": instance}
    # extensions never replace RFC 9457's own members (a domain error's extra may well say "status")
    body.update({k: v for k, v in extra.items() if v is not None and k not in body})
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


# problem()'s own parameters and RFC 9457's members: a domain error's extra keeps its value under extra_<name>
_RESERVED = frozenset({"status", "title", "detail", "slug", "instance", "type", "errors"})


def domain_problem(exc: DomainError, instance: str) -> JSONResponse:
    """A DomainError as problem+json, with `errors` naming each field and the error's own headers."""
    errors = [{"field": f, "detail": d, "pointer": "/" + f.replace(".", "/")} for f, d in exc.errors] or None
    extensions = {("extra_" + k if k in _RESERVED else k): v for k, v in exc.extra.items()}
    resp = problem(exc.status, exc.title, exc.detail, slug=exc.type_slug, instance=instance, errors=errors, **extensions)
    for k, v in exc.headers.items():
        resp.headers[k] = v
    return resp


def _field_of(loc: tuple[Any, ...]) -> tuple[str, str]:
    """('body', 'address', 'district') -> ('body', 'address.district'); a query or path param keeps its name."""
    where = str(loc[0]) if loc else "body"
    parts = [str(p) for p in loc[1:]] if where in ("body", "query", "path", "header", "cookie") else [str(p) for p in loc]
    return where, ".".join(parts) or where


def validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        where, field = _field_of(tuple(err.get("loc", ())))
        msg = err.get("msg", "invalid")
        if err.get("type") == "json_invalid":  # its loc is ('body', <byte offset>): the body is what is wrong
            field, msg = "body", f"{msg} at character {err['loc'][-1]}" if len(err.get("loc", ())) > 1 else msg
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        out.append({"field": field, "in": where, "detail": msg, "pointer": "/" + field.replace(".", "/")})
    return out


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return domain_problem(exc, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = validation_errors(exc)
        fields = ", ".join(e["field"] for e in errors)
        return problem(422, "Validation failed", f"invalid input: {fields}", slug="validation-failed", instance=request.url.path, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {404: "Not found", 405: "Method not allowed", 401: "Unauthorized", 403: "Forbidden"}.get(exc.status_code, "Error")
        resp = problem(exc.status_code, title, str(exc.detail), slug=title.lower().replace(" ", "-"), instance=request.url.path)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, exc: ClientDisconnect) -> Response:
        # the caller hung up mid-upload (common on rural mobile links): nobody reads an answer, no traceback
        log.info("client disconnected before the request body arrived: %s", request.url.path)
        return Response(status_code=499)

    @app.exception_handler(DBAPIError)
    async def _database_refused(request: Request, exc: DBAPIError) -> JSONResponse:
        # The database (or its driver, before sending) refused a value: a number beyond a column's
        # range, text longer than its column. The input's fault, not the server's. Routes bound their
        # fields precisely; this is the net under them, so a forgotten bound is a 422, never a 500
        # (nothing was written: the request's transaction rolls back).
        if not refused_value(exc):
            return await _unexpected(request, exc)
        log.warning("database refused a value on %s: %s", request.url.path, exc.orig)
        return problem(422, "Validation failed", "a value is out of the range this field accepts",
                       slug="validation-failed", instance=request.url.path,
                       errors=[{"field": "request", "in": "body", "detail": "a value is out of range", "pointer": ""}])

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return problem(500, "Internal error", "the server failed; the request id identifies it in the logs", slug="internal-error", instance=request.url.path)


def refused_value(exc: DBAPIError) -> bool:
    """A data exception: SQLSTATE class 22 from the server, or the driver refusing to encode a
    parameter (asyncpg's client-side DataError is a ValueError; SQLAlchemy wraps it generically)."""
    if isinstance(exc, DataError):
        return True
    sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if isinstance(sqlstate, str) and sqlstate.startswith("22"):
        return True
    cause = getattr(exc.orig, "__cause__", None)
    return isinstance(cause, ValueError)
