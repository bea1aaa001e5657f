""" "Why does he turn himself in?" is asked in the summary's word, "surrenders": "turn" alone was read as the story's,
and the answer was a sentence on Somerset asking to be taken off the case. With spoilers off it stays withheld. So
are "gives himself up" and "hands himself over" (up to 1:10, "give … up to police" was answered with the sentence
tracing Doe's apartment)."""

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
        "why does John Doe turn himself in?",
        "why did Doe turn himself in",
        "when does Doe hand himself in?",
        "why does John Doe give himself up to the police?",
        "why did doe hand himself over",
    ],
)
@pytest.mark.parametrize("spoilers", ["on", "off"])
def test_turning_oneself_in_is_surrendering(engine: Engine, question: str, spoilers: str):
    answer = engine.ask(
        question, film="se7en-1995", scope=SpoilerScope.on() if spoilers == "on" else SpoilerScope.off()
    )
    if spoilers == "on":
        assert answer.status is Status.ANSWERED and "surrenders" in answer.answer, answer.answer
    else:
        assert answer.status is Status.WITHHELD and "surrenders" not in answer.answer, answer.answer


def test_what_follows_turning_oneself_in_is_what_follows_the_surrender(engine: Engine):
    # The surrender found in other words places the question; what is told after it answers (index/after_an_event).
    answer = engine.ask("what happens after John Doe turns himself in?", film="se7en-1995", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "lawyer" in answer.answer, answer.answer
    hidden = engine.ask("what happens after John Doe turns himself in?", film="se7en-1995", scope=SpoilerScope.off())
    assert hidden.status is Status.WITHHELD and "lawyer" not in hidden.answer, hidden.answer


def test_giving_oneself_up_past_a_limit_is_withheld(engine: Engine):
    answer = engine.ask("why does John Doe give himself up to police in se7en?", scope=SpoilerScope.parse("upto:1:10"))
    assert answer.status is Status.WITHHELD and "apartment" not in answer.answer, answer.answer
