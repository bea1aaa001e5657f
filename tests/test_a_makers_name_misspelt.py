"""A maker's name misspelt: "which films did hitchcok make" was refused as a spoiler naming no film, "what year is
the kurasawa film" got "I don't have the kurasawa film", "christopher nolen films" the same. A title typo was
forgiven ("vertgo"), a maker's was not: the makers' names were compared as typed. A word no film's text holds and no
English word is, whose nearest word in the films' text belongs to the name of someone who made the film holding it,
is that name; a word the text holds (a character's name) or an English word is left as typed."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("what year is the kurasawa film", "rashomon-1950", "1950"),
        ("who wrote the shyamalon movie?", "the-sixth-sense-1999", "Shyamalan"),
        ("how long is the polansky film", "chinatown-1974", "130"),
        ("when did the tarkofsky film about the zone come out", "stalker-1979", "1979"),
    ],
)
def test_the_makers_film_is_found(engine: Engine, question: str, film_id: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "films"),
    [
        ("which films did hitchcok make", ("Vertigo", "Psycho")),
        ("what films has christopher nolen got here?", ("Memento", "The Prestige")),
    ],
)
def test_the_makers_films_are_offered(engine: Engine, question: str, films: tuple[str, ...]) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS, answer.answer
    offered = {choice.title for choice in answer.choices}
    assert set(films) <= offered, (answer.answer, offered)


def test_a_characters_name_near_a_makers_is_still_the_characters(engine: Engine) -> None:
    # "Taylr" is nearest Taylor: a writer of Vertigo's and the hero of Planet of the Apes, whose title says which.
    answer = engine.ask("who is taylr in planet of the apes", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Taylor" in answer.answer, answer.answer
    assert answer.film is not None and answer.film.id == "planet-of-the-apes-1968", answer.answer


def test_a_word_the_story_holds_is_left_as_typed(engine: Engine) -> None:
    answer = engine.ask("is teddy a cop in memento?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert answer.film is not None and answer.film.id == "memento-2000", answer.answer


def test_a_word_read_as_two_is_no_name(engine: Engine) -> None:
    # "fightclub" is nearest two words, the title's: no maker's name, and the question is asked as before.
    answer = engine.ask("fightclub plot (no spoilers i havent seen it)", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == "fight-club-1999", answer.answer
