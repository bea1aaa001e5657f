""" "Momento - is Teddy a good guy or not", then **Reveal for me**, showed Memento's cast list: "good guy" was read as a
name the film's text lacks, so the question as a check of the cast ("is Guy Pearce in it?"). Which side someone is
really on ("a good guy", "the villain", "good or bad", "evil", "on his side") is what a twist tells: withheld with
spoilers off, answered from the reveal with spoilers on, never from the cast."""

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
        "is teddy a good guy in memento",
        "momento - is teddy a good guy or not",
        "is Teddy good or bad in Memento?",
        "was teddy on his side in memento?",
    ],
)
def test_which_side_someone_is_on_is_a_twist(engine: Engine, question: str):
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and "Guy Pearce" not in off.answer, off.answer
    on = engine.ask(question, scope=SpoilerScope.on())
    assert "undercover" in on.answer and "Guy Pearce" not in on.answer, on.answer


def test_the_cast_is_still_checked(engine: Engine):
    answer = engine.ask("is Guy Pearce in memento?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Guy Pearce" in answer.answer, answer.answer
