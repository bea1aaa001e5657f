""" "Had he already got the real attacker before the movie even starts?" was answered with Memento's opening ("The film
opens with its last event …"): "movie" and "starts" asked for the beginning. What happened before the story
starts is its past, told wherever the summary tells it ("Teddy helped him find and kill the real attacker more
than a year ago"); the words placing it before the film are no words of the answer. "How does the film start?"
still asks for the opening."""

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
    "question",
    [
        "in memento had he already got the real attacker before the movie even starts?",
        "did Leonard already kill the real attacker before the film even starts?",
        "had leonard killed the real attacker before the story begins?",
    ],
)
def test_the_past_before_the_film(engine: Engine, question: str):
    answer = engine.ask(question, film="memento-2000", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "year ago" in answer.answer, answer.answer
    hidden = engine.ask(question, film="memento-2000", scope=SpoilerScope.off())
    assert "year ago" not in hidden.answer, hidden.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("what did he do before the movie even starts?", "what did he do before?"),
        ("how does the film start?", "how does the film start?"),
        ("what happens at the start of the movie?", "what happens at the start of the movie?"),
    ],
)
def test_only_the_words_placing_it_before_the_film_go(question: str, read: str):
    assert plain_question(question) == read


def test_the_opening_is_still_the_opening(engine: Engine):
    answer = engine.ask("how does the film start?", film="memento-2000", scope=SpoilerScope.on())
    assert "opens" in answer.answer, answer.answer
