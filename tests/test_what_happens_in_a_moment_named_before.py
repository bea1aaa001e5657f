""" "My friend says the shower scene in psycho is insane, what happens in it?" was answered with Psycho's premise: "what
happens in it?" read as asking what happens in the film. A moment of the film named earlier in the message (a scene,
the ending, a part) is what "it" or "there" stands for: the question asks what happens in that moment, which with
spoilers off stays hidden and with spoilers on is answered from where the summary tells it."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        (
            "my friend says the shower scene in psycho is insane, what happens in it?",
            "what happens in the shower scene in psycho?",
        ),
        ("the ending of se7en is supposed to be crazy, what happens in it?", "what happens in the ending of se7en?"),
        (
            "i heard the bell tower scene in vertigo is great. so what happens there?",
            "what happens in the bell tower scene in vertigo?",
        ),
        ("in psycho, the shower scene is famous. what happens in it?", "in psycho, what happens in the shower scene?"),
    ],
)
def test_the_moment_is_what_it_stands_for(question: str, plain: str):
    assert plain_question(question) == plain


@pytest.mark.parametrize("question", ["the film is long, what happens in it?", "what happens in it?"])
def test_without_a_moment_it_is_the_film(question: str):
    assert plain_question(question) == question


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("my friend says the shower scene in psycho is insane, what happens in it?", "stabs"),
        ("the ending of se7en is supposed to be crazy, what happens in it?", "Tracy's head"),
    ],
)
def test_with_spoilers_off_the_moment_stays_hidden(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert hidden not in answer.answer and "Marion Crane is" not in answer.answer, answer.answer


def test_with_spoilers_on_the_moment_is_told(engine: Engine):
    answer = engine.ask(
        "i heard the bell tower scene in vertigo is great, what happens there?", scope=SpoilerScope.on()
    )
    assert answer.status is Status.ANSWERED and "bell tower" in answer.answer, answer.answer
    assert "Scottie Ferguson is a San Francisco" not in answer.answer, answer.answer
