"""The one place that decides whether a passage may be shown: a pure function of passage and scope."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from corpus.models import Passage


class ScopeMode(StrEnum):
    OFF = "off"  # non-spoiler passages only
    ON = "on"  # everything
    UPTO = "upto"  # spoilers up to a point in the story


class SpoilerScope(BaseModel):
    """What one asker may see. Exactly one of the limits is set when mode is `upto`."""

    model_config = ConfigDict(frozen=True)

    mode: ScopeMode = ScopeMode.OFF
    upto_fraction: float | None = Field(default=None, ge=0.0, le=1.0)
    upto_seconds: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one_limit(self) -> SpoilerScope:
        limits = (self.upto_fraction is not None) + (self.upto_seconds is not None)
        if self.mode is ScopeMode.UPTO and limits != 1:
            raise ValueError("an 'upto' scope needs exactly one limit: a percentage or a time mark")
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
        )

    def describe(self) -> str:
        """Words for a footer or a status line; never mentions any plot content."""
        if self.mode is ScopeMode.OFF:
            return "spoilers off"
        if self.mode is ScopeMode.ON:
            return "spoilers on"
        if self.upto_fraction is not None:
            return f"spoilers up to {self.upto_fraction * 100:g}% of the plot"
        assert self.upto_seconds is not None
        return f"spoilers up to {format_time_mark(self.upto_seconds)}"

    def as_arg(self) -> str:
        if self.mode is not ScopeMode.UPTO:
            return self.mode.value
        if self.upto_fraction is not None:
            return f"upto:{self.upto_fraction * 100:g}%"
        assert self.upto_seconds is not None
        return f"upto:{format_time_mark(self.upto_seconds)}"


def parse_time_mark(text: str) -> int | None:
    """`1:12` (h:mm), `1:12:30` (h:mm:ss) or `72m` / `72 min` → seconds; None when it is not a time mark."""
    raw = text.strip().lower()
    if match := re.fullmatch(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?", raw):
        hours, minutes, seconds = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
        return hours * 3600 + minutes * 60 + seconds
    if match := re.fullmatch(r"(\d{1,3})\s*(?:m|min|mins|minutes)", raw):
        return int(match.group(1)) * 60
    return None


def format_time_mark(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def may_show(passage: Passage, scope: SpoilerScope, runtime_minutes: int | None = None) -> bool:
    """True when `passage` may be shown to someone with `scope`.

    Non-spoiler passages are always visible. Under `upto`, a spoiler passage is visible only when it *ends* at
    or before the limit, so a passage straddling the limit stays hidden. A time limit is compared with the
    passage's own time mark; without one it is converted to a fraction through the film's runtime, and without
    a runtime the passage stays hidden (we cannot tell where it is, so we refuse rather than guess).
    """
    if not passage.spoiler or scope.mode is ScopeMode.ON:
        return True
    if scope.mode is ScopeMode.OFF:
        return False
    if scope.upto_fraction is not None:
        return passage.position_end <= scope.upto_fraction
    assert scope.upto_seconds is not None
    if passage.time_mark is not None:
        return passage.time_mark <= scope.upto_seconds
    if runtime_minutes:
        return passage.position_end <= scope.upto_seconds / (runtime_minutes * 60)
    return False
