""" "How long …?" asked of the story ("how long has the old detective got before he retires?") wants a span of time,
which the text tells without "long" ("one week left before he retires"): "long" says what kind of answer is
wanted, as "old" in "how old is Cole?", and a safe fact was withheld for it. The runtime is still the film's."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("how long has the old detective got before he retires?", "se7en-1995", "one week"),
        ("how long does Somerset have left before he retires?", "se7en-1995", "one week"),
    ],
)
def test_a_span_in_the_story_is_answered_with_spoilers_off(engine: Engine, question: str, film: str, told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in (answer.answer or "")


@pytest.mark.parametrize("question", ["how long is it?", "how long is se7en", "how long does the movie run?"])
def test_how_long_is_the_film_is_its_runtime(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="se7en-1995", scope=SpoilerScope.off())
    assert "127 minutes" in (answer.answer or "")


def test_long_is_the_shape_of_the_answer() -> None:
    question = "how long were they in space?"
    assert query_tokens("long")[0] in analyze(question, query_tokens(question)).shape_terms
