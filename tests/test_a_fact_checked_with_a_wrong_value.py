""" "Did Hitchcock direct Chinatown?", "is Jack Nicholson in Vertigo?", "was Vertigo made in 1960?" were refused as
spoilers: the name or year checked is in no visible text of the film, and a question word the visible text lacks
withheld the answer. What is checked is the film's card; the answer is the fact, which tells whether it is so."""

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
    ("question", "told"),
    [
        ("did hitchcock direct chinatown", "directed by Roman Polanski"),
        ("did Orson Welles direct Vertigo?", "directed by Alfred Hitchcock"),
        ("was psycho directed by kubrick?", "directed by Alfred Hitchcock"),
        ("is jack nicholson in vertigo", "James Stewart"),
        ("was vertigo made in 1960", "1958"),
        # (and as before, the value that is so)
        ("did polanski direct chinatown", "directed by Roman Polanski"),
    ],
)
def test_a_fact_checked_is_answered_with_the_fact(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    # Words of English the text lacks are no name checked against the card: still asked of the story.
    ["is psycho in colour", "did norman make his mother a dress in psycho"],
)
def test_other_questions_are_not_read_as_a_fact(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert "Cast:" not in answer.answer and "directed by" not in answer.answer, answer.answer
