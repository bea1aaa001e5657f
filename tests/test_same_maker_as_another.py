"""Whether a film has "the same director as" another asks who made the film in question: "Is it the same director
like Psycho?" with the film option Vertigo was withheld, and "is it the same director as Psycho?" too (no question
word, so the comparison was read as words of the story). The reply names the film's maker; the asker compares.
A character "the same person as" another stays a question about the story."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


_PAIRS = [
    ("vertigo-1958", "Vertigo", "Psycho", "Alfred Hitchcock"),
    ("memento-2000", "Memento", "The Prestige", "Christopher Nolan"),
    ("fight-club-1999", "Fight Club", "Se7en", "David Fincher"),
    ("stalker-1979", "Stalker", "Solaris", "Andrei Tarkovsky"),
]


@pytest.mark.parametrize(
    "phrasing",
    [
        "Is it the same director like {other}?",
        "is it the same director as {other}?",
        "is this the same filmmaker as {other}",
        "is it by the same guy as {other}?",
        "was it made by the same people as {other}?",
        "is it the same guy that made {other}?",
    ],
)
@pytest.mark.parametrize(("film_id", "title", "other", "director"), _PAIRS, ids=[p[0] for p in _PAIRS])
def test_the_same_director_as_another_asks_this_ones(
    engine: Engine, film_id: str, title: str, other: str, director: str, phrasing: str
) -> None:
    answer = engine.ask(phrasing.format(other=other), film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer
    assert director in answer.answer


@pytest.mark.parametrize(("film_id", "title", "other", "director"), _PAIRS, ids=[p[0] for p in _PAIRS])
def test_a_film_named_by_the_same_director_as_another_is_that_film(
    engine: Engine, film_id: str, title: str, other: str, director: str
) -> None:
    answer = engine.ask(f"is {title} by the same director as {other}?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer
    assert director in answer.answer


def test_a_character_the_same_person_as_another_is_no_makers_question(engine: Engine) -> None:
    answer = engine.ask("is Judy the same person as Madeleine?", film="vertigo-1958", scope=SpoilerScope.off())
    assert "directed" not in answer.answer and answer.status is Status.WITHHELD, answer.answer
