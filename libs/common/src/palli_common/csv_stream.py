"""CSV downloads for every service: a header row, money as decimal strings, dates ISO, streamed in
chunks so the client starts receiving at once, with a UTF-8 byte-order mark (Excel reads Bangla
names only when a CSV starts with one). `?format=csv` or `Accept: text/csv` asks for one."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import AsyncIterator, Iterable
from typing import Any

from fastapi import Request
from fastapi.responses import StreamingResponse

BOM = codecs.BOM_UTF8


async def encode(rows: AsyncIterator[list[Any]] | Iterable[list[Any]]) -> AsyncIterator[bytes]:
    """CSV bytes, a chunk per hundred rows."""
    yield BOM
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    count = 0

    async def each() -> AsyncIterator[list[Any]]:
        if hasattr(rows, "__aiter__"):
            async for row in rows:  # type: ignore[union-attr]
                yield row
        else:
            for row in rows:  # type: ignore[union-attr]
                yield row

    async for row in each():
        writer.writerow(["" if v is None else v for v in row])
        count += 1
        if count % 100 == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def csv_response(filename: str, rows: AsyncIterator[list[Any]] | Iterable[list[Any]]) -> StreamingResponse:
    return StreamingResponse(encode(rows), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})


def wants_csv(request: Request, fmt: str | None) -> bool:
    if fmt is not None:
        return fmt == "csv"
    return "text/csv" in request.headers.get("accept", "").lower()
