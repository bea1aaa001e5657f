""" "How long is Se7en?", then "and how long is the other Brad Pitt one, the fight one" was answered about Se7en:
"the other X one" took one word for X, so a name in two words ("Brad Pitt") was no one, and the question stayed with
the last film. "The other <name> one" now takes a name in one or two words (a director's, a writer's, an actor's),
never the word "one" or "film" itself ("the other fincher one" is still Fincher's other film)."""

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
    "question",
    [
        "and how long is the other Brad Pitt one, the fight one",
        "and the other brad pitt one?",
        "and the other fincher one?",
        "what about the other fincher film",
    ],
)
def test_the_other_film_by_the_same_person_is_asked_the_same(engine: Engine, question: str) -> None:
    answer = engine.ask(
        question, scope=SpoilerScope.off(), context_film="se7en-1995", context_question="how long is Se7en?"
    )
    assert answer.film is not None and answer.film.id == "fight-club-1999", answer
    assert answer.status is Status.ANSWERED and "139" in answer.answer, answer.answer


def test_the_other_one_alone_is_still_a_pick(engine: Engine) -> None:
    # "the other one" names no one: with no films offered before, which one is the asker's to say.
    answer = engine.ask(
        "the other one?", scope=SpoilerScope.off(), context_film="se7en-1995", context_question="how long is Se7en?"
    )
    assert answer.status is Status.AMBIGUOUS, answer.answer
