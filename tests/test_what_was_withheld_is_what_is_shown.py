""" "Was Madeleine faking the whole possessed thing?" with spoilers on, or after a **Reveal for me** click: with
spoilers off the bot withholds it, as nothing the set-up says answers it; with them on it quoted that same set-up
sentence ("he fears she is possessed by Carlotta"), which matched the question's words best, and the asker who
asked to see past the refusal saw what they could have seen anyway. The answer is taken from the spoiler text."""

import pytest

from bot.service import Asker, FilmService
from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

TENANT = make_film(
    "The Quiet Tenant",
    1994,
    [
        (
            SectionKind.PREMISE,
            False,
            "Nora Vance runs a boarding house by the harbour. She rents her attic to Paul Gray, a soft-spoken piano "
            "tuner who pays in cash and never has visitors. The other lodgers think him dull.",
        ),
        (
            SectionKind.PLOT,
            True,
            "One stormy night Nora learns that Paul is her brother, who ran away twenty years ago and is hiding from "
            "the men he once worked for. She keeps his secret, and the lodgers never learn it.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([TENANT, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        # Before: "Nora Vance rents her attic to Paul Gray, a soft-spoken piano tuner …".
        ("was paul faking the whole piano tuner thing", "The Quiet Tenant", "brother"),
        # Before: "Elster says his wife Madeleine has been acting strangely … possessed by Carlotta Valdes …".
        ("was madeleine faking the whole possessed thing in vertigo", "Vertigo", "Judy"),
        ("In Vertigo is Madeleine really the wife of Elster? something is strange", "Vertigo", "Judy"),
        # Before: "His replacement is Detective David Mills, young, hot-headed …".
        ("why the killer wants the young detective to shoot him in se7en?", "Se7en", "WRATH"),
        # Before: "In 1890s London, the stage magician Alfred Borden …" (the premise).
        ("why angier drowns himself every night in the prestige??", "The Prestige", "copy"),
    ],
)
def test_with_spoilers_on_what_was_withheld_is_answered_from_the_spoiler_text(
    engine: Engine, question: str, film: str, told: str
):
    hidden = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert hidden.status is Status.WITHHELD, hidden.answer
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer
    assert answer.passages and answer.passages[0].spoiler, answer.passages


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        # Answered with spoilers off: the set-up is the answer, whoever asks.
        ("what does paul do for a living?", "The Quiet Tenant", "piano tuner"),
        ("who is Madeleine's husband in Vertigo?", "Vertigo", "Elster"),
    ],
)
def test_what_the_set_up_answers_is_answered_alike_with_spoilers_on(
    engine: Engine, question: str, film: str, told: str
):
    off = engine.ask(question, film=film, scope=SpoilerScope.off())
    on = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert off.status is Status.ANSWERED and told in off.answer, off.answer
    assert on.status is Status.ANSWERED and on.answer == off.answer, on.answer


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        # Berton is named only in the premise: "Kelvin's home films" in the spoiler text are no answer.
        ("what is on the film Berton shows Kelvin?", "Solaris", "inquiry"),
    ],
)
def test_with_spoilers_on_the_spoiler_text_answers_only_of_whom_the_question_names(
    engine: Engine, question: str, film: str, told: str
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


async def test_a_reveal_click_after_a_title_of_address_shows_the_spoiler_text(service: FilmService) -> None:
    # "Mrs" names no one: the spoiler sentence on the real Evelyn Mulwray answers "was she actually Mrs Mulwray?".
    asker = Asker(user_id=2, channel_id=20, guild_id=100)
    await service.ask_as(asker, "chinatown: who hires Jake at the start?")
    question = "was she actually Mrs Mulwray though?"
    result = await service.ask_as(asker, question)
    assert result.public.status is Status.WITHHELD and "Ida" not in result.public.answer
    revealable = result.revealable
    assert revealable is not None and revealable.film is not None
    revealed = await service.reveal(asker, revealable.read_as or question, revealable.film.id)
    assert revealed.status is Status.ANSWERED and "Ida Sessions" in revealed.answer, revealed.answer


async def test_a_reveal_click_shows_the_spoiler_text_not_the_set_up(service: FilmService) -> None:
    asker = Asker(user_id=1, channel_id=10, guild_id=100)
    question = "was madeleine faking the whole possessed thing in vertigo"
    result = await service.ask_as(asker, question)
    assert result.public.status is Status.WITHHELD and "Judy" not in result.public.answer
    revealable = result.revealable
    assert revealable is not None and revealable.film is not None and revealable.film.id == "vertigo-1958"
    revealed = await service.reveal(asker, revealable.read_as or question, "vertigo-1958")
    assert revealed.status is Status.ANSWERED and "Judy" in revealed.answer, revealed.answer
    assert revealed.scope == "revealed to you once"
