""" "what's the first murder in seven", asked in four dialogue sets, was withheld with spoilers off: the premise
tells it ("a grossly overweight man has been found dead … Then a second body turns up") without the words "murder"
or "death", which only the hidden part uses. A murder or a death asked after is read as the dead body the visible
text tells of, when that text lacks the word itself; "kill" is no such word ("how many people does he kill?" asks
what only the hidden text tells)."""

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


@pytest.mark.parametrize(
    "question", ["what's the first murder in seven", "se7en whats the first murder", "what's the first death in se7en"]
)
def test_the_first_murder_is_the_body_the_premise_tells_of(engine: Engine, question: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED, answer.answer
    assert "spaghetti" in answer.answer and "GLUTTONY" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("how many people does he kill in se7en?", "ENVY"),
        ("who killed tracy in se7en?", "ENVY"),
        ("so was elster the murderer in vertigo?", "neck"),
    ],
)
def test_a_killing_only_the_hidden_text_tells_stays_withheld(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer
