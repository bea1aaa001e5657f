""" "My grandson recommended Chinatown to me, so before we watch it tonight I should very much like to know who
directed it.": a fact asked politely, with when it is wanted, asks that fact and nothing else. Before, "like",
"much", "watch" and "tonight" were read as what is asked, and nothing visible held them."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Fact, analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        (
            "My grandson recommended Chinatown to me, so before we watch it tonight I should very much like to know "
            "who directed it.",
            "Roman Polanski",
        ),
        ("we watch psycho tonight and I would very much like to know who wrote it", "Joseph Stefano"),
    ],
)
def test_a_fact_asked_politely_is_answered(engine: Engine, question: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in (answer.answer or "")


def test_the_polite_words_ask_nothing_more() -> None:
    question = "I should very much like to know who directed it"
    assert analyze(question, [t for t in query_tokens(question) if t != "direct"]).facts == (Fact.DIRECTOR,)
