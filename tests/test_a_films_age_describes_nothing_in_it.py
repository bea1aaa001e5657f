""" "the oldest one where the sled is rosebud" named Citizen Kane with its premise, and so did "the old film where …":
"old(est)" counted as a word of the description, which Kane's visible "his oldest friend" holds, and thinned out the
share of the description only the hidden text holds ("sled"). How old the film is, said right before the word for it,
describes nothing in its text."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "the oldest one where the sled is rosebud",
        "the old film where the sled is rosebud",
        "that classic movie where the sled is rosebud",
    ],
)
def test_the_films_age_does_not_make_a_twist_look_visible(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


def test_a_visible_description_of_an_old_film_still_names_it(engine: Engine):
    answer = engine.ask("the old movie where a newspaper tycoon dies alone in his castle", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "citizen-kane-1941"
