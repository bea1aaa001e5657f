""" "What happens at the start of Vertigo?", then "and then what?", "tell me more", "what happens next": the story
after the passage quoted last, one passage at a time. Each was answered with the same opening again, or "The summary
of Vertigo doesn't say". The next passage is withheld like any other when the asker may not see it (spoilers off,
past a limit), Reveal shows it once, and an asker whose own opt-in goes further than the channel's goes on from what
they were shown."""

from __future__ import annotations

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Hold, Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

DM = Asker(user_id=1, channel_id=10, guild_id=None)
IN_A_GUILD = Asker(user_id=2, channel_id=20, guild_id=100)


def shown(result):
    return result.private if result.sent_privately else result.public


async def test_each_next_goes_on_from_the_last_passage_shown(service: FilmService) -> None:
    await service.set_spoilers(DM, channel_wide=False, film=None, upto=None, duration=None)
    first = shown(await service.ask_as(DM, "what happens at the start of vertigo"))
    seen = [first.answer]
    for asked in ("and then what?", "tell me more", "what happens next", "ok and after that"):
        answer = shown(await service.ask_as(DM, asked))
        assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "vertigo-1958"
        assert answer.answer not in seen, f"{asked!r} repeated {answer.answer[:60]!r}"
        seen.append(answer.answer)
    assert "bell tower" in " ".join(seen)  # four steps on, the story has reached the mission


async def test_with_spoilers_off_the_next_passage_is_withheld_and_stays_so(service: FilmService) -> None:
    await service.ask_as(DM, "what is psycho about")
    refused = shown(await service.ask_as(DM, "and then what?"))
    assert refused.status is Status.WITHHELD and refused.hold is Hold.SPOILERS_OFF
    assert "Norman" not in refused.answer
    again = shown(await service.ask_as(DM, "tell me more"))
    assert again.status is Status.WITHHELD and "Norman" not in again.answer
    # Reveal asks what was refused: the passage after the premise, once.
    revealable = (await service.ask_as(DM, "and then what?")).revealable
    assert revealable is not None and revealable.read_as is not None
    revealed = await service.reveal(DM, revealable.read_as, "psycho-1960")
    assert revealed.status is Status.ANSWERED and "sandwich" in revealed.answer


async def test_under_a_limit_the_story_goes_on_up_to_it(service: FilmService) -> None:
    await service.set_spoilers(DM, channel_wide=False, film="Psycho", upto="40%", duration=None)
    await service.ask_as(DM, "what happens at the start of psycho")
    steps = [shown(await service.ask_as(DM, "and then")) for _ in range(4)]
    assert steps[0].status is Status.ANSWERED
    assert any(step.status is Status.WITHHELD and step.hold is Hold.PAST_LIMIT for step in steps)
    assert not any("fruit cellar" in step.answer for step in steps)


async def test_an_opted_in_askers_next_goes_on_from_their_own_answer(service: FilmService) -> None:
    await service.set_spoilers(IN_A_GUILD, channel_wide=False, film=None, upto=None, duration=None)
    await service.ask_as(IN_A_GUILD, "what happens at the start of vertigo")
    second = shown(await service.ask_as(IN_A_GUILD, "and then what?"))
    third = shown(await service.ask_as(IN_A_GUILD, "what happens next"))
    assert second.status is Status.ANSWERED and third.status is Status.ANSWERED
    assert second.answer != third.answer


@pytest.mark.parametrize("asked", ["and then what?", "tell me more"])
def test_after_a_fact_next_is_no_story_step(asked: str) -> None:
    # "Who directed Vertigo?" quoted no story: "and then what?" is read as ever (not as a step from the facts).
    engine = Engine(BUNDLED)
    answer = engine.ask(
        asked, scope=SpoilerScope.off(), context_film="vertigo-1958", context_question="who directed vertigo"
    )
    assert answer.read_as is None or not answer.read_as.startswith("what happens after")


def test_the_end_of_the_story_says_so() -> None:
    engine = Engine(BUNDLED)
    film = next(f for f in BUNDLED if f.id == "psycho-1960")
    story = [p for p in film.passages if p.section_kind.value in ("premise", "plot", "ending")]
    last = story[-1].text.split(". ")[-1].rstrip(".")[:60]
    answer = engine.ask(f'what happens after "{last}"', film="psycho-1960", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "is where the summary of Psycho ends" in answer.answer


def test_what_comes_after_something_withheld_is_withheld_with_it() -> None:
    # "What's the next sin?" refused under a limit, then "and then what?": it was answered with the premise.
    engine = Engine(BUNDLED)
    answer = engine.ask(
        "and then what?",
        scope=SpoilerScope.parse("upto:50%"),
        context_film="se7en-1995",
        context_question="what's the next sin",
    )
    assert answer.status is Status.WITHHELD and answer.hold is Hold.PAST_LIMIT, answer.answer


async def test_what_happens_to_her_after_that_goes_on_from_the_last_passage(service: FilmService) -> None:
    # Before: answered with Psycho's premise (Marion at her job), past which the limit hid the shower; the story
    # after the sandwich is what is asked, withheld where the limit hides it (at 0:47 the shower has only begun).
    await service.set_spoilers(DM, channel_wide=False, film=None, upto="0:47", duration=None)
    first = shown(await service.ask_as(DM, "in psycho what do norman and marion talk about over the sandwich?"))
    assert first.status is Status.ANSWERED and "sandwich" in first.answer
    refused = shown(await service.ask_as(DM, "what happens to her after that?"))
    assert refused.status is Status.WITHHELD and "real-estate" not in refused.answer
    await service.set_spoilers(DM, channel_wide=False, film=None, upto=None, duration=None)
    await service.ask_as(DM, "in psycho what do norman and marion talk about over the sandwich?")
    told = shown(await service.ask_as(DM, "what happens to her after that?"))
    assert told.status is Status.ANSWERED and "stabs her to death" in told.answer, told.answer
