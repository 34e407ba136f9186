"""When a programme's credential is earned: pure rules over what the service counted.

A programme's rule (JSON, every key optional):

    {"min_attendance_percent": 80,      # of the cohort's held sessions, present or late (excused ones not counted)
     "project_required": true,          # a member of a completed (verified) social action project of the cohort
     "min_volunteer_hours": 20,         # countersigned hours on such projects
     "min_assessment_score": 60}        # the course's final assessment, 0-100

`unmet` returns what is still missing, empty when the credential is earned. The cohort must be
completed first (its facilitator closes it): attendance is judged on the whole course.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

DEFAULT_RULE: dict[str, Any] = {"min_attendance_percent": 80, "project_required": False, "min_volunteer_hours": None,
                                "min_assessment_score": None}
ATTENDED = ("present", "late")


@dataclass(frozen=True)
class Record:
    held_sessions: int  # the cohort's sessions that took place
    excused: int
    attended: int  # present or late
    completed_projects: int
    volunteer_minutes: int  # countersigned
    assessment_score: int | None = None  # the course's final assessment, if taken


def rule_of(rule: dict[str, Any] | None) -> dict[str, Any]:
    merged = dict(DEFAULT_RULE)
    merged.update({k: v for k, v in (rule or {}).items() if k in DEFAULT_RULE})
    return merged


def attendance_percent(r: Record) -> Decimal:
    counted = r.held_sessions - r.excused
    if counted <= 0:
        return Decimal(0)
    return (Decimal(r.attended) * 100 / counted).quantize(Decimal("0.01"))


def unmet(rule: dict[str, Any] | None, r: Record) -> list[str]:
    rule = rule_of(rule)
    missing = []
    if r.held_sessions == 0:
        missing.append("no session of the cohort was held")
    elif attendance_percent(r) < Decimal(str(rule["min_attendance_percent"])):
        missing.append(f"attended {attendance_percent(r)}% of sessions; the programme needs {rule['min_attendance_percent']}%")
    if rule["project_required"] and r.completed_projects == 0:
        missing.append("no completed social action project")
    passing = rule["min_assessment_score"]
    if passing is not None and (r.assessment_score is None or r.assessment_score < passing):
        got = "no assessment recorded" if r.assessment_score is None else f"assessed at {r.assessment_score}"
        missing.append(f"{got}; the programme needs {passing}")
    hours = rule["min_volunteer_hours"]
    if hours and r.volunteer_minutes < hours * 60:
        missing.append(f"{Decimal(r.volunteer_minutes) / 60:.1f} countersigned volunteer hours; the programme needs {hours}")
    return missing
