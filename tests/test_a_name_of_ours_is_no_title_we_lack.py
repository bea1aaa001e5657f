""" "tyler sells what?" after a question about Fight Club got "I don't have tyler sells": "sells" is in no summary
(Fight Club's says "soap salesman"), so the words before the question word were read as a title we lack. A run
of words holding a name one of our films' story writes as one asks something of that person. A maker's name is
no such name ("what's andrei rublev about" is still Tarkovsky's film we lack)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(("question", "says"), [("tyler sells what?", "soap"), ("marla smokes what?", "Marla")])
def test_a_name_of_ours_asks_of_that_person(engine: Engine, question: str, says: str):
    answer = engine.ask(question, context_film="fight-club-1999", scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == "fight-club-1999" and says in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [("what's andrei rublev about", "andrei rublev"), ("shutter island twist?", "shutter island")],
)
def test_a_title_we_lack_is_still_named(engine: Engine, question: str, title: str):
    answer = engine.ask(question, context_film="fight-club-1999", scope=OFF)
    assert answer.status is Status.NOT_FOUND and title in answer.answer, answer.answer
