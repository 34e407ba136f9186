"""/healthz: the process answers. /readyz: the database and the broker answer (503 otherwise)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from palli_common.problems import MEDIA_TYPE, PROBLEM_BASE

Check = Callable[[], Awaitable[bool]]


def health_router(checks: dict[str, Check]) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", summary="Liveness")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="Readiness: database and broker reachable", response_model=None)
    async def readyz() -> JSONResponse | dict:
        async def run(check: Check) -> str:
            try:
                return "ok" if await asyncio.wait_for(check(), 5) else "unavailable"
            except Exception:
                return "unavailable"

        names = list(checks)
        results = dict(zip(names, await asyncio.gather(*(run(checks[n]) for n in names)), strict=True))
        if all(v == "ok" for v in results.values()):
            return {"status": "ready", "checks": results}
        down = ", ".join(n for n, v in results.items() if v != "ok")
        return JSONResponse(
            {
                "type": PROBLEM_BASE + "not-ready",
                "title": "Not ready",
                "status": 503,
                "detail": f"unavailable: {down}",
                "instance": "/readyz",
                "checks": results,
            },
            status_code=503,
            media_type=MEDIA_TYPE,
        )

    return router
