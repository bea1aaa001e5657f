""" "What does the Stalker throw to test the path?" with Stalker shown up to 70% was withheld: the summary says he
tests the way "by tossing metal nuts", and "throw" is no word of its. An everyday word the visible text lacks is read
as its synonym the text holds (the table in `index.question`), here "throw" as "toss"; so is "fake" as "impostor"
("who was the fake Mrs. Mulwray?" with spoilers on was answered with the set-up, not the impostor)."""

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


@pytest.mark.parametrize("question", ["who was the fake mrs mulwray in chinatown?", "who was the fake evelyn mulwray?"])
def test_a_fake_is_the_texts_impostor(engine: Engine, question: str):
    # "the woman who hired Jake was an impostor, an actress named Ida Sessions": "fake" is no word of the text.
    answer = engine.ask(question, film="chinatown-1974", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Ida Sessions" in answer.answer, answer.answer
    # With spoilers off the set-up's "a woman who introduces herself as Mrs. Evelyn Mulwray" is what may be shown.
    hidden = engine.ask(question, film="chinatown-1974", scope=SpoilerScope.off())
    assert "Sessions" not in hidden.answer and "impostor" not in hidden.answer, hidden.answer
