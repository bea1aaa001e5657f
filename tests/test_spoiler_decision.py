"""The one spoiler decision (index.spoilers) and the opt-in resolution built on it (index.access)."""

import pytest

from corpus.models import Passage, SectionKind
from index.access import OptIn, access_for, reveal_scope
from index.spoilers import ScopeMode, SpoilerScope, may_show, parse_time_mark


def passage(spoiler: bool, start: float = 0.0, end: float = 0.0, time_mark: int | None = None) -> Passage:
    return Passage(film_id="f", section="Plot", section_kind=SectionKind.PLOT, ordinal=0, text="x",
                   spoiler=spoiler, position=start, position_end=end, time_mark=time_mark)


def test_safe_passages_are_always_shown():
    for scope in (SpoilerScope.off(), SpoilerScope.on(), SpoilerScope.parse("upto:0%")):
        assert may_show(passage(False, 0.9, 1.0), scope)


def test_off_hides_and_on_shows_spoilers():
    assert not may_show(passage(True, 0.1, 0.2), SpoilerScope.off())
    assert may_show(passage(True, 0.9, 1.0), SpoilerScope.on())


def test_upto_fraction_uses_the_passage_end():
    scope = SpoilerScope.parse("upto:30%")
    assert may_show(passage(True, 0.1, 0.3), scope)
    assert not may_show(passage(True, 0.25, 0.35), scope)  # straddles the limit
    assert not may_show(passage(True, 0.9, 1.0), scope)


def test_upto_time_uses_the_time_mark_then_the_runtime_then_refuses():
    scope = SpoilerScope.parse("1:12")
    assert scope.upto_seconds == 72 * 60
    assert may_show(passage(True, 0.9, 1.0, time_mark=60 * 60), scope)
    assert not may_show(passage(True, 0.0, 0.1, time_mark=80 * 60), scope)
    # No time mark: 1:12 of a 144-minute film is the half-way point.
    assert may_show(passage(True, 0.4, 0.5), scope, runtime_minutes=144)
    assert not may_show(passage(True, 0.4, 0.51), scope, runtime_minutes=144)
    # No time mark and no runtime: we cannot place it, so it stays hidden.
    assert not may_show(passage(True, 0.0, 0.01), scope)


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


def test_a_protected_channel_and_an_opted_in_user():
    opt_ins = [OptIn(scope=SpoilerScope.on(), user_id=7)]
    mine = access_for(opt_ins, 7, "psycho-1960")
    assert mine.channel.mode is ScopeMode.OFF and mine.personal.mode is ScopeMode.ON and mine.beyond_channel
    other = access_for(opt_ins, 8, "psycho-1960")
    assert other.personal.mode is ScopeMode.OFF and not other.beyond_channel


def test_film_specific_opt_ins_apply_to_their_film_only():
    opt_ins = [OptIn(scope=SpoilerScope.on(), user_id=7, film_id="psycho-1960")]
    assert access_for(opt_ins, 7, "psycho-1960").personal.mode is ScopeMode.ON
    assert access_for(opt_ins, 7, "vertigo-1958").personal.mode is ScopeMode.OFF
    assert access_for(opt_ins, 7, None).personal.mode is ScopeMode.OFF


def test_an_open_channel_is_open_to_everyone_in_it():
    opt_ins = [OptIn(scope=SpoilerScope.on()), OptIn(scope=SpoilerScope.parse("upto:20%"), user_id=7)]
    access = access_for(opt_ins, 7, None)
    assert access.channel.mode is ScopeMode.ON and access.personal.mode is ScopeMode.ON
    assert not access.beyond_channel
    assert "moderator opened this channel" in access.reason


def test_reveal_respects_the_clickers_own_progress_limit():
    limit = SpoilerScope.parse("upto:40%")
    assert reveal_scope([OptIn(scope=limit, user_id=3)], 3, "f") == limit
    assert reveal_scope([OptIn(scope=limit, user_id=3)], 4, "f").mode is ScopeMode.ON
    assert reveal_scope([], 4, "f").mode is ScopeMode.ON
