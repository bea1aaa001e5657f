"""Who sees what: every combination of stored choices (personal / channel) × (every film / one film) ×
(on / upto / off), resolved by index.access, checked against the rule written out case by case."""

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from bot.service import Asker
from index.access import OptIn, access_for, reveal_scope, visibilities
from index.answer_model import Hold
from index.spoilers import ScopeMode, SpoilerScope, narrowest

FILM, OTHER = "psycho-1960", "vertigo-1958"
ME, SOMEONE = 7, 8
ON, OFF, UPTO = SpoilerScope.on(), SpoilerScope.off(), SpoilerScope.parse("upto:40%")
CHOICES = (None, ON, UPTO, OFF)  # None: no choice stored at that level


def expected_personal(mine_film, mine_all, channel_film, channel_all) -> SpoilerScope:
    """The rule as the issue states it: the narrower choice wins (a film over every film, the asker's own over
    the channel's); the asker's choice for every film and the channel's for this film are equally narrow, so
    both hold."""
    if mine_film is not None:
        return mine_film
    if mine_all is not None and channel_film is not None:
        return narrowest(mine_all, channel_film)
    for choice in (mine_all, channel_film, channel_all):
        if choice is not None:
            return choice
    return OFF


def opt_ins(mine_film, mine_all, channel_film, channel_all) -> list[OptIn]:
    cells = [(mine_film, ME, FILM), (mine_all, ME, None), (channel_film, None, FILM), (channel_all, None, None)]
    return [OptIn(scope=scope, user_id=user, film_id=film) for scope, user, film in cells if scope is not None]


@pytest.mark.parametrize("cells", list(itertools.product(CHOICES, repeat=4)))
def test_every_combination_follows_the_narrower_choice(cells):
    _, mine_all, channel_film, channel_all = cells
    stored = opt_ins(*cells)
    access = access_for(stored, ME, FILM)
    personal = expected_personal(*cells)
    channel = channel_film if channel_film is not None else channel_all if channel_all is not None else OFF
    assert access.personal == personal
    assert access.channel == channel
    # A public reply to me never holds more than I chose, nor more than the channel shows.
    assert access.public == narrowest(channel, personal)
    assert personal.covers(access.public) and channel.covers(access.public)
    assert access.beyond_channel == (not access.public.covers(personal))
    # Someone else in the channel gets the channel's choices only.
    assert access_for(stored, SOMEONE, FILM).personal == channel
    # Another film: only the choices for every film apply.
    assert access_for(stored, ME, OTHER).personal == expected_personal(None, mine_all, None, channel_all)
    # The engine's per-film view says the same.
    public, private = visibilities(stored, ME)
    assert private.scope(FILM) == personal and public.scope(FILM) == access.public
    assert private.scope(OTHER) == expected_personal(None, mine_all, None, channel_all)


def test_off_for_a_film_beats_on_for_every_film():
    stored = [OptIn(scope=ON, user_id=ME), OptIn(scope=OFF, user_id=ME, film_id=FILM)]
    assert access_for(stored, ME, FILM).personal.mode is ScopeMode.OFF
    assert access_for(stored, ME, OTHER).personal.mode is ScopeMode.ON
    assert "turned spoilers off here for this film" in access_for(stored, ME, FILM).reason


def test_my_off_beats_an_open_channel_and_public_replies_to_me_hold_no_spoilers():
    stored = [OptIn(scope=ON), OptIn(scope=OFF, user_id=ME, film_id=FILM)]
    mine = access_for(stored, ME, FILM)
    assert mine.channel.mode is ScopeMode.ON and mine.personal.mode is ScopeMode.OFF
    assert mine.public.mode is ScopeMode.OFF and not mine.beyond_channel
    assert access_for(stored, SOMEONE, FILM).personal.mode is ScopeMode.ON


def test_my_limit_holds_in_an_open_channel():
    stored = [OptIn(scope=ON), OptIn(scope=UPTO, user_id=ME)]
    access = access_for(stored, ME, FILM)
    assert access.personal == UPTO and access.public == UPTO


def test_a_protected_channel_and_an_opted_in_user():
    stored = [OptIn(scope=ON, user_id=ME)]
    mine = access_for(stored, ME, FILM)
    assert mine.channel.mode is ScopeMode.OFF and mine.personal.mode is ScopeMode.ON and mine.beyond_channel
    assert "protected" in mine.reason and "opted in" in mine.reason
    other = access_for(stored, SOMEONE, FILM)
    assert other.personal.mode is ScopeMode.OFF and not other.beyond_channel


def test_reveal_respects_the_clickers_own_progress_limit():
    assert reveal_scope([OptIn(scope=UPTO, user_id=3)], 3, "f") == UPTO
    assert reveal_scope([OptIn(scope=UPTO, user_id=3)], 4, "f").mode is ScopeMode.ON
    assert reveal_scope([], 4, "f").mode is ScopeMode.ON
    # Turning a film off and then clicking Reveal on it is asking to see that one answer...
    assert reveal_scope([OptIn(scope=OFF, user_id=3, film_id="f")], 3, "f").mode is ScopeMode.ON
    # ...but not past the point in the story they said they had reached (issue 9's outside probe).
    limited = [OptIn(scope=UPTO, user_id=3), OptIn(scope=OFF, user_id=3, film_id="f")]
    assert reveal_scope(limited, 3, "f") == UPTO


ASKER = Asker(user_id=ME, channel_id=11, guild_id=12)
KILLER = "who is the killer in Psycho?"
KILLER_WORDS = "killer all along"


async def test_off_for_a_film_after_on_for_all_holds_through_the_service(service):
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
    await service.clear_spoilers(ASKER, channel_wide=False, film="Psycho")
    result = await service.ask_as(ASKER, KILLER)
    assert result.private is None and KILLER_WORDS not in result.public.answer
    assert result.public.status.value == "withheld"
    # The refusal suggests what would help: spoilers are already on, the "off" for Psycho is what held it.
    assert result.public.hold is Hold.FILM_OFF
    access, _ = await service.access(ASKER, "Psycho")
    assert access.personal.mode is ScopeMode.OFF
    vertigo = await service.ask_as(ASKER, "what happens to Madeleine at the bell tower in Vertigo?")
    assert (vertigo.private or vertigo.public).contains_spoilers
    # "on for every film" again does not undo the narrower "off" for Psycho
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
    assert (await service.access(ASKER, "Psycho"))[0].personal.mode is ScopeMode.OFF


async def test_off_for_every_film_drops_single_film_choices(service):
    await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto=None, duration=None)
    await service.clear_spoilers(ASKER, channel_wide=False, film=None)
    assert (await service.access(ASKER, "Psycho"))[0].personal.mode is ScopeMode.OFF
    result = await service.ask_as(ASKER, KILLER)
    assert KILLER_WORDS not in (result.private or result.public).answer


async def test_an_expired_off_lets_the_broader_choice_apply_again(service):
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
    await service.internals.store.set_pref(
        guild_id=12,
        channel_id=11,
        user_id=ME,
        film_id=FILM,
        scope="off",
        expires_at=datetime.now(UTC) - timedelta(seconds=1),
        set_by=ME,
    )
    assert (await service.access(ASKER, "Psycho"))[0].personal.mode is ScopeMode.ON
    await service.internals.store.set_pref(
        guild_id=12,
        channel_id=11,
        user_id=ME,
        film_id=FILM,
        scope="off",
        expires_at=datetime.now(UTC) + timedelta(hours=1),
        set_by=ME,
    )
    access, _ = await service.access(ASKER, "Psycho")
    assert access.personal.mode is ScopeMode.OFF and "until" in access.reason


async def test_a_channel_opened_by_a_moderator_still_withholds_from_who_turned_the_film_off(service):
    mod = Asker(user_id=99, channel_id=11, guild_id=12)
    await service.set_spoilers(mod, channel_wide=True, film=None, upto=None, duration=None)
    await service.clear_spoilers(ASKER, channel_wide=False, film="Psycho")
    mine = await service.ask_as(ASKER, KILLER)
    assert mine.private is None and KILLER_WORDS not in mine.public.answer
    theirs = await service.ask_as(Asker(user_id=SOMEONE, channel_id=11, guild_id=12), KILLER)
    assert KILLER_WORDS in theirs.public.answer


async def test_a_timed_choice_gives_way_to_the_lasting_one_it_covered(service):
    # on for every film; off for Psycho; then "on for Psycho for 30 minutes": when that ends, Psycho is off again,
    # not open through the choice for every film (issue 9's outside probe).
    await service.set_spoilers(ASKER, channel_wide=False, film=None, upto=None, duration=None)
    await service.clear_spoilers(ASKER, channel_wide=False, film="Psycho")
    await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto=None, duration=timedelta(minutes=30))
    assert (await service.access(ASKER, "Psycho"))[0].personal.mode is ScopeMode.ON
    # The same choice as if its half hour had passed:
    await service.internals.store.set_pref(
        guild_id=12,
        channel_id=11,
        user_id=ME,
        film_id=FILM,
        scope="on",
        expires_at=datetime.now(UTC) - timedelta(seconds=1),
        set_by=ME,
    )
    assert (await service.access(ASKER, "Psycho"))[0].personal.mode is ScopeMode.OFF
    assert KILLER_WORDS not in (await service.ask_as(ASKER, KILLER)).public.answer
    assert await service.housekeeping() == (0, 1)  # settled into the lasting "off", not deleted
    assert (await service.access(ASKER, "Psycho"))[0].personal.mode is ScopeMode.OFF
    # A timed choice with nothing under it simply ends.
    await service.internals.store.set_pref(
        guild_id=12,
        channel_id=11,
        user_id=ME,
        film_id="vertigo-1958",
        scope="on",
        expires_at=datetime.now(UTC) - timedelta(seconds=1),
        set_by=ME,
    )
    assert (await service.access(ASKER, "Vertigo"))[0].personal.mode is ScopeMode.ON  # the "on for all" applies
