"""Films asked for by genre ("got anything sci-fi?", "what's a good noir?", "any comedies?"): the films of ours
whose genre line names it, offered to pick from, or that there are none. They got the pointer to /help, "which
film?", or "I don't have comedies"."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _genre(engine: Engine, film_id: str) -> str:
    film = engine.film(film_id)
    assert film is not None
    return (film.facts.genre or "").lower()


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("got anything sci-fi?", "science fiction"),
        ("which films are science fiction?", "science fiction"),
        ("what's a good noir?", "noir"),
        ("do you have any thrillers?", "thriller"),
        ("any horror films?", "horror"),
        ("any mysteries?", "mystery"),
    ],
)
def test_the_films_of_a_genre_are_offered(engine: Engine, question: str, word: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    expected = sorted(f.id for f in engine.films() if word in (f.facts.genre or "").lower())
    assert expected, word
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer
    assert sorted(ref.id for ref in answer.choices) == expected, answer.choices


@pytest.mark.parametrize("question", ["any comedies?", "got any westerns?", "do you have any animated films?"])
def test_a_genre_we_have_none_of_is_said_so(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.answer.startswith("I have no ")


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # A genre asked of one film is a question about it, not a list.
        ("is vertigo a thriller?", "vertigo-1958"),
        ("is solaris sci-fi?", "solaris-1972"),
    ],
)
def test_a_genre_asked_of_one_film_stays_with_it(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id and not answer.choices, answer.answer
