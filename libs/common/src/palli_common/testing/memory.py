"""Resident memory of a running process, for the benches' RSS figures (Linux /proc)."""

from __future__ import annotations

import os
from pathlib import Path


def _status_kb(pid: int) -> tuple[int, int]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def rss_mb(pid: int, *, children: bool = False) -> tuple[float, float]:
    """(resident now, peak resident) in MB; with `children`, summed over the process and its
    descendants (uvicorn's workers). A process that ended meanwhile counts nothing."""
    now = peak = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            rss, hwm = _status_kb(p)
            now, peak = now + rss, peak + hwm
            if children:
                for task in os.listdir(f"/proc/{p}/task"):
                    todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, KeyError):
            continue
    return now / 1024, peak / 1024
