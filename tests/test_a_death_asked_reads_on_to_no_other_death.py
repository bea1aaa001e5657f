""" "Did Leonard's wife actually die in the break-in?" (spoilers on) got "…of the dead man, writes 'Don't believe his
lies' on Teddy's photo …": the best sentence ("It was Leonard's own wife who survived the attack … and who died when
Leonard gave her insulin shot after shot") was read on to the last sentence naming what was asked in another word,
and "dead" (Jimmy, "the dead man") was taken for another word for her death; the excerpt, cut to fit, lost her. A
death asked after is nobody named: the excerpt reads on only to the one asked after, named otherwise ("the child"
for "the baby")."""

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
        "did Leonard's wife actually die in the break-in?",
        "did his wife really die in the attack?",
        "is leonard's wife dead?",
    ],
)
def test_her_death_is_quoted(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="Memento", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "insulin" in answer.answer
    assert "the dead man" not in answer.answer


def test_spoilers_off_it_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("did Leonard's wife actually die in the break-in?", film="Memento", scope=SpoilerScope.off())
    assert "insulin" not in answer.answer
