""" "My grandad's favourite hitchcock is Rear Window. what's it about?" and "planning a Rear Window episode, what does
Jeff see across the courtyard?" asked which film was meant: "Rear Window" stood in no title slot. A Title Case phrase
inside a sentence that no film's text uses is a film we lack, rather than a question of which of ours. Names our
films' text uses stay names, "who is Darth Vader?" still says no summary mentions him, and shouting is no title."""

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
        "my grandad's favourite hitchcock is Rear Window. what's it about?",
        "planning a Rear Window episode, what does Jeff see across the courtyard?",
    ],
)
def test_a_title_case_phrase_no_film_uses_is_a_film_we_lack(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND, answer.answer
    assert answer.answer.startswith("I don't have Rear Window"), answer.answer


@pytest.mark.parametrize(
    ("question", "context", "expected"),
    [
        ("who is Darth Vader?", None, "None of my films' summaries mention Darth Vader"),
        ("WHAT IS ROSEBUD", "citizen-kane-1941", "Citizen Kane"),
        ("so what does Jerry Thompson find out?", None, "Thompson"),
    ],
)
def test_names_and_shouting_are_no_title(engine: Engine, question: str, context: str | None, expected: str) -> None:
    answer = engine.ask(question, context_film=context, scope=SpoilerScope.off())
    assert not answer.answer.startswith("I don't have"), answer.answer
    assert expected in answer.answer or (answer.film is not None and expected in answer.film.title), answer.answer
