""" "fight club what happened to big bob :(" with spoilers on got Bob's introduction ("a huge former bodybuilder"):
"big", read as the summary's "huge", outweighed his death. A word of fondness or size typed right before someone's
name ("big bob", "poor marion") is the asker's, not a word of the story; words of age stay ("young Charles" is Kane
as a boy)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

ON = SpoilerScope.on()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("fight club what happened to big bob :(", "shot dead"),
        ("what happened to big bob in fight club", "shot dead"),
        ("does big bob die in fight club?", "shot dead"),
        ("what happened to poor bob in fight club", "shot dead"),
        ("psycho: what happens to poor marion?", "stabs her"),
    ],
)
def test_the_fate_of_the_one_named_is_told(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_word_of_age_before_a_name_still_counts(engine: Engine):
    answer = engine.ask("in citizen kane, what does young Charles hit Thatcher with?", scope=ON)
    assert answer.status is Status.ANSWERED and "sled" in answer.answer, answer.answer
