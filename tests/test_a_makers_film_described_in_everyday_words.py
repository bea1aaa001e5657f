""" "There was a Hitchcock picture about a detective who was frightened of heights. What was it called?" asked
"which film?" between Psycho and Vertigo: of the words beside the maker's name, Vertigo's visible text holds only
"detective" (it says "acrophobia", not "heights"). The summary's own word for the asker's counts, as content search
reads it. A description of neither still asks."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_a_makers_film_described_in_everyday_words_is_found(engine: Engine) -> None:
    answer = engine.ask(
        "There was a Hitchcock picture about a detective who was frightened of heights. What was it called, and when "
        "was it made?",
        scope=SpoilerScope.off(),
    )
    assert answer.film is not None and answer.film.id == "vertigo-1958", answer.answer


@pytest.mark.parametrize("question", ["which Hitchcock film is scarier?", "the Hitchcock one, who is in it?"])
def test_a_makers_film_not_described_is_still_asked(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS, answer.answer
