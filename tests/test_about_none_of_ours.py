"""A question that names no film and speaks of something none of our summaries holds, hidden parts included, is
about a film (or a show, or a game) we lack: it says so and points at the list, instead of asking "which film do you
mean?" as if one of ours were meant. A question that only lacks a film's name still asks which one."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "squid game season two, who wins?",
        "interstellar ending explained, what's the tesseract",
        "so what is the tesseract",
        "barbie or oppenheimer, which is better",
    ],
)
def test_what_no_summary_speaks_of_is_none_of_ours(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert "/film list" in answer.answer and not answer.choices


@pytest.mark.parametrize(
    "question",
    [
        # Only the film is missing: "it", "the movie", a twist made "big" (a quality no summary needs to use).
        "who directed it?",
        "what's the big twist?",
        "in the nolan movie, who's the villain",
        # Someone our films' text names, with a word it never uses ("cop"): Psycho's, not a film we lack.
        "is arbogast a cop?",
    ],
)
def test_a_question_only_missing_the_film_still_asks_which(engine: Engine, question: str):
    assert engine.ask(question).status is Status.AMBIGUOUS


def test_after_a_film_the_unknown_word_is_asked_of_it(engine: Engine):
    answer = engine.ask("what's the tesseract?", context_film="stalker-1979")
    assert answer.film is not None and answer.film.id == "stalker-1979"
