""" "Who's the lead in Vertigo?" (the cast list), then "how old is he?": with "he" read as no one, only "old" was left
to search for, and "an old college acquaintance, the shipbuilder Gavin Elster" was the answer. A question whose only
word left says what kind of answer is wanted ("how old", "how many") asks nothing the text can be searched for."""

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
    ("question", "beside"),
    [("how old is he in Vertigo?", "old college"), ("how old is it psycho", "old house")],
)
def test_only_the_kind_of_answer_is_not_searched_for(engine: Engine, question: str, beside: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.ANSWERED and beside not in answer.answer, answer.answer


def test_with_someone_named_it_is_answered(engine: Engine):
    answer = engine.ask("how old is Cole in The Sixth Sense?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "about nine" in answer.answer, answer.answer
