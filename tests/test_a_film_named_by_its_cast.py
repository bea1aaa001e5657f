""" "What happens in Fight Club with Brad Pitt?" quoted Fight Club's cast line: the names beside the title were
searched for as what is asked. Who is in a film, said with "with", "starring" or "by" beside its title, names it again;
what happens in it is what is asked. Whether someone is in it still asks the cast."""

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
    ("question", "opening"),
    [
        ("what happens in Fight Club with Brad Pitt?", "The Narrator, who is never named"),
        ("what is Psycho with Anthony Perkins about", "Marion Crane is a real-estate secretary"),
        ("what happens in fight club with brad pitt", "The Narrator, who is never named"),
    ],
)
def test_a_film_named_again_by_its_cast_is_asked_what_happens(engine: Engine, question: str, opening: str):
    # The cast line was quoted: the names, beside the title, only name the film again.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.answer.startswith(opening), answer.answer


def test_whether_someone_is_in_it_still_asks_the_cast(engine: Engine):
    answer = engine.ask("is Brad Pitt in Fight Club?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Brad Pitt" in answer.answer, answer.answer
