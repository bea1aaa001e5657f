""" "What does the Stalker throw to test the path?" with Stalker shown up to 70% was withheld: the summary says he
tests the way "by tossing metal nuts", and "throw" is no word of its. An everyday word the visible text lacks is read
as its synonym the text holds (the table in `index.question`), here "throw" as "toss"."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what does the stalker throw to test the path?", "what does the stalker throw"])
@pytest.mark.parametrize("scope", ["upto:70%", "on"])
def test_throwing_is_told_as_tossing(engine: Engine, question: str, scope: str):
    answer = engine.ask(question, film="stalker-1979", scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED and "nuts" in answer.answer, answer.answer


def test_before_the_scene_it_stays_hidden(engine: Engine):
    answer = engine.ask("what does the stalker throw?", film="stalker-1979", scope=SpoilerScope.parse("upto:20%"))
    assert answer.status is Status.WITHHELD and "nuts" not in answer.answer, answer.answer
