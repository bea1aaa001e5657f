"""Parsing how long an opt-in lasts: `30m`, `2h`, `7d`, `1w`, `1d12h`."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.errors import UserError

_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}
_PART = re.compile(r"(\d{1,4})\s*(min|m|h|d|w)")
# Longer than this and an opt-in is better made permanent on purpose.
MAX_DURATION = timedelta(days=365)


def parse_duration(text: str) -> timedelta:
    raw = text.strip().lower().replace(" ", "")
    parts = _PART.findall(raw)
    if not raw or "".join(f"{n}{u}" for n, u in parts) != raw:
        raise UserError(f"I can't read the duration {text[:30]!r}: use e.g. 30m, 2h, 7d or 1w.")
    duration = timedelta(seconds=sum(int(number) * _UNITS[unit] for number, unit in parts))
    if duration <= timedelta(0) or duration > MAX_DURATION:
        raise UserError("A duration runs from 1 minute to 365 days.")
    return duration
