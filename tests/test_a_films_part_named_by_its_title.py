""" "what about the apes ending?" after a question about Psycho was answered with Psycho's ending: words of a title
named a film only before "film", "movie" or "one" ("the apes film"). Before a part of the film asked about ("the apes
ending", "the solaris twist") they name it too, over the film asked about last."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("what about the apes ending?", "planet-of-the-apes-1968"),
        ("and what about the apes twist", "planet-of-the-apes-1968"),
        ("ok what about the chinatown ending", "chinatown-1974"),
    ],
)
def test_the_part_names_its_film_over_the_last(engine: Engine, question: str, film: str):
    for scope in (SpoilerScope.on(), SpoilerScope.off()):
        answer = engine.ask(
            question, scope=scope, context_film="psycho-1960", context_question="what is in the fruit cellar?"
        )
        assert answer.film is not None and answer.film.id == film, answer.answer


def test_the_last_films_own_ending_stays_with_it(engine: Engine):
    answer = engine.ask(
        "what about the ending?", scope=SpoilerScope.on(), context_film="psycho-1960", context_question="who is Norman?"
    )
    assert answer.film is not None and answer.film.id == "psycho-1960", answer.answer
