"""The one place that decides whether a passage may be shown: a pure function of passage, placement and scope."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from corpus.models import Passage
from corpus.text import time_mark_seconds
from corpus.timeline import Placement


class ScopeMode(StrEnum):
    OFF = "off"  # non-spoiler passages only
    ON = "on"  # everything
    UPTO = "upto"  # spoilers up to a point in the story


class SpoilerScope(BaseModel):
    """What one asker may see. Under `upto`, a percentage, a time, or both (both must hold, see `narrowest`)."""

    model_config = ConfigDict(frozen=True)

    mode: ScopeMode = ScopeMode.OFF
    upto_fraction: float | None = Field(default=None, ge=0.0, le=1.0)
    upto_seconds: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one_limit(self) -> SpoilerScope:
        limits = (self.upto_fraction is not None) + (self.upto_seconds is not None)
        if self.mode is ScopeMode.UPTO and not limits:
            raise ValueError("an 'upto' scope needs a limit: a percentage or a time mark")
        if self.mode is not ScopeMode.UPTO and limits:
            raise ValueError("only an 'upto' scope takes a limit")
        return self

    @classmethod
    def off(cls) -> SpoilerScope:
        return cls(mode=ScopeMode.OFF)

    @classmethod
    def on(cls) -> SpoilerScope:
        return cls(mode=ScopeMode.ON)

    @classmethod
    def parse(cls, text: str) -> SpoilerScope:
        """`off`, `on`, `upto:45%`, `upto:1:12`, or a bare `45%` / `1:12`. Raises ValueError with a reason."""
        raw = text.strip().lower()
        if raw in ("off", "no", "false"):
            return cls.off()
        if raw in ("on", "all", "yes", "true"):
            return cls.on()
        raw = raw.removeprefix("upto:").removeprefix("upto").strip()
        if match := re.fullmatch(r"(\d{1,3}(?:\.\d+)?)\s*%", raw):
            percent = float(match.group(1))
            if percent > 100:
                raise ValueError("a progress limit is a percentage from 0% to 100%")
            return cls(mode=ScopeMode.UPTO, upto_fraction=percent / 100)
        if (seconds := parse_time_mark(raw)) is not None:
            return cls(mode=ScopeMode.UPTO, upto_seconds=seconds)
        raise ValueError(
            f"unknown spoiler scope {text.strip()[:40]!r}: use off, on, a percentage like 45% or a time like 1:12"
            " or 1h12m"
        )

    def describe(self) -> str:
        """Words for a footer or a status line; never mentions any plot content."""
        if self.mode is ScopeMode.OFF:
            return "spoilers off"
        if self.mode is ScopeMode.ON:
            return "spoilers on"
        limits = []
        if self.upto_fraction is not None:
            limits.append(f"{self.upto_fraction * 100:g}% of the plot")
        if self.upto_seconds is not None:
            limits.append(format_time_mark(self.upto_seconds))
        return "spoilers up to " + " and ".join(limits)

    def as_arg(self) -> str:
        """The stored form, which `parse` reads back. Only scopes with one limit are stored (a scope with two is
        the meeting of two stored ones, see `narrowest`)."""
        if self.mode is not ScopeMode.UPTO:
            return self.mode.value
        if self.upto_fraction is not None and self.upto_seconds is not None:
            raise ValueError("a scope with two limits has no stored form")
        if self.upto_fraction is not None:
            return f"upto:{self.upto_fraction * 100:g}%"
        assert self.upto_seconds is not None
        return f"upto:{format_time_mark(self.upto_seconds)}"

    def covers(self, other: SpoilerScope) -> bool:
        """Whether this scope shows everything `other` shows, whatever the passage."""
        if self.mode is ScopeMode.ON or other.mode is ScopeMode.OFF:
            return True
        if self.mode is ScopeMode.OFF or other.mode is ScopeMode.ON:
            return False
        return _no_tighter(self.upto_fraction, other.upto_fraction) and _no_tighter(
            self.upto_seconds, other.upto_seconds
        )


def _no_tighter(mine: float | None, theirs: float | None) -> bool:
    """My limit lets through at least what theirs does: no limit is the loosest."""
    if mine is None:
        return True
    return theirs is not None and mine >= theirs


def narrowest(*scopes: SpoilerScope) -> SpoilerScope:
    """What all of `scopes` allow at once: off if any is off, else every limit any of them sets (the tighter one
    where two set the same kind)."""
    if any(scope.mode is ScopeMode.OFF for scope in scopes):
        return SpoilerScope.off()
    limited = [scope for scope in scopes if scope.mode is ScopeMode.UPTO]
    if not limited:
        return SpoilerScope.on()
    fractions = [s.upto_fraction for s in limited if s.upto_fraction is not None]
    seconds = [s.upto_seconds for s in limited if s.upto_seconds is not None]
    return SpoilerScope(
        mode=ScopeMode.UPTO,
        upto_fraction=min(fractions) if fractions else None,
        upto_seconds=min(seconds) if seconds else None,
    )


# "72m", "72 min", "1h", "1h05m", "1 hr 5 min", "1 hour 5 minutes", "1h05": how people type a point in a film.
_HOURS_MINUTES = re.compile(
    r"(?:(?P<hours>\d{1,2})\s*(?:h|hr|hrs|hours?)\s*)?(?:(?P<minutes>\d{1,3})\s*(?:m|mins?|minutes?)?)?"
)


def parse_time_mark(text: str) -> int | None:
    """`1:12` (h:mm), `1:12:30` (h:mm:ss), `72m`, `1h`, `1h05m` or `1 hour 5 minutes` → seconds; None when it is
    not a time mark. A bare number is no time (is "40" minutes or percent?)."""
    raw = text.strip().lower()
    if (seconds := time_mark_seconds(raw)) is not None:
        return seconds
    match = _HOURS_MINUTES.fullmatch(raw)
    if match is None or not raw or raw.isdigit():
        return None
    hours, minutes = int(match["hours"] or 0), int(match["minutes"] or 0)
    if match["hours"] and minutes >= 60:
        return None  # "1h75m" is a slip, not a time
    return hours * 3600 + minutes * 60


def format_time_mark(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def may_show(passage: Passage, scope: SpoilerScope, placement: Placement) -> bool:
    """True when `passage` may be shown to someone with `scope`; `placement` is where the passage is known to
    sit in the story (corpus/timeline.py).

    Non-spoiler passages are always visible. Under `upto`, a spoiler passage is visible only when everything it
    tells is known to happen at or before the limit: within a percentage of the film (it ends within that share
    of the story's words, or its known time is within that share of the runtime), and over by a time (its known
    bound, from the document's time marks and runtime). When the document does not say, it stays hidden: we
    refuse rather than guess.
    """
    if not passage.spoiler or scope.mode is ScopeMode.ON:
        return True
    if scope.mode is ScopeMode.OFF:
        return False
    within_share = (
        scope.upto_fraction is None
        or placement.end <= scope.upto_fraction
        or (placement.known_share is not None and placement.known_share <= scope.upto_fraction)
    )
    within_time = scope.upto_seconds is None or (
        placement.known_by is not None and placement.known_by <= scope.upto_seconds
    )
    return within_share and within_time
