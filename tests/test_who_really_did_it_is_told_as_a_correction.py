""" "Who really fell from the tower the first time?" (spoilers on) got "At the mission Madeleine runs up the bell tower.
… he sees her body fall": the question's words are all in the set-up of the fall, none in the sentence correcting it
("At the top, Elster was waiting with the real Madeleine Elster, whose neck he had already broken, and it was her body
that he threw down."). Asked who really did something, the spoiler sentence saying who the real one was, right after
a sentence on the same moment, answers. Spoilers off, it stays hidden."""

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
        "who really fell from the tower the first time?",
        "so who actually died at the tower the first time",
        "in Vertigo, who actually fell from the bell tower the first time?",
    ],
)
def test_the_correction_answers(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="Vertigo", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "the real Madeleine Elster" in answer.answer


def test_without_doubt_the_fall_is_told(engine: Engine) -> None:
    answer = engine.ask("what happens at the bell tower?", film="Vertigo", scope=SpoilerScope.on())
    assert "runs up the bell tower" in answer.answer


def test_spoilers_off_it_stays_hidden(engine: Engine) -> None:
    answer = engine.ask("who really fell from the tower the first time?", film="Vertigo", scope=SpoilerScope.off())
    assert "real Madeleine" not in answer.answer
