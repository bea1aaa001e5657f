""" "Who plays Teddy in Memento?", then "what's Teddy's full name?": "which film? (Fight Club)". The question's other
words, "full" and "name", are in Fight Club's text and not in what Memento shows, and that outweighed "Teddy", which
only Memento holds. A name the last film's readable text holds, and the film the other words fit does not, keeps
the question with the last film. Over the bundled films."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("before", "film", "question"),
    [
        ("who plays Teddy in Memento?", "memento-2000", "what's Teddy's full name?"),
        ("how is Memento's story told?", "memento-2000", "what is Teddy's full name?"),
    ],
)
def test_a_name_the_last_film_holds_keeps_the_question_there(
    engine: Engine, before: str, film: str, question: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert answer.film is not None and answer.film.id == film, answer.answer


def test_a_name_another_film_holds_still_moves_on(engine: Engine) -> None:
    answer = engine.ask(
        "who is Tyler Durden?",
        scope=SpoilerScope.off(),
        context_film="memento-2000",
        context_question="who plays Teddy in Memento?",
    )
    assert answer.film is not None and answer.film.id == "fight-club-1999", answer.answer
