""" "china town cast" was answered with Chinatown's premise: the title typed with a typo and the fact's word after
it, with nothing between, was no title heading (one needs a question word after it), so the misspelt words stayed in
the question and no fact was read. A title, even misspelt, before the one fact it asks is a heading too."""

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
        ("china town cast", "chinatown-1974", "Cast: Jack Nicholson"),
        ("momento runtime?", "memento-2000", "113"),
        ("sixth sence cast", "the-sixth-sense-1999", "Bruce Willis"),
    ],
)
def test_a_misspelt_title_before_the_fact_asked(engine: Engine, question: str, film_id: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_title_we_lack_before_the_fact_is_still_one_we_lack(engine: Engine):
    answer = engine.ask("the matrix cast", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "the matrix" in answer.answer, answer.answer
