""" "Does Leonard ever find John G?" with spoilers off was answered with the premise ("Leonard is hunting the man …
known to him only as John G."), which reads as "not yet" or as nothing: whether the story's hunt ever succeeds is
what its end tells. Withheld with spoilers off; with them on, the passage telling it answers."""

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
        "does leonard ever find john g in memento",
        "does Taylor ever get home in Planet of the Apes?",
        "so do they ever catch John Doe in Se7en?",
        # Whether the goal is reached at all: the premise names the Room, and was quoted as if it answered.
        "did they ever go into the room in stalker",
        "does anybody actually go inside the room in stalker",
    ],
)
def test_whether_a_hunt_succeeds_is_withheld_with_spoilers_off(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer


def test_with_spoilers_on_the_end_of_the_hunt_answers(engine: Engine):
    answer = engine.ask("does leonard ever find john g in memento", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "real attacker" in answer.answer, answer.answer


def test_with_spoilers_on_whether_anyone_enters_is_answered_where_the_text_tells_it(engine: Engine):
    answer = engine.ask("does anyone enter the room in stalker", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "no one dares to enter" in answer.answer, answer.answer
