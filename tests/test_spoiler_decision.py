"""The one spoiler decision (index.spoilers), with passages placed in the story (corpus.timeline)."""

import pytest

from corpus.models import Passage, SectionKind
from corpus.text import split_time_mark, time_mark_seconds
from corpus.timeline import Placement
from index.spoilers import ScopeMode, SpoilerScope, may_show, narrowest, parse_time_mark


def passage(spoiler: bool) -> Passage:
    return Passage(
        film_id="f",
        section="Plot",
        section_kind=SectionKind.PLOT,
        ordinal=0,
        text="x",
        spoiler=spoiler,
        position=0.0,
        position_end=0.0,
    )


def at(start: float, end: float, known_by: int | None = None) -> Placement:
    return Placement(start, end, known_by)


def test_safe_passages_are_always_shown():
    for scope in (SpoilerScope.off(), SpoilerScope.on(), SpoilerScope.parse("upto:0%"), SpoilerScope.parse("0:01")):
        assert may_show(passage(False), scope, at(0.9, 1.0))


def test_off_hides_and_on_shows_spoilers():
    assert not may_show(passage(True), SpoilerScope.off(), at(0.1, 0.2, 60))
    assert may_show(passage(True), SpoilerScope.on(), at(0.9, 1.0))


def test_upto_fraction_uses_where_the_passage_ends():
    scope = SpoilerScope.parse("upto:30%")
    assert may_show(passage(True), scope, at(0.1, 0.3))
    assert not may_show(passage(True), scope, at(0.25, 0.35))  # straddles the limit
    assert not may_show(passage(True), scope, at(0.9, 1.0))


def test_upto_time_needs_the_passage_known_to_be_over_by_then():
    scope = SpoilerScope.parse("1:12")
    assert scope.upto_seconds == 72 * 60
    assert may_show(passage(True), scope, at(0.9, 1.0, known_by=72 * 60))
    assert not may_show(passage(True), scope, at(0.0, 0.1, known_by=72 * 60 + 1))
    # Nothing says when it happens (no later mark, no runtime): it stays hidden, however early its words sit.
    assert not may_show(passage(True), scope, at(0.0, 0.01, known_by=None))


def test_both_limits_must_hold_when_two_scopes_meet():
    both = narrowest(SpoilerScope.parse("upto:50%"), SpoilerScope.parse("upto:1:00"))
    assert both.upto_fraction == 0.5 and both.upto_seconds == 3600
    assert may_show(passage(True), both, at(0.1, 0.4, known_by=3000))
    assert not may_show(passage(True), both, at(0.1, 0.6, known_by=3000))
    assert not may_show(passage(True), both, at(0.1, 0.4, known_by=3700))
    assert narrowest(SpoilerScope.on(), SpoilerScope.parse("upto:20%")) == SpoilerScope.parse("upto:20%")
    assert narrowest(SpoilerScope.on(), SpoilerScope.off()).mode is ScopeMode.OFF
    assert narrowest(SpoilerScope.on(), SpoilerScope.on()).mode is ScopeMode.ON
    assert narrowest(SpoilerScope.parse("30%"), SpoilerScope.parse("20%")) == SpoilerScope.parse("20%")


def test_covers_orders_scopes_by_what_they_show():
    on, off = SpoilerScope.on(), SpoilerScope.off()
    forty, twenty, hour = SpoilerScope.parse("40%"), SpoilerScope.parse("20%"), SpoilerScope.parse("1:00")
    assert on.covers(forty) and forty.covers(twenty) and not twenty.covers(forty)
    assert forty.covers(off) and not off.covers(twenty)
    assert not forty.covers(hour) and not hour.covers(forty)  # different limits: neither shows all the other does
    assert forty.covers(narrowest(forty, hour))


@pytest.mark.parametrize("text", ["upto:101%", "sometimes", "upto:", "1:99", ""])
def test_bad_scopes_are_refused_with_a_reason(text):
    with pytest.raises(ValueError, match=r"scope|percentage"):
        SpoilerScope.parse(text)


def test_scope_round_trips_through_its_argument_form():
    for text in ("off", "on", "upto:45%", "upto:1:12", "upto:12.5%"):
        scope = SpoilerScope.parse(text)
        assert SpoilerScope.parse(scope.as_arg()) == scope
    assert SpoilerScope.parse("45%").mode is ScopeMode.UPTO
    assert parse_time_mark("95 min") == 95 * 60
    assert parse_time_mark("hello") is None
    with pytest.raises(ValueError, match="two limits"):
        narrowest(SpoilerScope.parse("40%"), SpoilerScope.parse("1:00")).as_arg()


@pytest.mark.parametrize("mark", ["0:45", "1:12", "1:12:30", "12:05"])
def test_a_document_and_a_progress_limit_read_a_time_alike(mark: str):
    """ "[1:12]" in a summary and `upto:1:12` name the same moment, or a limit would cut beside the mark."""
    seconds, rest = split_time_mark(f"[{mark}] He wakes.")
    assert rest == "He wakes." and seconds is not None
    limit = SpoilerScope.parse(f"upto:{mark}").upto_seconds
    assert seconds == time_mark_seconds(mark) == parse_time_mark(mark) == limit
    assert time_mark_seconds("1:75") is None and time_mark_seconds("72m") is None


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [
        ("1h", 3600),
        ("1h05m", 3900),
        ("1h 5m", 3900),
        ("1h05", 3900),
        ("1 hr 5 min", 3900),
        ("1 hour 5 minutes", 3900),
        ("2 hours", 7200),
        ("65m", 3900),
    ],
)
def test_a_limit_typed_in_hours_and_minutes_is_that_time(typed: str, seconds: int):
    """ "upto:1h05m" is how many people type a point in a film; it was refused as an unknown scope."""
    assert SpoilerScope.parse(f"upto:{typed}").upto_seconds == seconds


@pytest.mark.parametrize("typed", ["40", "1h75m", "h", "an hour"])
def test_what_is_no_time_is_refused_with_the_forms_that_work(typed: str):
    with pytest.raises(ValueError, match=r"1:12 or 1h12m"):
        SpoilerScope.parse(f"upto:{typed}")
