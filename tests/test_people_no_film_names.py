""" "who is keyser soze?" got "Which film do you mean? Name it in your question…": a promise that one of the films
names him, when none does. A "who is …?" question about a name that no film's text holds (hidden text included, so
the reply tells nothing of what a spoiler part names) says so; a name some film holds is still found or asked
about as before."""

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
    ("question", "typed"),
    [
        ("who is keyser soze", "keyser soze"),
        ("Who is Keyser Söze?", "Keyser Söze"),
        ("who's hannibal lecter", "hannibal"),
    ],
)
def test_a_name_no_film_holds_is_said_to_be_in_none(engine: Engine, question: str, typed: str):
    for scope in (SpoilerScope.off(), SpoilerScope.on()):
        answer = engine.ask(question, scope=scope)
        assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
        assert "None of my films' summaries mention" in answer.answer and typed in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "film"), [("who is norman", "psycho-1960"), ("who is Tajomaru", "rashomon-1950")])
def test_a_name_a_film_holds_is_still_found(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer


@pytest.mark.parametrize("question", ["who is Lila?", "who is arbogast"])
def test_a_name_only_hidden_text_holds_is_never_said_to_be_in_none(engine: Engine, question: str):
    # Lila and Arbogast are named only in Psycho's spoiler part: saying no summary mentions them would be false, and
    # naming Psycho would confirm where they are.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert "None of my films" not in answer.answer and "Psycho" not in answer.answer, answer.answer
