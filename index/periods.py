"""Periods as the archive stores them: "YYYY-MM" for a month, "YYYY" for a whole year (one helper for all)."""

from __future__ import annotations

import re

_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def is_period(text: str) -> bool:
    """A year (2024) or a month (2024-05)."""
    return bool(_PERIOD.fullmatch(text))


def period_number(period: str | None, *, start: bool = False) -> int | None:
    """ "2024-05" -> 202405; a full year "2024" -> 202412 (or 202401 as the start of a range)."""
    if not period:
        return None
    parts = period.split("-")
    try:
        return int(parts[0]) * 100 + (int(parts[1]) if len(parts) > 1 else (1 if start else 12))
    except ValueError:
        return None


def period_key(period: str | None) -> int:
    """A sort key: periods in time order, an unknown period first."""
    return period_number(period) or 0
