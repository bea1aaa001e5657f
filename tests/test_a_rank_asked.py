""" "What's the second murder in se7en?": the sentence telling of the second one answers, not one on "the first
victim's refrigerator" that holds more of the other words ("killer" for "murder"). A sentence holding a rank and
not the one asked keeps only a share of its score."""

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
    ("question", "scope", "told", "not_told"),
    [
        ("whats the second murder in se7en", "upto:50%", "GREED", "realizes a killer"),
        ("who's the second murder victim in se7en", "upto:50%", "Eli Gould", "realizes a killer"),
        # the rank asked wins where the sentence holds it
        ("who is the first victim in se7en", "on", "first victim", "Eli Gould"),
    ],
)
def test_the_sentence_of_the_rank_asked_answers(
    engine: Engine, question: str, scope: str, told: str, not_told: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on() if scope == "on" else SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED, answer.answer
    text = answer.answer or ""
    assert told in text and not_told not in text.split(".")[0], text


def test_a_rank_in_the_title_asks_for_no_rank(engine: Engine) -> None:
    # "the sixth" of "The Sixth Sense" is the title's: "that first night" still tells Malcolm's death.
    answer = engine.ask("is malcolm dead in the sixth sense", scope=SpoilerScope.on())
    assert "bullet killed him that first night" in (answer.answer or ""), answer.answer
